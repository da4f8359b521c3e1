import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashEvent } from '../../../server/src/audit/audit.service.js';
import { verifyAuditChain } from '../../../server/src/audit/audit.verify.js';
import { CheckpointKey, verifyCheckpoints } from '../../../server/src/audit/checkpoints.js';
import { AuditEvent } from '../../../server/src/audit/audit-event.entity.js';
import { today } from '../../../server/src/common/dates.js';
import { Role } from '../../../server/src/users/roles.js';
import { buildUser, TEST_PASSWORD } from '../../factories.js';
import { codeOf, gql, login } from '../../support/graphql.js';
import { startTestServer, type TestServer } from '../../support/server.js';

let server: TestServer;
const actor = { id: null, username: 'test', clientAddress: null };
const VERIFY =
  '{ verifyAuditTrail { intact checked problems { seq problem } checkpointsChecked checkpointProblems { day problem } publicKey } }';

beforeAll(async () => {
  server = await startTestServer();
  for (let i = 0; i < 20; i++)
    await server.services.audit.append(server.em(), actor, { action: 'test.event', details: { i } });
});
afterAll(() => server?.close());

/** What someone with full database access would do: change an old row and re-chain everything after it. */
async function rewriteHistory(seq: number) {
  const em = server.em();
  await em.execute('alter table audit_event disable trigger user');
  try {
    await em.execute(`update audit_event set details = '{"i": "rewritten"}' where seq = ?`, [seq]);
    const rows = await em.find(AuditEvent, { seq: { $gte: seq } }, { orderBy: { seq: 'asc' } });
    let prev = (await em.findOneOrFail(AuditEvent, { seq: seq - 1 })).hash;
    for (const row of rows) {
      const { hash: _old, ...rest } = row;
      const hash = hashEvent({ ...rest, prevHash: prev } as never);
      await em.execute('update audit_event set prev_hash = ?, hash = ? where seq = ?', [prev, hash, row.seq]);
      prev = hash;
    }
  } finally {
    await em.execute('alter table audit_event enable trigger user');
  }
}

describe('signed audit checkpoints', () => {
  it('signs a day, verifies with the public key alone, and is readable only by supervisors', async () => {
    const checkpoint = await server.services.checkpoints.sign(server.em(), today());
    expect(checkpoint?.lastSeq).toBeGreaterThanOrEqual(20);
    expect(fs.statSync(server.config.auditKeyFile).mode & 0o077).toBe(0);
    const outsider = CheckpointKey.publicOnly(
      fs.readFileSync(server.config.auditKeyFile.replace(/\.pem$/, '.pub.pem'), 'utf8'),
    );
    expect(await verifyCheckpoints(server.em(), outsider)).toEqual({ checked: 1, problems: [] });
    await buildUser(server.em(), { username: 'cp.sup', roles: [Role.supervisor] });
    await buildUser(server.em(), { username: 'cp.officer' });
    const sup = await gql(server.url, VERIFY, {}, await login(server.url, 'cp.sup', TEST_PASSWORD));
    expect(sup.data!.verifyAuditTrail).toMatchObject({ intact: true, checkpointsChecked: 1, problems: [] });
    expect(sup.data!.verifyAuditTrail.publicKey).toContain('BEGIN PUBLIC KEY');
    expect(codeOf(await gql(server.url, VERIFY, {}, await login(server.url, 'cp.officer', TEST_PASSWORD)))).toBe(
      'FORBIDDEN',
    );
  });

  it('shows a past rewritten and re-chained by someone with database access, which the chain alone cannot', async () => {
    await rewriteHistory(5);
    expect((await verifyAuditChain(server.em())).problems).toEqual([]);
    const result = await server.services.checkpoints.verify(server.em());
    expect(result.problems).toEqual([{ day: today(), problem: 'HISTORY_CHANGED' }]);
  });

  it('refuses a forged checkpoint and one signed by another key', async () => {
    const em = server.em();
    await em.execute('alter table audit_checkpoint disable trigger user');
    try {
      await em.execute(`update audit_checkpoint set last_seq = last_seq - 1`);
    } finally {
      await em.execute('alter table audit_checkpoint enable trigger user');
    }
    const problems = (await server.services.checkpoints.verify(em)).problems.map((p) => p.problem);
    expect(problems).toContain('BAD_SIGNATURE');
    const other = CheckpointKey.loadOrCreate(`${server.config.dataDir}/other-key.pem`);
    expect((await verifyCheckpoints(em, other)).problems.map((p) => p.problem)).toContain('OTHER_KEY');
  });

  it('`npm run audit:verify` prints every problem and exits 1', async () => {
    const run = promisify(execFile);
    const env = {
      ...process.env,
      DATABASE_URL: server.orm.config.get('clientUrl'),
      AUDIT_KEY_FILE: server.config.auditKeyFile,
      DATA_DIR: server.config.dataDir,
    };
    const result = await run('node', ['dist/server/src/tools/audit-verify.js'], { env }).then(
      (ok) => ({ code: 0, stdout: ok.stdout }),
      (e: { code: number; stdout: string }) => e,
    );
    expect(result.code, result.stdout).toBe(1);
    expect(result.stdout).toMatch(/audit chain: \d+ events checked/);
    expect(result.stdout).toMatch(new RegExp(`${today()} +BAD_SIGNATURE`));
  });
});
