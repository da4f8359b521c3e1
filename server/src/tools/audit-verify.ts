import 'reflect-metadata';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { verifyAuditChain } from '../audit/audit.verify.js';
import { CheckpointService } from '../audit/checkpoints.js';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../database/database.js';
import { runningEmbedded } from '../database/embedded.js';

/**
 * `npm run audit:verify`: walks the whole audit hash chain (streamed in batches) and checks every
 * signed daily checkpoint; prints each problem by sequence number or day. Exit code 1 on any.
 */
async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const url =
    config.databaseUrl ??
    runningEmbedded(path.join(config.dataDir, 'postgres'), config.embeddedPgPort, 'enforcement_records') ??
    undefined;
  const db = await openDatabase({ ...config, databaseUrl: url }, (m) => console.error(m));
  try {
    const em = db.orm.em.fork() as EntityManager;
    const started = Date.now();
    const chain = await verifyAuditChain(em);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `audit chain: ${chain.checked} events checked in ${seconds.toFixed(1)} s, last #${chain.lastSeq} ${chain.lastHash}, ${chain.problems.length} problems`,
    );
    for (const p of chain.problems) console.log(`  #${p.seq}  ${p.problem}`);
    const checkpoints = await new CheckpointService(config.auditKeyFile).verify(em);
    console.log(`checkpoints: ${checkpoints.checked} checked, ${checkpoints.problems.length} problems`);
    for (const p of checkpoints.problems) console.log(`  ${p.day}  ${p.problem}`);
    return chain.problems.length || checkpoints.problems.length ? 1 : 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof ConfigError ? `configuration error: ${e.message}` : e);
    process.exit(2);
  },
);
