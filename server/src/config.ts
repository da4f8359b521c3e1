import path from 'node:path';
import type { S3Settings } from './files/s3-store.js';

/** Settings of one server process, read once from the environment and validated at boot. */
export interface Config {
  /** `production` hides internals (introspection off, terse errors); `development` and `test` do not. */
  nodeEnv: 'production' | 'development' | 'test';
  /** HTTP port of the one server (console, /graphql, /files, /download, /health). */
  port: number;
  /** Interface to listen on. */
  host: string;
  /** Folder for everything the server keeps on disk: embedded PostgreSQL, uploads, files. */
  dataDir: string;
  /** PostgreSQL connection string; when empty an embedded PostgreSQL is started in `dataDir/postgres`. */
  databaseUrl: string | undefined;
  /** Port of the embedded PostgreSQL (only used without `databaseUrl`). */
  embeddedPgPort: number;
  /** Lifetime of a sign-in session, in minutes. */
  sessionTtlMinutes: number;
  /** Failed sign-ins in a row that lock an account. */
  loginMaxFailures: number;
  /** How long a locked account stays locked, in minutes. */
  loginLockMinutes: number;
  /** Name of the httpOnly session cookie the console uses. */
  cookieName: string;
  /** Mark the session cookie `Secure` (set when served over HTTPS). */
  cookieSecure: boolean;
  /** Folder of the built console served at `/` (absent in tests). */
  consoleDir: string | undefined;
  /** Load the demo data from `seeds/` when the database has no users. */
  seedDemo: boolean;
  /** Where unfinished tus uploads are kept. */
  uploadDir: string;
  /** Largest accepted upload in bytes (default 20 GiB). */
  maxUploadBytes: number;
  /** The content-addressed file store (bytes at `<dir>/sha256/ab/cd/<sha256>`, read-only). */
  fileStoreDir: string;
  /** Where inconsistent uploads found after a crash are set aside for inspection. */
  quarantineDir: string;
  /** Where kept bytes live: `disk` (fileStoreDir, the default) or `s3` (an S3-compatible bucket, `s3`). */
  fileStore: 'disk' | 's3';
  /** The bucket when `fileStore` is `s3` (S3_* settings), else null. */
  s3: S3Settings | null;
  /** Hours an unfinished upload is kept before it expires and its bytes are removed. */
  uploadExpiryHours: number;
  /** Days in which every stored file is re-hashed once (spread evenly over the cycle). */
  fixityCycleDays: number;
  /** Minutes of disagreement between a recording's own time and the entered capture time that get it flagged. */
  captureToleranceMinutes: number;
  /** How long a request waits for 四性 checks before they go on in the background (re-hashing a large case). */
  transferCheckWaitSeconds: number;
  /** How long the result of 四性 checks that ended in the background serves a submission or acceptance. */
  transferCheckReuseMinutes: number;
  /** Run background jobs (fixity, upload expiry) in this process. */
  jobs: boolean;
  /** Ed25519 key (PEM) that signs the daily audit checkpoints; keep it outside the database and its backups. */
  auditKeyFile: string;
  /** Hours after midnight by which a day's recordings must be uploaded (Art. 13; 9 = next morning 09:00). */
  offloadGraceHours: number;
  /** Content views/downloads by one person within `unusualAccessMinutes` that make a day "unusual access". */
  unusualAccessCount: number;
  /** Expensive reads (reports, trail export and verification) one person may make a minute. */
  expensivePerMinute: number;
  unusualAccessMinutes: number;
  /** Origins (scheme://host[:port]) allowed to call the API from a browser on another site; none by default. */
  corsOrigins: string[];
  /** Sign-in attempts allowed from one client address per `loginRateWindowMinutes` (any usernames). */
  loginRatePerAddress: number;
  loginRateWindowMinutes: number;
  /** GraphQL requests run at once; more wait in order (admission control). */
  graphqlConcurrency: number;
  /** GraphQL requests allowed to wait; beyond this the answer is 503 with Retry-After. */
  graphqlQueue: number;
  /** The bureau's name, as export packages state it (bag-info Source-Organization, catalogue). */
  organisationName: string;
  /** Largest scanned paper (letter, form, receipt, redacted copy) accepted at `/attachments`, in bytes. */
  maxAttachmentBytes: number;
  /** 全宗号: the fonds code at the head of every archive number. */
  archiveFonds: string;
  /** 档号 pattern: {fonds}, {year} (of acceptance), {period} (Y, D30, D10), {unit} (unit code), {seq} (4 digits, per year and period). */
  archiveNumberPattern: string;
  /** Months AV that is not evidence in a case file is kept after acceptance (Art. 14; default 6). */
  avShortRetentionMonths: number;
}

