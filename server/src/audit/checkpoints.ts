import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sealPending } from './chainer.js';
import { AuditCheckpoint, checkpointMessage } from './checkpoint.entity.js';

/** The server's checkpoint signing key: an Ed25519 PEM file outside the database, made on first use. */
export class CheckpointKey {
  private constructor(
    readonly privateKey: KeyObject | null,
    readonly publicKey: KeyObject,
  ) {}

  /** Loads (or creates, with its `.pub.pem` beside it) the key at `file`. */
  static loadOrCreate(file: string): CheckpointKey {
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
      fs.writeFileSync(`${file.replace(/\.pem$/, '')}.pub.pem`, publicKey.export({ type: 'spki', format: 'pem' }));
    }
    const privateKey = createPrivateKey(fs.readFileSync(file));
    return new CheckpointKey(privateKey, createPublicKey(privateKey));
  }

  /** A verifier from a public key alone (what an outside party holds). */
  static publicOnly(pem: string): CheckpointKey {
    return new CheckpointKey(null, createPublicKey(pem));
  }

  get fingerprint(): string {
    return createHash('sha256')
      .update(this.publicKey.export({ type: 'spki', format: 'der' }))
      .digest('hex');
  }

  get publicPem(): string {
    return String(this.publicKey.export({ type: 'spki', format: 'pem' }));
  }
}

/** End of a bureau day (UTC+8) as an instant. */
const dayEnd = (day: string) => new Date(new Date(`${day}T00:00:00+08:00`).getTime() + 86_400_000);

/** Signs the last event of `day` (once; a day already signed is left as it is). */
export async function signCheckpoint(
  em: EntityManager,
  key: CheckpointKey,
  day: string,
): Promise<AuditCheckpoint | null> {
  const existing = await em.findOne(AuditCheckpoint, { day });
  if (existing) return existing;
  await sealPending(em);
  const [last] = await em.execute<{ seq: string; hash: string }[]>(
    'select seq, hash from audit_event where at < ? and seq is not null order by seq desc limit 1',
    [dayEnd(day)],
  );
  if (!last || !key.privateKey) return null;
  const lastSeq = Number(last.seq);
  const signature = sign(null, Buffer.from(checkpointMessage(day, lastSeq, last.hash)), key.privateKey).toString(
    'base64',
  );
  const checkpoint = em.create(AuditCheckpoint, {
    day,
    lastSeq,
    lastHash: last.hash,
    signedAt: new Date(),
    signature,
    keyFingerprint: key.fingerprint,
  });
  await em.flush();
  return checkpoint;
}

export interface CheckpointProblem {
  day: string;
  problem: 'BAD_SIGNATURE' | 'OTHER_KEY' | 'HISTORY_CHANGED' | 'EVENT_MISSING';
}

/**
 * Every checkpoint's signature must verify with the key, and the event it names must still carry
 * the signed hash: otherwise the past was rewritten (or the checkpoint forged).
 */
export async function verifyCheckpoints(
  em: EntityManager,
  key: CheckpointKey,
): Promise<{ checked: number; problems: CheckpointProblem[] }> {
  const problems: CheckpointProblem[] = [];
  const checkpoints = await em.find(AuditCheckpoint, {}, { orderBy: { day: 'asc' } });
  for (const c of checkpoints) {
    if (c.keyFingerprint !== key.fingerprint) problems.push({ day: c.day, problem: 'OTHER_KEY' });
    else if (
      !verify(
        null,
        Buffer.from(checkpointMessage(c.day, c.lastSeq, c.lastHash)),
        key.publicKey,
        Buffer.from(c.signature, 'base64'),
      )
    )
      problems.push({ day: c.day, problem: 'BAD_SIGNATURE' });
    const [row] = await em.execute<{ hash: string }[]>('select hash from audit_event where seq = ?', [c.lastSeq]);
    if (!row) problems.push({ day: c.day, problem: 'EVENT_MISSING' });
    else if (row.hash !== c.lastHash) problems.push({ day: c.day, problem: 'HISTORY_CHANGED' });
  }
  return { checked: checkpoints.length, problems };
}

/** The bureau day (UTC+8) of an instant, as YYYY-MM-DD. */
const dayOf = (t: Date) => new Date(t.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Checkpoints of the server: the key is read from its file when first needed. */
export class CheckpointService {
  private loaded: CheckpointKey | null = null;

  constructor(private readonly keyFile: string) {}

  get key(): CheckpointKey {
    this.loaded ??= CheckpointKey.loadOrCreate(this.keyFile);
    return this.loaded;
  }

  /** Signs every day of the last week before `now`'s day that has events and no checkpoint yet. */
  async signDaysBefore(em: EntityManager, now: Date): Promise<string[]> {
    const signed: string[] = [];
    for (let back = 7; back >= 1; back--) {
      const day = dayOf(new Date(now.getTime() - back * 86_400_000));
      if (await em.findOne(AuditCheckpoint, { day })) continue;
      if (await signCheckpoint(em, this.key, day)) signed.push(day);
    }
    return signed;
  }

  sign(em: EntityManager, day: string) {
    return signCheckpoint(em, this.key, day);
  }

  verify(em: EntityManager) {
    return verifyCheckpoints(em, this.key);
  }
}
