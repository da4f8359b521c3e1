import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import { FixityCheck, FixityTrigger } from '../../../server/src/files/fixity-check.entity.js';
import { FixityStatus, StoredFile } from '../../../server/src/files/stored-file.entity.js';
import { QUEUES } from '../../../server/src/jobs/jobs.js';
import { RecordKind } from '../../../server/src/records/record.enums.js';
import { Role } from '../../../server/src/users/roles.js';
import { buildCase, buildUnit, buildUser, TEST_PASSWORD } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { mp4, pdf, wav } from '../../support/media.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { tusClient } from '../../support/tus.js';
import { rawStore, storeEnv } from '../../support/store.js';

let server: TestServer;
const ids: Record<string, { recordId: string; sha256: string }> = {};

beforeAll(async () => {
  server = await startTestServer({ config: { jobs: true, fixityCycleDays: 1 } });
  const em = server.em();
  const unit = await buildUnit(em);
  const officer = await buildUser(em, { unit, username: 'fx.officer' });
  await buildUser(em, { username: 'fx.leader', roles: [Role.leader] });
  await buildUser(em, { username: 'fx.info', roles: [Role.infoCenter] });
  const theCase = await buildCase(em, { unit, officers: [officer] });
  const client = tusClient(server.url, await login(server.url, 'fx.officer', TEST_PASSWORD));
  const av = {
    caseId: theCase.id,
    capturedFrom: '2026-11-20T10:00:00+08:00',
    capturedTo: '2026-11-20T10:00:02+08:00',
    officerId: officer.id,
    partyNotified: 'true',
  };
  const files = {
    video: [mp4(2, '2026-11-20T02:00:50Z'), { ...av, kind: RecordKind.VIDEO, filename: 'v.mp4', title: '录像' }],
    audio: [wav(2), { ...av, kind: RecordKind.AUDIO, filename: 'a.wav', title: '录音' }],
    doc: [pdf(), { caseId: theCase.id, kind: RecordKind.OTHER_TEXT, filename: 'd.pdf', title: '文书' }],
  } as const;
  for (const [name, [file, meta]] of Object.entries(files)) {
    const { res } = await client.upload(new Uint8Array(fs.readFileSync(file)), meta);
    const recordId = res.headers.get('x-record-id')!;
    const stored = await server.em().findOneOrFail(StoredFile, { id: (await recordFile(recordId))! });
    ids[name] = { recordId, sha256: stored.sha256 };
  }
});
afterAll(() => server?.close());

async function recordFile(recordId: string) {
  const rows = await server.em().execute<{ file_id: string }[]>('select file_id from record where id = ?', [recordId]);
  return rows[0]?.file_id;
}

const raw = () => rawStore(server.services.intake.store);
let goneAudio: Buffer;