export class ConfigError extends Error {}

function archiveFonds(env: NodeJS.ProcessEnv): string {
  const fonds = env.ARCHIVE_FONDS || 'J001';
  if (!/^[A-Za-z0-9]{1,16}$/.test(fonds))
    throw new ConfigError(`ARCHIVE_FONDS must be 1–16 letters or digits, got "${fonds}"`);
  return fonds;
}

function archivePattern(env: NodeJS.ProcessEnv): string {
  const pattern = env.ARCHIVE_NUMBER_PATTERN || '{fonds}-{year}-{period}-{seq}';
  const unknown = [...pattern.matchAll(/\{([^}]*)\}/g)]
    .map((m) => m[1])
    .filter((k) => !['fonds', 'year', 'period', 'unit', 'seq'].includes(k!));
  if (unknown.length || !pattern.includes('{seq}') || !pattern.includes('{year}') || pattern.length > 40)
    throw new ConfigError(
      `ARCHIVE_NUMBER_PATTERN must contain {year} and {seq}, use only {fonds} {year} {period} {unit} {seq}, and be at most 40 characters; got "${pattern}"`,
    );
  return pattern;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** A comma-separated list of origins, each checked to be exactly scheme://host[:port]. */
function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const raw = env[name];
  if (!raw?.trim()) return [];
  return raw.split(',').map((entry) => {
    const value = entry.trim();
    const url = URL.canParse(value) ? new URL(value) : null;
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== value)
      throw new ConfigError(`${name} must list origins like https://console.example.org, got "${value}"`);
    return value;
  });
}

/** FILE_STORE and, for `s3`, the S3_* settings (the bucket must exist; see docs/deploy.md). */
function fileStore(env: NodeJS.ProcessEnv, dataDir: string): Pick<Config, 'fileStore' | 's3'> {
  const kind = env.FILE_STORE || 'disk';
  if (kind === 'disk') return { fileStore: 'disk', s3: null };
  if (kind !== 's3') throw new ConfigError(`FILE_STORE must be disk or s3, got "${kind}"`);
  const bucket = env.S3_BUCKET ?? '';
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw new ConfigError(
      `S3_BUCKET must name a bucket (3–63 lower-case letters, digits, dots, hyphens), got "${bucket}"`,
    );
  const endpoint = env.S3_ENDPOINT || undefined;
  if (endpoint && !(URL.canParse(endpoint) && /^https?:$/.test(new URL(endpoint).protocol)))
    throw new ConfigError(`S3_ENDPOINT must be an http(s) address, got "${endpoint}"`);
  const prefix = env.S3_PREFIX ?? '';
  if (
    !/^([A-Za-z0-9._-]+\/)*$/.test(prefix) ||
    prefix.split('/').some((p) => p === '.' || p === '..') ||
    prefix.length > 200
  )
    throw new ConfigError(`S3_PREFIX must be empty or folder names ending in "/", got "${prefix}"`);
  const lockMode = env.S3_LOCK_MODE || '';
  if (lockMode && lockMode !== 'GOVERNANCE' && lockMode !== 'COMPLIANCE')
    throw new ConfigError(`S3_LOCK_MODE must be GOVERNANCE or COMPLIANCE, got "${lockMode}"`);
  const accessKeyId = env.S3_ACCESS_KEY_ID || undefined;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined;
  if (!accessKeyId !== !secretAccessKey)
    throw new ConfigError('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together (or neither, for the SDK defaults)');
  return {
    fileStore: 's3',
    s3: {
      endpoint,
      region: env.S3_REGION || 'us-east-1',
      bucket,
      prefix,
      accessKeyId,
      secretAccessKey,
      forcePathStyle: bool(env, 'S3_FORCE_PATH_STYLE', Boolean(endpoint)),
      lockMode: (lockMode || null) as S3Settings['lockMode'],
      // With a lock mode, at least a day: a lock of 0 days would silently be none.
      lockDays: lockMode ? int(env, 'S3_LOCK_DAYS', 180, 1, 36_500) : 0,
      tempDir: path.resolve(env.S3_TEMP_DIR || path.join(dataDir, 'tmp')),
    },
  };
}

