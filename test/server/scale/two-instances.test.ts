import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoredFile } from '../../../server/src/files/stored-file.entity.js';
import { EnforcementRecord } from '../../../server/src/records/record.entity.js';
import { RecordKind } from '../../../server/src/records/record.enums.js';
import type { Case } from '../../../server/src/cases/case.entity.js';
import type { User } from '../../../server/src/users/user.entity.js';
import { verifyAuditChain } from '../../../server/src/audit/audit.verify.js';
import { buildCase, buildUnit, buildUser, TEST_PASSWORD } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { digestsOf, mp4 } from '../../support/media.js';
import { startSecondInstance, startTestServer, type SecondInstance, type TestServer } from '../../support/server.js';
import { tusClient } from '../../support/tus.js';

let a: TestServer;
let b: SecondInstance;
let officer: User;
let theCase: Case;
let token: string;

beforeAll(async () => {
  a = await startTestServer();
  b = await startSecondInstance(a);
  const em = a.em();
  const unit = await buildUnit(em);
  officer = await buildUser(em, { unit, username: 'scale.officer' });
  const partner = await buildUser(em, { unit });
  theCase = await buildCase(em, { unit, officers: [officer, partner] });
  // Signed in on one instance, the session works on the other: it lives in PostgreSQL.
  token = await login(a.url, 'scale.officer', TEST_PASSWORD);
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const meta = (title: string) => ({
  filename: '两台服务器.mp4',
  caseId: theCase.id,
  kind: RecordKind.VIDEO,
  title,
  stage: 'ON_SITE_INSPECTION',
  capturedFrom: '2026-11-20T10:00:00+08:00',
  capturedTo: '2026-11-20T10:00:04+08:00',
  officerId: officer.id,
  partyNotified: 'true',
  deviceNumber: 'ZFJLY-009',
});

describe('two server instances on one database and store', () => {
  it('take an upload started on one and finished on the other (and back), with the right hashes', async () => {
    const file = mp4(4, '2026-11-20T02:00:00Z', '640x480');
    const bytes = new Uint8Array(fs.readFileSync(file));
    const onA = tusClient(a.url, token);
    const onB = tusClient(b.url, token);
    const created = await onA.create(bytes.length, meta('甲乙两台服务器接力上传'));
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    const third = Math.floor(bytes.length / 3);
    expect((await onA.patch(location, 0, bytes.subarray(0, third))).status).toBe(204);
    expect((await onB.head(location)).headers.get('upload-offset')).toBe(String(third));
    expect((await onB.patch(location, third, bytes.subarray(third, 2 * third))).status).toBe(204);
    // Back on the first instance, whose hash state stopped at a third: it re-hashes the prefix.
    expect((await onA.head(location)).headers.get('upload-offset')).toBe(String(2 * third));
    const done = await onA.patch(location, 2 * third, bytes.subarray(2 * third));
    expect(done.status).toBe(204);
    const record = await a.em().findOneOrFail(EnforcementRecord, { id: done.headers.get('x-record-id')! });
    const stored = await a.em().findOneOrFail(StoredFile, { id: record.fileId! });
    expect({ sha256: stored.sha256, sm3: stored.sm3 }).toEqual(digestsOf(file));
    // What one instance wrote the other reads at once.
    const read = await gql(b.url, 'query($id: ID!) { record(id: $id) { title } }', { id: record.id }, token);
    expect(read.data!.record.title).toBe('甲乙两台服务器接力上传');
  });

  it('share one lock per upload: a waiting instance asks the holder to let go, then takes it', async () => {
    const url = a.orm.config.getClientUrl();
    const lockerA = a.services.intake.uploadLocker(url);
    const lockerB = b.services.intake.uploadLocker(url);
    const onA = lockerA.newLock('shared-upload');
    let asked = 0;
    await onA.lock(new AbortController().signal, async () => {
      asked += 1;
      await onA.unlock();
    });
    expect(lockerA.holding()).toEqual(['shared-upload']);
    const onB = lockerB.newLock('shared-upload');
    await onB.lock(new AbortController().signal, () => undefined);
    expect(asked).toBe(1);
    expect(lockerA.holding()).toEqual([]);
    expect(lockerB.holding()).toEqual(['shared-upload']);

    // A holder that does not let go keeps the lock: the other gives up when its request does.
    const onA2 = lockerA.newLock('shared-upload');
    const stop = new AbortController();
    const waiting = onA2.lock(stop.signal, () => undefined);
    setTimeout(() => stop.abort(), 400);
    await expect(waiting).rejects.toMatchObject({ status_code: 500 });
    expect(lockerA.holding()).toEqual([]);
    await onB.unlock();
    expect(lockerB.holding()).toEqual([]);
  });

  it('share sessions: signed in on one, signed out on the other, refused on both at once', async () => {
    const me = 'query { cases { total } }';
    const session = await login(b.url, 'scale.officer', TEST_PASSWORD);
    expect((await gql(a.url, me, {}, session)).data!.cases.total).toBe(1);
    expect((await gql(b.url, 'mutation { logout }', {}, session)).errors).toBeUndefined();
    for (const url of [a.url, b.url]) expect(codeOf(await gql(url, me, {}, session))).toBe('UNAUTHENTICATED');
  });

  it('keep one unbroken audit chain when both write at once', async () => {
    const tokenB = await login(b.url, 'scale.officer', TEST_PASSWORD);
    // Looking up cases that do not exist: each refusal is audited, by whichever instance answers.
    const view = 'query($id: ID!) { case(id: $id) { number } }';
    const count = async () =>
      Number((await a.em().execute<{ n: string }[]>(`select count(*) as n from audit_event`))[0].n);
    const before = await count();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gql(i % 2 ? a.url : b.url, view, { id: randomUUID() }, i % 2 ? token : tokenB),
      ),
    );
    expect((await count()) - before).toBe(20);
    const report = await verifyAuditChain(a.em());
    expect(report.problems).toEqual([]);
    expect(report.checked).toBe(await count());
  });

  it('run each scheduled job once between them', async () => {
    const db = a.em().getConnection();
    const now = async () => new Date((await db.execute<{ t: string }[]>('select now() as t'))[0]!.t);
    const from = await now();
    // Both instances look every second whether a schedule is due (30 s in production): unshared,
    // the every-minute sweeps would be queued about twice a second.
    await a.services.jobs.start({ cronCheckSeconds: 1 });
    await b.services.jobs.start({ cronCheckSeconds: 1 });
    const runs = () =>
      db.execute<{ name: string; state: string; created_on: Date }[]>(
        `select name, state, created_on from pgboss.job where name in ('export-sweep', 'media-sweep') order by created_on`,
      );
    const deadline = Date.now() + 25_000;
    while (Date.now() < deadline) {
      const done = (await runs()).filter((r) => r.state === 'completed');
      if (new Set(done.map((r) => r.name)).size === 2) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    // Six more seconds of both instances checking every second.
    await new Promise((r) => setTimeout(r, 6_000));
    const until = await now();
    const minutes = Math.floor(until.getTime() / 60_000) - Math.floor(from.getTime() / 60_000) + 1;
    const all = await runs();
    for (const name of ['export-sweep', 'media-sweep']) {
      const mine = all.filter((r) => r.name === name);
      expect(mine.length, `${name} runs`).toBeGreaterThanOrEqual(1);
      // At most one run per minute that passed, whichever instance queued or worked it.
      expect(mine.length, `${name} runs in ${minutes} minute(s)`).toBeLessThanOrEqual(minutes);
      expect(mine.filter((r) => r.state === 'completed').length).toBeGreaterThanOrEqual(1);
    }
  }, 60_000);
});
