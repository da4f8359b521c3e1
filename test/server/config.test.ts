import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config.js';

describe('config', () => {
  it('has working defaults for a new user', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      dataDir: path.resolve('var'),
      seedDemo: true,
      loginMaxFailures: 5,
      corsOrigins: [],
      loginRatePerAddress: 30,
    });
    expect(c.uploadDir).toBe(path.resolve('var/uploads'));
    expect(c.maxUploadBytes).toBe(20 * 1024 ** 3);
  });

  it('reads the environment', () => {
    const c = loadConfig({
      PORT: '8080',
      DATA_DIR: '/srv/er',
      DATABASE_URL: 'postgres://u@db/er',
      SEED_DEMO: 'false',
      NODE_ENV: 'production',
      CORS_ORIGINS: 'https://console.example.org, http://10.0.0.5:8080',
    });
    expect(c.corsOrigins).toEqual(['https://console.example.org', 'http://10.0.0.5:8080']);
    expect(c).toMatchObject({
      port: 8080,
      dataDir: '/srv/er',
      databaseUrl: 'postgres://u@db/er',
      seedDemo: false,
      nodeEnv: 'production',
    });
  });

  it('keeps files on disk unless told to use an S3-compatible bucket', () => {
    expect(loadConfig({})).toMatchObject({ fileStore: 'disk', s3: null });
    const c = loadConfig({
      FILE_STORE: 's3',
      S3_BUCKET: 'county-evidence',
      S3_ENDPOINT: 'http://minio.internal:9000',
      S3_PREFIX: 'county-a/',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_LOCK_MODE: 'COMPLIANCE',
      DATA_DIR: '/srv/er',
    });
    expect(c.fileStore).toBe('s3');
    expect(c.s3).toEqual({
      endpoint: 'http://minio.internal:9000',
      region: 'us-east-1',
      bucket: 'county-evidence',
      prefix: 'county-a/',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      forcePathStyle: true,
      lockMode: 'COMPLIANCE',
      lockDays: 180,
      tempDir: '/srv/er/tmp',
    });
    // AWS itself: virtual-hosted addresses, the SDK's own credentials (an instance role), no lock.
    expect(loadConfig({ FILE_STORE: 's3', S3_BUCKET: 'er-prod' }).s3).toMatchObject({
      endpoint: undefined,
      forcePathStyle: false,
      accessKeyId: undefined,
      lockMode: null,
      lockDays: 0,
    });
  });

  it.each([
    [{ FILE_STORE: 'ftp' }, /FILE_STORE must be disk or s3/],
    [{ FILE_STORE: 's3' }, /S3_BUCKET must name a bucket/],
    [{ FILE_STORE: 's3', S3_BUCKET: 'Evidence_Bucket' }, /S3_BUCKET/],
    [{ FILE_STORE: 's3', S3_BUCKET: 'ok-bucket', S3_ENDPOINT: 'minio:9000' }, /S3_ENDPOINT must be an http/],
    [{ FILE_STORE: 's3', S3_BUCKET: 'ok-bucket', S3_PREFIX: '../up' }, /S3_PREFIX/],
    [{ FILE_STORE: 's3', S3_BUCKET: 'ok-bucket', S3_LOCK_MODE: 'FOREVER' }, /S3_LOCK_MODE/],
    [{ FILE_STORE: 's3', S3_BUCKET: 'ok-bucket', S3_ACCESS_KEY_ID: 'only-half' }, /go together/],
  ])('refuses a bad store setting %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ LOGIN_MAX_FAILURES: '0' }, /LOGIN_MAX_FAILURES/],
    [{ CORS_ORIGINS: '*' }, /CORS_ORIGINS/],
    [{ CORS_ORIGINS: 'https://console.example.org/' }, /CORS_ORIGINS/],
    [{ CORS_ORIGINS: 'ftp://files.example.org' }, /CORS_ORIGINS/],
  ])('refuses %o, naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