describe('fixity', () => {
  it('checks due files in even slices, oldest check first', async () => {
    const em = server.em();
    // 3 files, a 1-day cycle in 2 runs a day: 2 files per run.
    const first = await server.services.fixity.runDue(em, 2);
    expect(first.checked).toBe(2);
    const second = await server.services.fixity.runDue(server.em(), 2);
    expect(second.checked).toBe(2);
    const checks = await server.em().find(FixityCheck, {}, { populate: ['file'] });
    expect(new Set(checks.map((c) => c.file.id)).size).toBe(3);
    expect(checks.every((c) => c.status === FixityStatus.OK && c.trigger === FixityTrigger.SCHEDULE)).toBe(true);
  });

  it('finds a flipped byte and a missing file, naming every failing file, marking them and their records', async () => {
    const bytes = await raw().read(ids.video!.sha256);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    await raw().write(ids.video!.sha256, bytes);
    goneAudio = await raw().read(ids.audio!.sha256);
    await raw().remove(ids.audio!.sha256);
    const report = await server.services.fixity.checkAll(server.em(), null, FixityTrigger.MANUAL);
    expect(report.checked).toBe(3);
    expect(report.failures.map((f) => [f.sha256, f.status, f.recordIds]).sort()).toEqual(
      [
        [ids.video!.sha256, FixityStatus.MISMATCH, [ids.video!.recordId]],
        [ids.audio!.sha256, FixityStatus.MISSING, [ids.audio!.recordId]],
      ].sort(),
    );
    const em = server.em();
    expect(await em.count(AuditEvent, { action: 'file.fixityFailed', outcome: AuditOutcome.FAILED })).toBe(2);
    const leader = await login(server.url, 'fx.leader', TEST_PASSWORD);
    const r = await gql(
      server.url,
      '{ records(filter: { fixityFailed: true }) { total items { id file { fixityStatus } } } }',
      {},
      leader,
    );
    expect(r.data?.records.total).toBe(2);
    expect(r.data?.records.items.map((i: { file: { fixityStatus: string } }) => i.file.fixityStatus).sort()).toEqual([
      'MISMATCH',
      'MISSING',
    ]);
    // The dashboard's counts: for the leader, and for the information centre, which sees no record.
    const SUMMARY = '{ fixitySummary { files mismatch missing overdue lastCheckedAt cycleDays } }';
    const info = await login(server.url, 'fx.info', TEST_PASSWORD);
    for (const token of [leader, info]) {
      const summary = await gql(server.url, SUMMARY, {}, token);
      expect(summary.data?.fixitySummary).toMatchObject({
        files: 3,
        mismatch: 1,
        missing: 1,
        overdue: 0,
        cycleDays: 1,
      });
      expect(summary.data?.fixitySummary.lastCheckedAt).not.toBeNull();
    }
    expect((await gql(server.url, '{ records { total } }', {}, info)).data?.records.total ?? 0).toBe(0);
    const officer = await login(server.url, 'fx.officer', TEST_PASSWORD);
    expect(codeOf(await gql(server.url, SUMMARY, {}, officer))).toBe('FORBIDDEN');
  });

  it('`npm run fixity` prints every failing file and exits 1', async () => {
    const run = promisify(execFile);
    const env = {
      ...process.env,
      DATABASE_URL: server.orm.config.get('clientUrl'),
      ...storeEnv(server.config),
      DATA_DIR: server.config.dataDir,
      SEED_DEMO: 'false',
    };
    const result = await run('node', ['dist/server/src/tools/fixity.js'], { env }).then(
      (ok) => ({ code: 0, stdout: ok.stdout + ok.stderr }),
      (e: { code: number; stdout: string }) => e,
    );
    expect(result.code, result.stdout).toBe(1);
    expect(result.stdout).toContain('3 files checked');
    expect(result.stdout).toContain('2 failed');
    expect(result.stdout).toMatch(new RegExp(`MISMATCH +${ids.video!.sha256}`));
    expect(result.stdout).toMatch(new RegExp(`MISSING +${ids.audio!.sha256}.*records: ${ids.audio!.recordId}`));
  });

  it('re-checks named files after an event through the job queue, once', async () => {
    await raw().write(ids.audio!.sha256, goneAudio);
    const file = await server.em().findOneOrFail(StoredFile, { sha256: ids.audio!.sha256 });
    const jobId = await server.services.jobs.checkFiles([file.id], 'test: after transfer');
    const deadline = Date.now() + 30_000;
    let state: string | null = null;
    while (Date.now() < deadline && state !== 'completed' && state !== 'failed') {
      await new Promise((r) => setTimeout(r, 250));
      state = await server.services.jobs.state(QUEUES.fixityFiles.name, jobId!);
    }
    expect(state).toBe('completed');
    const checks = await server.em().find(FixityCheck, { file: file.id, trigger: FixityTrigger.EVENT });
    expect(checks.map((c) => c.status)).toEqual([FixityStatus.OK]);
    expect((await server.em().findOneOrFail(StoredFile, { id: file.id })).fixityStatus).toBe(FixityStatus.OK);
  });

  it('records nothing for a file destroyed by disposal while it was being checked', async () => {
    const file = await server.em().findOneOrFail(StoredFile, { sha256: ids.doc!.sha256 });
    const checksBefore = await server.em().count(FixityCheck, { file: file.id });
    // The check started from this row; disposal then destroys the file before the result is written.
    await server.em().nativeUpdate(StoredFile, { id: file.id }, { disposedAt: new Date() });
    await server.services.intake.store.remove(file.sha256);
    const result = await server.services.fixity.check(server.em(), file, FixityTrigger.SCHEDULE);
    expect(result.disposed).toBe(true);
    expect(await server.em().count(FixityCheck, { file: file.id })).toBe(checksBefore);
    expect(await server.em().count(AuditEvent, { action: 'file.fixityFailed', subjectId: file.id })).toBe(0);
    expect((await server.em().findOneOrFail(StoredFile, { id: file.id })).fixityStatus).toBe(file.fixityStatus);
  });
});
