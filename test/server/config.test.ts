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
