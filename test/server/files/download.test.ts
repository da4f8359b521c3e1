import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditOutcome } from '../../../server/src/audit/audit-event.entity.js';
import { Case } from '../../../server/src/cases/case.entity.js';
import { CaseStatus } from '../../../server/src/cases/case.enums.js';
import { FileAccess, FileAccessMode } from '../../../server/src/files/file-access.entity.js';
import { FixityStatus, StoredFile } from '../../../server/src/files/stored-file.entity.js';
import { RecordKind } from '../../../server/src/records/record.enums.js';
import type { User } from '../../../server/src/users/user.entity.js';
import { buildCase, buildUnit, buildUser, TEST_PASSWORD } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { mp4, pdf } from '../../support/media.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { tusClient } from '../../support/tus.js';
import { rawStore } from '../../support/store.js';

let server: TestServer;
let officer: User;
let colleague: User;
let theCase: Case;
let token: string;
let recordId: string;
const file = () => mp4(2, '2026-11-20T02:00:00Z');

const OPEN = `mutation($id: ID!, $mode: FileAccessMode!, $version: Int) {
  openRecordFile(recordId: $id, mode: $mode, version: $version) { id url mode fileName mediaType size sha256 viewerName expiresAt }
}`;

beforeAll(async () => {
  server = await startTestServer();
  const em = server.em();
  const unit = await buildUnit(em);
  officer = await buildUser(em, { unit, username: 'dl.officer', displayName: '吴浩' });
  colleague = await buildUser(em, { unit, username: 'dl.colleague' });
  theCase = await buildCase(em, { unit, officers: [officer] });
  token = await login(server.url, 'dl.officer', TEST_PASSWORD);
  const { res } = await tusClient(server.url, token).upload(new Uint8Array(fs.readFileSync(file())), {
    filename: '现场 检查#1 "录像".mp4',
    caseId: theCase.id,
    kind: RecordKind.VIDEO,
    title: '现场检查录像',
    capturedFrom: '2026-11-20T10:00:00+08:00',
    capturedTo: '2026-11-20T10:00:02+08:00',
    officerId: officer.id,
    partyNotified: 'true',
  });
  recordId = res.headers.get('x-record-id')!;
});
afterAll(() => server?.close());

const open = async (mode: FileAccessMode, as = token, version?: number) =>
  gql(server.url, OPEN, { id: recordId, mode, version }, as);
const get = (url: string, headers: Record<string, string> = {}, as: string | null = token) =>
  fetch(`${server.url}${url}`, { headers: { ...(as ? { Authorization: `Bearer ${as}` } : {}), ...headers } });

