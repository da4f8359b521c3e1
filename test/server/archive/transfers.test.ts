import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../../server/src/audit/audit-event.entity.js';
import type { Case } from '../../../server/src/cases/case.entity.js';
import { Procedure } from '../../../server/src/cases/case.enums.js';
import { today } from '../../../server/src/common/dates.js';
import { addMonths } from '../../../server/src/archive/retention.js';
import { StoredFile } from '../../../server/src/files/stored-file.entity.js';
import { Notification, NotificationKind } from '../../../server/src/notifications/notification.entity.js';
import type { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { Confidentiality, RecordKind } from '../../../server/src/records/record.enums.js';
import { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildRecord, storeFile } from '../../factories.js';
import { completeCase } from '../../support/archive.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { mp4, pdf } from '../../support/media.js';
import { holdRow } from '../../support/row-lock.js';
import { DEMO_PASSWORD, startSecondInstance, startTestServer, type TestServer } from '../../support/server.js';
import { rawStore } from '../../support/store.js';

let server: TestServer;
let work: string;
const t: Record<string, string> = {};
let users: Record<string, User>;

const TRANSFER_FIELDS = `id number status overrideReason returnReason archiveNumber retentionPeriod approvalId
  case { id status archiveNumber retentionPeriod retainUntil }
  catalogue { seq recordId title documentNumber date pages durationSeconds remarks }
  checks { passed results { kind passed findings { code recordId message } } }`;
const OPEN_T = `mutation($id: ID!) { openTransfer(caseId: $id) { ${TRANSFER_FIELDS} } }`;
const SAVE = `mutation($in: SaveCatalogueInput!) { saveCatalogue(input: $in) { ${TRANSFER_FIELDS} } }`;
const CHECK = `mutation($id: ID!) { checkTransfer(id: $id) { ${TRANSFER_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $why: String) { submitTransfer(id: $id, overrideReason: $why) { ${TRANSFER_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptTransfer(id: $id) { ${TRANSFER_FIELDS} } }`;
const RETURN = `mutation($id: ID!, $why: String!) { returnTransfer(id: $id, reason: $why) { ${TRANSFER_FIELDS} } }`;
const GET = `query($id: ID!) { transfer(id: $id) { ${TRANSFER_FIELDS} } }`;
const LIST = `query($f: TransferFilter) { transfers(filter: $f) { total items { id number status } } }`;
const QUEUE = `{ approvalQueue { items { id request { id type } } } }`;
const DECIDE = `mutation($id: ID!, $d: Decision!, $c: String) { decideApproval(stepId: $id, decision: $d, comment: $c) { id } }`;
const CONCLUDE = `mutation($id: ID!, $on: String) { concludeCase(id: $id, concludedOn: $on) { status concludedOn transferDeadline } }`;
const OPEN_FILE = `mutation($id: ID!) { openRecordFile(recordId: $id, mode: VIEW) { id url } }`;

type Transfer = {
  id: string;
  status: string;
  catalogue: { recordId: string; title: string }[];
  checks: { passed: boolean; results: { kind: string; passed: boolean; findings: { code: string }[] }[] } | null;
  [k: string]: any;
};

function ok<T = Transfer>(r: { data?: any; errors?: unknown }, field: string): T {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data[field] as T;
}

/** Which checks failed, with their codes. */
const failures = (tr: Transfer) =>
  Object.fromEntries(
    tr
      .checks!.results.filter((r) => !r.passed)
      .map((r) => [r.kind, [...new Set(r.findings.map((f) => f.code))].sort()]),
  );

/** The clerk opens the case's transfer and lists everything but the patrol clip. */
async function draft(c: Case, r: Record<string, EnforcementRecord>, leave: string[] = ['patrol']) {
  const opened = ok(await gql(server.url, OPEN_T, { id: c.id }, t['zhzf.clerk']), 'openTransfer');
  const entries = opened.catalogue
    .filter((e) => !leave.some((k) => r[k]!.id === e.recordId))
    .map((e) => ({ recordId: e.recordId, title: e.title }));
  return ok(await gql(server.url, SAVE, { in: { transferId: opened.id, entries } }, t['zhzf.clerk']), 'saveCatalogue');
}

/** The unit head decides the waiting sign-off of `transfer`. */
async function headDecides(transfer: Transfer, decision = 'APPROVE', comment?: string) {
  const q = await gql(server.url, QUEUE, {}, t['zhzf.head']);
  const step = (q.data!.approvalQueue.items as { id: string; request: { id: string; type: string } }[]).find(
    (s) => s.request.id === transfer.approvalId,
  );
  expect(step, 'the sign-off waits in the unit head’s queue').toBeDefined();
  expect(step!.request.type).toBe('TRANSFER');
  ok(await gql(server.url, DECIDE, { id: step!.id, d: decision, c: comment }, t['zhzf.head']), 'decideApproval');
}

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'er-transfer-'));
  users = Object.fromEntries((await server.em().find(User, {}, { populate: ['unit'] })).map((u) => [u.username, u]));
  for (const name of ['zhzf.clerk', 'zhzf.head', 'zhzf.officer1', 'cgs.clerk', 'archivist', 'leader', 'supervisor'])
    t[name] = await login(server.url, name, DEMO_PASSWORD);
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('transfer deadline (Art. 13)', () => {
  it('is 30 days after conclusion, 15 for licensing, and a per-procedure override from the schedule', async () => {
    const em = server.em();
    const officer = users['zhzf.officer1']!;
    const make = (procedure: Procedure) =>
      buildCase(em, {
        unit: officer.unit,
        officers: [officer, users['zhzf.officer2']!],
        procedure,
        openedOn: '2026-10-01',
      });
    const general = await make(Procedure.GENERAL_PENALTY);
    const licensing = await make(Procedure.LICENSING);
    const other = await make(Procedure.OTHER);
    expect(
      ok(await gql(server.url, CONCLUDE, { id: general.id, on: '2026-11-10' }, t['zhzf.officer1']), 'concludeCase'),
    ).toMatchObject({
      transferDeadline: '2026-12-10',
    });
    expect(
      ok(await gql(server.url, CONCLUDE, { id: licensing.id, on: '2026-11-10' }, t['zhzf.officer1']), 'concludeCase'),
    ).toMatchObject({
      transferDeadline: '2026-11-25',
    });
    // A regulation with its own limit: the archive sets 60 days for "other" cases.
    const rules = (
      await gql(
        server.url,
        '{ retentionRules { procedure period transferDays evidenceAvKeepsCasePeriod requirements { label kinds stage } avStages } }',
        {},
        t.archivist,
      )
    ).data!.retentionRules as { procedure: string; [k: string]: unknown }[];
    const rule = rules.find((r) => r.procedure === 'OTHER')!;
    const SET = 'mutation($in: RetentionRuleInput!) { setRetentionRule(input: $in) { procedure transferDays } }';
    const input = { ...rule, transferDays: 60 };
    expect(codeOf(await gql(server.url, SET, { in: input }, t['zhzf.clerk']))).toBe('FORBIDDEN');
    expect(ok(await gql(server.url, SET, { in: input }, t.archivist), 'setRetentionRule')).toEqual({
      procedure: 'OTHER',
      transferDays: 60,
    });
    expect(
      ok(await gql(server.url, CONCLUDE, { id: other.id, on: '2026-11-10' }, t['zhzf.officer1']), 'concludeCase'),
    ).toMatchObject({
      transferDeadline: '2027-01-09',
    });
    expect(await em.count(AuditEvent, { action: 'retention.setRule' })).toBe(1);
  });
});