/** Reads and validates the configuration; throws ConfigError naming the bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'production' && nodeEnv !== 'development' && nodeEnv !== 'test') {
    throw new ConfigError(`NODE_ENV must be production, development or test, got "${nodeEnv}"`);
  }
  const dataDir = path.resolve(env.DATA_DIR || 'var');
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const config: Config = {
    nodeEnv,
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir,
    databaseUrl,
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    sessionTtlMinutes: int(env, 'SESSION_TTL_MINUTES', 12 * 60, 1),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockMinutes: int(env, 'LOGIN_LOCK_MINUTES', 15, 1),
    cookieName: env.COOKIE_NAME || 'er_session',
    cookieSecure: bool(env, 'COOKIE_SECURE', false),
    consoleDir: env.CONSOLE_DIR ? path.resolve(env.CONSOLE_DIR) : undefined,
    seedDemo: bool(env, 'SEED_DEMO', true),
    uploadDir: path.resolve(env.UPLOAD_DIR || path.join(dataDir, 'uploads')),
    maxUploadBytes: int(env, 'MAX_UPLOAD_BYTES', 20 * 1024 ** 3, 1),
    fileStoreDir: path.resolve(env.FILE_STORE_DIR || path.join(dataDir, 'files')),
    quarantineDir: path.resolve(env.QUARANTINE_DIR || path.join(dataDir, 'quarantine')),
    ...fileStore(env, dataDir),
    uploadExpiryHours: int(env, 'UPLOAD_EXPIRY_HOURS', 24, 1, 24 * 30),
    fixityCycleDays: int(env, 'FIXITY_CYCLE_DAYS', 90, 1, 3650),
    captureToleranceMinutes: int(env, 'CAPTURE_TOLERANCE_MINUTES', 10, 0, 24 * 60),
    transferCheckWaitSeconds: int(env, 'TRANSFER_CHECK_WAIT_SECONDS', 20, 0, 600),
    transferCheckReuseMinutes: int(env, 'TRANSFER_CHECK_REUSE_MINUTES', 30, 1, 24 * 60),
    jobs: bool(env, 'JOBS', true),
    auditKeyFile: path.resolve(env.AUDIT_KEY_FILE || path.join(dataDir, 'keys', 'audit-ed25519.pem')),
    offloadGraceHours: int(env, 'OFFLOAD_GRACE_HOURS', 9, 0, 72),
    unusualAccessCount: int(env, 'UNUSUAL_ACCESS_COUNT', 30, 2, 100_000),
    expensivePerMinute: int(env, 'EXPENSIVE_PER_MINUTE', 60, 1, 100_000),
    unusualAccessMinutes: int(env, 'UNUSUAL_ACCESS_MINUTES', 10, 1, 24 * 60),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    loginRatePerAddress: int(env, 'LOGIN_RATE_PER_ADDRESS', 30, 1, 100_000),
    loginRateWindowMinutes: int(env, 'LOGIN_RATE_WINDOW_MINUTES', 15, 1, 24 * 60),
    graphqlConcurrency: int(env, 'GRAPHQL_CONCURRENCY', 16, 1, 1000),
    graphqlQueue: int(env, 'GRAPHQL_QUEUE', 1000, 0, 100_000),
    organisationName: (env.ORGANISATION_NAME || '某某县市场监督管理局').slice(0, 200),
    maxAttachmentBytes: int(env, 'MAX_ATTACHMENT_BYTES', 200 * 1024 ** 2, 1),
    archiveFonds: archiveFonds(env),
    archiveNumberPattern: archivePattern(env),
    avShortRetentionMonths: int(env, 'AV_SHORT_RETENTION_MONTHS', 6, 1, 1200),
  };
  return { ...config, ...overrides };
}