describe('playing a record file', () => {
  it('opens the file for the handling officer, audited once per access, and serves it with Range', async () => {
    const r = await open(FileAccessMode.VIEW);
    const ticket = r.data!.openRecordFile;
    expect(ticket).toMatchObject({ mode: 'VIEW', mediaType: 'video/mp4', viewerName: '吴浩 (dl.officer)' });
    const bytes = fs.readFileSync(file());
    // A player starts with an open range, then seeks.
    const first = await get(ticket.url, { Range: 'bytes=0-' });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-type')).toBe('video/mp4');
    expect(first.headers.get('accept-ranges')).toBe('bytes');
    expect(first.headers.get('content-disposition')).toMatch(/^inline; filename=".*"; filename\*=UTF-8''/);
    expect(first.headers.get('content-disposition')).toContain(encodeURIComponent('现场'));
    expect(first.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await first.arrayBuffer()).equals(bytes)).toBe(true);
    const seek = await get(ticket.url, { Range: 'bytes=1000-1999' });
    expect(seek.status).toBe(206);
    expect(seek.headers.get('content-range')).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(Buffer.from(await seek.arrayBuffer()).equals(bytes.subarray(1000, 2000))).toBe(true);
    expect((await get(ticket.url, { Range: `bytes=${bytes.length + 10}-` })).status).toBe(416);
    const whole = await get(ticket.url);
    expect(whole.status).toBe(200);
    expect(Number(whole.headers.get('content-length'))).toBe(bytes.length);
    await whole.arrayBuffer();
    // One access, one audit entry; the first request's range is kept with it.
    const em = server.em();
    expect(await em.count(AuditEvent, { action: 'record.view', subjectId: recordId, actorId: officer.id })).toBe(1);
    const access = await em.findOneOrFail(FileAccess, { id: ticket.id });
    expect(access.firstRange).toBe('bytes=0-');
  });

  it('refuses DOWNLOAD to a handling officer without a grant, and VIEW to a colleague not handling the case (audited)', async () => {
    expect(codeOf(await open(FileAccessMode.DOWNLOAD))).toBe('FORBIDDEN');
    const other = await login(server.url, 'dl.colleague', TEST_PASSWORD);
    expect(codeOf(await open(FileAccessMode.VIEW, other))).toBe('FORBIDDEN');
    expect(
      await server
        .em()
        .count(AuditEvent, { action: 'record.view', actorId: colleague.id, outcome: AuditOutcome.DENIED }),
    ).toBe(1);
  });

  it('serves an opened file to its opener only, never without a session, and not after it expires', async () => {
    const ticket = (await open(FileAccessMode.VIEW)).data!.openRecordFile;
    const other = await login(server.url, 'dl.colleague', TEST_PASSWORD);
    expect((await get(ticket.url, {}, other)).status).toBe(404);
    expect(await server.em().count(AuditEvent, { action: 'file.serve', actorId: colleague.id })).toBe(1);
    expect((await get(ticket.url, {}, null)).status).toBe(401);
    expect((await get('/download/not-a-ticket')).status).toBe(404);
    await server.em().nativeUpdate(FileAccess, { id: ticket.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await get(ticket.url)).status).toBe(410);
  });

  it('stops serving at once when the right ends (case sent to the archive), even with an open ticket', async () => {
    const ticket = (await open(FileAccessMode.VIEW)).data!.openRecordFile;
    expect((await get(ticket.url, { Range: 'bytes=0-9' })).status).toBe(206);
    await server.em().nativeUpdate(Case, { id: theCase.id }, { status: CaseStatus.TRANSFERRED });
    expect((await get(ticket.url, { Range: 'bytes=0-9' })).status).toBe(403);
    await server.em().nativeUpdate(Case, { id: theCase.id }, { status: CaseStatus.OPEN });
  });

  it('refuses a forged DOWNLOAD ticket: the right is checked on every request', async () => {
    const ticket = (await open(FileAccessMode.VIEW)).data!.openRecordFile;
    await server.em().nativeUpdate(FileAccess, { id: ticket.id }, { mode: FileAccessMode.DOWNLOAD });
    expect((await get(ticket.url)).status).toBe(403);
  });

  it('serves an older version’s file, and says plainly when a version has none', async () => {
    const em = server.em();
    const textCase = await buildCase(em, { unit: theCase.unit as never, officers: [officer] });
    const created = await gql(
      server.url,
      `mutation($in: CreateRecordInput!) { createTextRecord(input: $in) { id } }`,
      { in: { caseId: textCase.id, kind: 'INVESTIGATION_EVIDENCE', title: '询问笔录', body: '问：……答：……' } },
      token,
    );
    const id = created.data!.createTextRecord.id as string;
    const { res } = await tusClient(server.url, token).upload(new Uint8Array(fs.readFileSync(pdf())), {
      filename: '询问笔录.pdf',
      recordId: id,
      reason: '附签字扫描件',
    });
    expect(res.status).toBe(204);
    const v2 = await gql(server.url, OPEN, { id, mode: 'VIEW', version: 2 }, token);
    expect(v2.data?.openRecordFile).toMatchObject({ mediaType: 'application/pdf', fileName: '询问笔录.pdf' });
    const v1 = await gql(server.url, OPEN, { id, mode: 'VIEW', version: 1 }, token);
    expect(codeOf(v1)).toBe('BAD_USER_INPUT');
  });

  it('answers 410 for a file gone from the store and marks it missing (audited)', async () => {
    const ticket = (await open(FileAccessMode.VIEW)).data!.openRecordFile;
    const raw = rawStore(server.services.intake.store);
    const kept = await raw.read(ticket.sha256);
    await raw.remove(ticket.sha256);
    try {
      expect((await get(ticket.url)).status).toBe(410);
      const stored = await server.em().findOneOrFail(StoredFile, { sha256: ticket.sha256 });
      expect(stored.fixityStatus).toBe(FixityStatus.MISSING);
      expect(await server.em().count(AuditEvent, { action: 'file.missing', subjectId: stored.id })).toBe(1);
    } finally {
      await raw.write(ticket.sha256, kept);
    }
  });
});