describe('a case file from the unit to the archive', () => {
  it('is compiled, checked, signed off by the unit head and accepted with an archive number and retention', async () => {
    const { c, r } = await completeCase(server);
    const opened = ok(await gql(server.url, OPEN_T, { id: c.id }, t['zhzf.clerk']), 'openTransfer');
    expect(opened.status).toBe('DRAFT');
    expect(opened.number).toMatch(/^YJ-\d{4}-\d{4}$/);
    // The draft lists every record, in stage order (filing first).
    expect(opened.catalogue).toHaveLength(7);
    expect(opened.catalogue[0]!.recordId).toBe(r.filing!.id);
    expect(opened.catalogue.find((e) => e.recordId === r.video!.id)).toMatchObject({ durationSeconds: 2 });
    // Each line names its record (loaded for the whole catalogue at once).
    const named = await gql(
      server.url,
      'query($id: ID!) { transfer(id: $id) { catalogue { recordId record { id kind } } } }',
      { id: opened.id },
      t['zhzf.clerk'],
    );
    for (const line of named.data!.transfer.catalogue as { recordId: string; record: { id: string } }[])
      expect(line.record.id).toBe(line.recordId);
    // The clerk leaves out the patrol clip, reorders, numbers and annotates.
    const entries = opened.catalogue
      .filter((e) => e.recordId !== r.patrol!.id)
      .map((e) => ({ recordId: e.recordId, title: e.title }))
      .reverse();
    entries[0] = {
      ...entries[0]!,
      documentNumber: '平市监罚〔2026〕3号',
      remarks: '原件',
      pages: 2,
      date: '2026-10-30',
    } as never;
    const saved = ok(
      await gql(server.url, SAVE, { in: { transferId: opened.id, entries } }, t['zhzf.clerk']),
      'saveCatalogue',
    );
    expect(saved.catalogue.map((e) => e.recordId)).toEqual(entries.map((e) => e.recordId));
    expect(saved.catalogue[0]).toMatchObject({
      seq: 1,
      documentNumber: '平市监罚〔2026〕3号',
      pages: 2,
      remarks: '原件',
      date: '2026-10-30',
    });
    // A line that is not of the case, or listed twice, is refused.
    const bad = await gql(
      server.url,
      SAVE,
      { in: { transferId: opened.id, entries: [...entries, entries[0]] } },
      t['zhzf.clerk'],
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');

    const checked = ok(await gql(server.url, CHECK, { id: opened.id }, t['zhzf.clerk']), 'checkTransfer');
    expect(failures(checked)).toEqual({});
    expect(checked.checks!.passed).toBe(true);

    const submitted = ok(await gql(server.url, SUBMIT, { id: opened.id }, t['zhzf.clerk']), 'submitTransfer');
    expect(submitted).toMatchObject({ status: 'IN_APPROVAL', case: { status: 'COMPILED' } });
    // While it waits, the unit cannot change the catalogue and the archive cannot accept it.
    expect(codeOf(await gql(server.url, SAVE, { in: { transferId: opened.id, entries } }, t['zhzf.clerk']))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await gql(server.url, ACCEPT, { id: opened.id }, t.archivist))).toBe('FORBIDDEN');

    await headDecides(submitted);
    const sent = ok(await gql(server.url, GET, { id: opened.id }, t.archivist), 'transfer');
    expect(sent).toMatchObject({ status: 'SENT', case: { status: 'TRANSFERRED' } });
    expect(codeOf(await gql(server.url, ACCEPT, { id: opened.id }, t['zhzf.clerk']))).toBe('FORBIDDEN');

    const accepted = ok(await gql(server.url, ACCEPT, { id: opened.id }, t.archivist), 'acceptTransfer');
    const year = Number(today().slice(0, 4));
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.archiveNumber).toMatch(new RegExp(`^J001-${year}-D30-\\d{4}$`));
    expect(accepted.case).toMatchObject({
      status: 'ARCHIVED',
      archiveNumber: accepted.archiveNumber,
      retentionPeriod: 'Y30',
      retainUntil: `${year + 30}-12-31`,
    });
    expect(accepted.checks!.passed).toBe(true);
    // Art. 14: evidence AV keeps the case file's period; the clip not in the file keeps the short one.
    const em = server.em();
    const kept = async (id: string) => {
      const row = (
        await em.getConnection().execute('select retention, retain_until::text from record where id = ?', [id])
      )[0];
      return [row.retention, row.retain_until];
    };
    expect(await kept(r.video!.id)).toEqual(['Y30', `${year + 30}-12-31`]);
    expect(await kept(r.report!.id)).toEqual(['Y30', `${year + 30}-12-31`]);
    expect(await kept(r.patrol!.id)).toEqual(['SHORT', addMonths(today(), 6)]);
    expect(
      await em.count(AuditEvent, { action: 'transfer.accept', subjectId: opened.id, outcome: 'ALLOWED' as never }),
    ).toBe(1);
    // The clerk's attempt was refused and audited as such.
    expect(
      await em.count(AuditEvent, { action: 'transfer.accept', subjectId: opened.id, outcome: 'DENIED' as never }),
    ).toBe(1);

    // Read-only for the unit: no new records, and its handling officer no longer plays the video.
    const create = await gql(
      server.url,
      'mutation($in: CreateRecordInput!) { createTextRecord(input: $in) { id } }',
      { in: { caseId: c.id, kind: 'OTHER_TEXT', title: '补充说明', body: '……' } },
      t['zhzf.officer1'],
    );
    expect(codeOf(create)).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, OPEN_FILE, { id: r.video!.id }, t['zhzf.officer1']))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, ACCEPT, { id: opened.id }, t.archivist))).toBe('FORBIDDEN');
  });

  it('goes back to the unit when the unit head returns it, and again when the archive does, and comes back corrected', async () => {
    const { c, r } = await completeCase(server);
    const tr = await draft(c, r);
    const submitted = ok(await gql(server.url, SUBMIT, { id: tr.id }, t['zhzf.clerk']), 'submitTransfer');
    await headDecides(submitted, 'RETURN', '缺少听证告知书');
    const back = ok(await gql(server.url, GET, { id: tr.id }, t['zhzf.clerk']), 'transfer');
    // Not around the transfer's own checks: the generic resubmission is refused, naming the right mutations.
    const generic = await gql(
      server.url,
      'mutation($id: ID!) { resubmitRequest(id: $id) { id } }',
      { id: submitted.approvalId },
      t['zhzf.clerk'],
    );
    expect(codeOf(generic)).toBe('INVALID_STATE');
    expect(generic.errors![0]!.message).toContain('submitTransfer / withdrawTransfer');
    expect(back).toMatchObject({ status: 'RETURNED', returnReason: '缺少听证告知书', case: { status: 'CONCLUDED' } });
    // The unit can add the missing record again, then resubmits (the same sign-off request goes round again).
    const added = await gql(
      server.url,
      'mutation($in: CreateRecordInput!) { createTextRecord(input: $in) { id title } }',
      { in: { caseId: c.id, kind: 'ENFORCEMENT_DOCUMENT', title: '听证告知书', body: '……', stage: 'HEARING' } },
      t['zhzf.officer1'],
    );
    const newId = ok<{ id: string }>(added, 'createTextRecord').id;
    const entries = [
      ...back.catalogue.map((e) => ({ recordId: e.recordId, title: e.title })),
      { recordId: newId, title: '听证告知书' },
    ];
    ok(await gql(server.url, SAVE, { in: { transferId: tr.id, entries } }, t['zhzf.clerk']), 'saveCatalogue');
    const again = ok(await gql(server.url, SUBMIT, { id: tr.id }, t['zhzf.clerk']), 'submitTransfer');
    expect(again.approvalId).toBe(submitted.approvalId);
    await headDecides(again);

    const returned = ok(
      await gql(server.url, RETURN, { id: tr.id, why: '卷内目录页数未填' }, t.archivist),
      'returnTransfer',
    );
    expect(returned).toMatchObject({
      status: 'RETURNED',
      returnReason: '卷内目录页数未填',
      case: { status: 'CONCLUDED' },
    });
    expect(codeOf(await gql(server.url, RETURN, { id: tr.id, why: ' ' }, t.archivist))).toBe('FORBIDDEN');
    // The unit's clerk and head are told by the bell; nobody outside the unit is.
    const told = async (decision: 'RETURN' | 'APPROVE') =>
      (
        await server
          .em()
          .find(
            Notification,
            { kind: NotificationKind.TRANSFER_DECIDED, subjectId: tr.id, decision: decision as never },
            { populate: ['user'] },
          )
      )
        .map((n) => `${n.user.username} ${n.summary}`)
        .sort();
    const returnedFor = `${tr.number} ${c.number}：卷内目录页数未填`;
    expect(await told('RETURN')).toEqual([`zhzf.clerk ${returnedFor}`, `zhzf.head ${returnedFor}`]);
    // Resubmitted after the archive's return: a fresh sign-off, then accepted.
    const third = ok(await gql(server.url, SUBMIT, { id: tr.id }, t['zhzf.clerk']), 'submitTransfer');
    expect(third.approvalId).not.toBe(submitted.approvalId);
    await headDecides(third);
    const accepted = ok(await gql(server.url, ACCEPT, { id: tr.id }, t.archivist), 'acceptTransfer');
    expect(accepted.status).toBe('ACCEPTED');
    const archivedAs = `${tr.number} ${c.number} 已归档，档号 ${accepted.archiveNumber}`;
    expect(await told('APPROVE')).toEqual([`zhzf.clerk ${archivedAs}`, `zhzf.head ${archivedAs}`]);
  });

  it('is seen only by its unit, the archive, leaders and supervisors; only the unit compiles it', async () => {
    const { c, r } = await completeCase(server);
    expect(codeOf(await gql(server.url, OPEN_T, { id: c.id }, t['zhzf.officer1']))).toBe('FORBIDDEN');
    const tr = await draft(c, r);
    for (const who of ['zhzf.head', 'archivist', 'leader', 'supervisor'])
      expect(ok(await gql(server.url, GET, { id: tr.id }, t[who]), 'transfer').id, who).toBe(tr.id);
    expect(codeOf(await gql(server.url, GET, { id: tr.id }, t['cgs.clerk']))).toBe('NOT_FOUND');
    const theirs = ok<{ total: number; items: { id: string }[] }>(
      await gql(server.url, LIST, {}, t['cgs.clerk']),
      'transfers',
    );
    expect(theirs.items.map((i) => i.id)).not.toContain(tr.id);
    const mine = ok<{ total: number; items: { id: string }[] }>(
      await gql(server.url, LIST, { f: { statuses: ['DRAFT'] } }, t['zhzf.clerk']),
      'transfers',
    );
    expect(mine.items.map((i) => i.id)).toContain(tr.id);
    expect(mine.total).toBe(mine.items.length);
    expect(codeOf(await gql(server.url, SAVE, { in: { transferId: tr.id, entries: [] } }, t.archivist))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('四性 checks: each fails for its own cause', () => {
  it('integrity: a required document missing, on-site work without its video, a text record left out', async () => {
    const { c, r } = await completeCase(server);
    const tr = await draft(c, r, ['patrol', 'receipt', 'video']);
    const checked = ok(await gql(server.url, CHECK, { id: tr.id }, t['zhzf.clerk']), 'checkTransfer');
    expect(failures(checked)).toEqual({ INTEGRITY: ['MISSING_AV', 'MISSING_DOCUMENT', 'NOT_CATALOGUED'] });
  });

  it('authenticity: the current metadata no longer matches its latest version, or the bytes their hashes', async () => {
    const { c, r } = await completeCase(server);
    const tr = await draft(c, r);
    await server.em().getConnection().execute("update record set title = '改过的标题' where id = ?", [r.report!.id]);
    let checked = ok(await gql(server.url, CHECK, { id: tr.id }, t['zhzf.clerk']), 'checkTransfer');
    expect(failures(checked)).toEqual({ AUTHENTICITY: ['VERSION_MISMATCH'] });
    await server.em().getConnection().execute("update record set title = '调查终结报告' where id = ?", [r.report!.id]);

    // A document of its own, then altered on disk behind the application's back.
    const own = path.join(work, 'own.pdf');
    fs.writeFileSync(
      own,
      Buffer.concat([fs.readFileSync(pdf()), Buffer.from(`%${randomBytes(16).toString('hex')}\n`)]),
    );
    const em = server.em();
    const file = await storeFile(server.services, em, own, 'application/pdf', 'own.pdf');
    const extra = await buildRecord(em, c, {
      kind: RecordKind.EXPERT_OPINION,
      title: '鉴定意见',
      fileId: file.id,
      fileName: 'own.pdf',
      body: null,
    });
    const entries = [
      ...tr.catalogue.map((e) => ({ recordId: e.recordId, title: e.title })),
      { recordId: extra.id, title: '鉴定意见' },
    ];
    ok(await gql(server.url, SAVE, { in: { transferId: tr.id, entries } }, t['zhzf.clerk']), 'saveCatalogue');
    const raw = rawStore(server.services.intake.store);
    await raw.write(file.sha256, Buffer.concat([await raw.read(file.sha256), Buffer.from('tampered')]));
    checked = ok(await gql(server.url, CHECK, { id: tr.id }, t['zhzf.clerk']), 'checkTransfer');
    // The altered bytes also fail fixity, which the security check reports.
    expect(failures(checked)).toEqual({ AUTHENTICITY: ['HASH_MISMATCH'], SECURITY: ['FIXITY_FAILED'] });
    expect((await server.em().findOneOrFail(StoredFile, { id: file.id })).fixityStatus).toBe('MISMATCH');
  });

  it('usability: a video whose duration cannot be read', async () => {
    const { c, r } = await completeCase(server);
    const em = server.em();
    const silent = path.join(work, 'silent.mp4');
    fs.writeFileSync(silent, Buffer.concat([fs.readFileSync(mp4(1)), randomBytes(8)]));
    const file = await storeFile(server.services, em, silent, 'video/mp4', 'silent.mp4');
    await em.getConnection().execute('update record set file_id = ? where id = ?', [file.id, r.video!.id]);
    const tr = await draft(c, r);
    const checked = ok(await gql(server.url, CHECK, { id: tr.id }, t['zhzf.clerk']), 'checkTransfer');
    // (the swapped file also breaks the version match: the check sees both causes)
    expect(failures(checked).USABILITY).toEqual(['NO_DURATION']);
  });

  it('security: a state secret without its level', async () => {
    const { c, r } = await completeCase(server);
    await buildRecord(server.em(), c, {
      kind: RecordKind.INVESTIGATION_EVIDENCE,
      title: '涉密检验报告',
      confidentiality: Confidentiality.STATE_SECRET,
      secretLevel: null,
    });
    const opened = ok(await gql(server.url, OPEN_T, { id: c.id }, t['zhzf.clerk']), 'openTransfer');
    const entries = opened.catalogue
      .filter((e) => e.recordId !== r.patrol!.id)
      .map((e) => ({ recordId: e.recordId, title: e.title }));
    ok(await gql(server.url, SAVE, { in: { transferId: opened.id, entries } }, t['zhzf.clerk']), 'saveCatalogue');
    const checked = ok(await gql(server.url, CHECK, { id: opened.id }, t['zhzf.clerk']), 'checkTransfer');
    expect(failures(checked)).toEqual({ SECURITY: ['SECRET_LEVEL'] });
  });

  it('block submission unless a reason is given, which is kept and audited', async () => {
    const { c, r } = await completeCase(server);
    const tr = await draft(c, r, ['patrol', 'receipt']);
    const refused = await gql(server.url, SUBMIT, { id: tr.id }, t['zhzf.clerk']);
    expect(codeOf(refused)).toBe('INVALID_STATE');
    expect(refused.errors![0]!.extensions!.details).toMatchObject({ reason: 'CHECKS_FAILED', failed: ['INTEGRITY'] });
    expect(ok(await gql(server.url, GET, { id: tr.id }, t['zhzf.clerk']), 'transfer')).toMatchObject({
      status: 'DRAFT',
      case: { status: 'CONCLUDED' },
    });
    const why = '送达回证原件在法院，待取回后补交';
    const sent = ok(await gql(server.url, SUBMIT, { id: tr.id, why }, t['zhzf.clerk']), 'submitTransfer');
    expect(sent).toMatchObject({ status: 'IN_APPROVAL', overrideReason: why });
    const event = await server.em().findOneOrFail(AuditEvent, { action: 'transfer.submit', subjectId: tr.id });
    expect(event.details).toMatchObject({ passed: false, overrideReason: why });
  });

  it('a submission whose catalogue was changed while it was being checked is refused, not sent on stale checks', async () => {
    const { c, r } = await completeCase(server);
    const tr = await draft(c, r);
    // The clerk saves a changed catalogue while the submission (catalogue read, checks run) queues behind it.
    const row = await holdRow(server.config.databaseUrl!, 'select id from archive_transfer where id = $1 for update', [
      tr.id,
    ]);
    try {
      const entries = tr.catalogue.slice(1).map((e) => ({ recordId: e.recordId, title: e.title }));
      const [a, b] = await row.inOrder(
        () => gql(server.url, SAVE, { in: { transferId: tr.id, entries } }, t['zhzf.clerk']),
        () => gql(server.url, SUBMIT, { id: tr.id, why: '补交材料另行移交' }, t['zhzf.clerk']),
      );
      expect(a.errors).toBeUndefined();
      expect(codeOf(b)).toBe('CONFLICT');
    } finally {
      await row.end();
    }
    expect(ok(await gql(server.url, GET, { id: tr.id }, t['zhzf.clerk']), 'transfer')).toMatchObject({
      status: 'DRAFT',
      case: { status: 'CONCLUDED' },
    });
  });

  it('a check that finishes after the transfer moved on does not replace the checks it was submitted with', async () => {
    const { c, r } = await completeCase(server);
    const tr = await draft(c, r);
    const row = await holdRow(server.config.databaseUrl!, 'select id from archive_transfer where id = $1 for update', [
      tr.id,
    ]);
    try {
      const checked = gql(server.url, CHECK, { id: tr.id }, t['zhzf.clerk']);
      await row.waiting(1);
      await row.query(`update archive_transfer set status = 'IN_APPROVAL', checks = '{"passed": true}' where id = $1`, [
        tr.id,
      ]);
      await row.release();
      expect(codeOf(await checked)).toBe('INVALID_STATE');
    } finally {
      await row.end();
    }
    const [kept] = await server
      .em()
      .getConnection()
      .execute<{ checks: unknown }[]>('select checks from archive_transfer where id = ?', [tr.id]);
    expect(kept!.checks).toEqual({ passed: true });
  });
});

describe('四性 checks of a large case go on in the background', () => {
  const RUN = `query($id: ID!) { transfer(id: $id) { ${TRANSFER_FIELDS} checkRun { filesDone filesTotal bytesDone bytesTotal } } }`;
  const CHECK_RUN = `mutation($id: ID!) { checkTransfer(id: $id) { ${TRANSFER_FIELDS} checkRun { filesDone filesTotal bytesTotal } } }`;
  /** The case's stored files row-locked during `step`: a run re-hashing them cannot record its result until then. */
  const whileHeld = async (caseId: string, step: () => Promise<void>) => {
    const files = await holdRow(
      server.config.databaseUrl!,
      `select id from stored_file where id in
         (select file_id from record_version where record_id in (select id from record where case_id = $1)) for update`,
      [caseId],
    );
    try {
      await step();
    } finally {
      await files.release();
      await files.end();
    }
  };
  // No request waits here: every run that is not instant goes on in the background.
  let wait = 0;
  beforeAll(() => {
    wait = server.config.transferCheckWaitSeconds;
    server.config.transferCheckWaitSeconds = 0;
  });
  afterAll(() => {
    server.config.transferCheckWaitSeconds = wait;
  });
  const fixityChecks = async (caseId: string) =>
    Number(
      (
        await server.em().execute<{ n: string }[]>(
          `select count(*) as n from fixity_check where file_id in
               (select file_id from record_version where record_id in (select id from record where case_id = ?))`,
          [caseId],
        )
      )[0]!.n,
    );
  /** Polls the transfer until no run is going on; returns it. */
  const settled = async (id: string, who: string) => {
    for (let i = 0; i < 200; i++) {
      const tr = ok<Transfer>(await gql(server.url, RUN, { id }, t[who]), 'transfer');
      if (!tr.checkRun && tr.checks) return tr;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the background checks did not end');
  };

  it('show their progress, hold a submission or acceptance until done, then serve it without re-hashing', async () => {
    const { c, r } = await completeCase(server);
    const tr = await draft(c, r);
    await whileHeld(c.id, async () => {
      const started = ok<Transfer>(await gql(server.url, CHECK_RUN, { id: tr.id }, t['zhzf.clerk']), 'checkTransfer');
      expect(started.checks).toBeNull();
      expect(started.checkRun).toMatchObject({ filesTotal: 2 });
      expect(started.checkRun.bytesTotal).toBeGreaterThan(0);
      const early = await gql(server.url, SUBMIT, { id: tr.id, why: '补交材料另行移交' }, t['zhzf.clerk']);
      expect(early.errors![0]!.extensions).toMatchObject({
        code: 'INVALID_STATE',
        details: { reason: 'CHECKS_RUNNING' },
      });
    });
    const checked = await settled(tr.id, 'zhzf.clerk');
    const kept = await server.em().find(AuditEvent, { action: 'transfer.check', subjectId: tr.id });
    expect(kept.map((e) => e.details.background)).toEqual([true]);
    // The submission takes the result kept in the background: no file is hashed again.
    const hashed = await fixityChecks(c.id);
    const submitted = ok<Transfer>(
      await gql(server.url, SUBMIT, { id: tr.id, why: '补交材料另行移交' }, t['zhzf.clerk']),
      'submitTransfer',
    );
    expect(submitted.status).toBe('IN_APPROVAL');
    expect(submitted.checks!.passed).toBe(checked.checks!.passed);
    expect(await fixityChecks(c.id)).toBe(hashed);

    // The archive's checks on receipt are its own: the unit's result does not serve them.
    await headDecides(submitted);
    await whileHeld(c.id, async () => {
      const waiting = await gql(server.url, ACCEPT, { id: tr.id }, t.archivist);
      expect(waiting.errors![0]!.extensions).toMatchObject({ details: { reason: 'CHECKS_RUNNING' } });
      const running = ok<Transfer>(await gql(server.url, RUN, { id: tr.id }, t.archivist), 'transfer');
      expect(running.checkRun).toMatchObject({ filesTotal: 2, bytesDone: 0 });
    });
    await settled(tr.id, 'archivist');
    expect(await fixityChecks(c.id)).toBe(hashed + 2);
    const accepted = ok<Transfer>(await gql(server.url, ACCEPT, { id: tr.id }, t.archivist), 'acceptTransfer');
    expect(accepted.status).toBe('ACCEPTED');
    expect(await fixityChecks(c.id)).toBe(hashed + 2);
  });

  it('drop a result made for a catalogue changed while they ran, and the next run is the new catalogue’s', async () => {
    const { c, r } = await completeCase(server);
    const tr = await draft(c, r);
    await whileHeld(c.id, async () => {
      ok<Transfer>(await gql(server.url, CHECK_RUN, { id: tr.id }, t['zhzf.clerk']), 'checkTransfer');
      // The clerk takes a line out while the old catalogue is being re-hashed.
      const entries = tr.catalogue.slice(1).map((e) => ({ recordId: e.recordId, title: e.title }));
      ok(await gql(server.url, SAVE, { in: { transferId: tr.id, entries } }, t['zhzf.clerk']), 'saveCatalogue');
    });
    let events: AuditEvent[] = [];
    for (let i = 0; i < 200 && events.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      events = await server.em().find(AuditEvent, { action: 'transfer.check', subjectId: tr.id });
    }
    expect(events.map((e) => e.details.dropped)).toEqual(['CHANGED_MEANWHILE']);
    expect(ok<Transfer>(await gql(server.url, GET, { id: tr.id }, t['zhzf.clerk']), 'transfer').checks).toBeNull();
    // Checked again, the new catalogue gets its own run and result.
    ok<Transfer>(await gql(server.url, CHECK_RUN, { id: tr.id }, t['zhzf.clerk']), 'checkTransfer');
    const checked = await settled(tr.id, 'zhzf.clerk');
    expect(checked.catalogue.map((e) => e.recordId)).not.toContain(tr.catalogue[0]!.recordId);
    expect(
      (
        await server.em().find(AuditEvent, { action: 'transfer.check', subjectId: tr.id }, { orderBy: { id: 'asc' } })
      ).map((e) => e.details.dropped ?? null),
    ).toEqual(['CHANGED_MEANWHILE', null]);
  });

  it('are not started twice: a second instance finds the run claimed and says it is running', async () => {
    const second = await startSecondInstance(server);
    try {
      const { c, r } = await completeCase(server);
      const tr = await draft(c, r);
      await whileHeld(c.id, async () => {
        ok<Transfer>(await gql(server.url, CHECK_RUN, { id: tr.id }, t['zhzf.clerk']), 'checkTransfer');
        const hashed = await fixityChecks(c.id);
        const elsewhere = await gql(second.url, SUBMIT, { id: tr.id, why: '补交材料另行移交' }, t['zhzf.clerk']);
        expect(elsewhere.errors![0]!.extensions).toMatchObject({ details: { reason: 'CHECKS_RUNNING' } });
        const shown = ok<Transfer>(await gql(second.url, RUN, { id: tr.id }, t['zhzf.clerk']), 'transfer');
        expect(shown.checkRun).toMatchObject({ filesTotal: 2 });
        expect(await fixityChecks(c.id)).toBe(hashed);
      });
      await settled(tr.id, 'zhzf.clerk');
      expect(await server.em().count(AuditEvent, { action: 'transfer.check', subjectId: tr.id })).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('do not show a run whose instance died (no heartbeat for a minute)', async () => {
    const { c, r } = await completeCase(server);
    const tr = await draft(c, r);
    const stale = new Date(Date.now() - 5 * 60_000).toISOString();
    await server.em().execute('update archive_transfer set check_run = ?::jsonb where id = ?', [
      JSON.stringify({
        startedAt: stale,
        heartbeatAt: stale,
        filesDone: 0,
        filesTotal: 2,
        bytesDone: 0,
        bytesTotal: 9,
      }),
      tr.id,
    ]);
    expect(ok<Transfer>(await gql(server.url, RUN, { id: tr.id }, t['zhzf.clerk']), 'transfer').checkRun).toBeNull();
  });
});
