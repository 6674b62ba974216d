import { ConfigError, loadConfig } from './app-config';

describe('configuration', () => {
  it('starts with defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.isEmbeddedDatabase).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ CLIENT_DATA_KEY: 'c2hvcnQ=' }, 'CLIENT_DATA_KEY'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY'],
    [{ DIRECTORY_TIME_ZONE: 'Pacific Time' }, 'DIRECTORY_TIME_ZONE'],
  ])('refuses %p with one line naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      const message = (error as Error).message;
      expect(message.startsWith(`Configuration error: ${name} `)).toBe(true);
      expect(message).not.toContain('\n');
    }
  });

  it('never echoes a secret back', () => {
    expect(() => loadConfig({ JWT_SECRET: 'hunter2' })).toThrow(/^Configuration error: JWT_SECRET must be at least 32 characters long$/);
  });

  it('refuses the development secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow('Configuration error: JWT_SECRET must be set in production');
  });

  it('refuses the development client data key in production, and accepts a real one', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-characters' };
    expect(() => loadConfig(production)).toThrow('Configuration error: CLIENT_DATA_KEY must be set in production');
    const key = Buffer.alloc(32, 9).toString('base64');
    expect(loadConfig({ ...production, CLIENT_DATA_KEY: key, WEBHOOK_SECRET_KEY: Buffer.alloc(32, 8).toString('base64') }).CLIENT_DATA_KEY).toBe(key);
  });

  it('refuses the development webhook secret key in production, and never echoes one back', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-characters', CLIENT_DATA_KEY: Buffer.alloc(32, 9).toString('base64') };
    expect(() => loadConfig(production)).toThrow('Configuration error: WEBHOOK_SECRET_KEY must be set in production');
    const key = Buffer.alloc(32, 8).toString('base64');
    expect(loadConfig({ ...production, WEBHOOK_SECRET_KEY: key }).WEBHOOK_SECRET_KEY).toBe(key);
    const wrong = Buffer.alloc(16, 8).toString('base64');
    expect(() => loadConfig({ WEBHOOK_SECRET_KEY: wrong })).toThrow(/^Configuration error: WEBHOOK_SECRET_KEY must be the base64 of 32 random bytes \(e\.g\. openssl rand -base64 32\)$/);
  });

  it('never echoes a client data key back', () => {
    const wrong = Buffer.alloc(16, 9).toString('base64');
    expect(() => loadConfig({ CLIENT_DATA_KEY: wrong })).toThrow(/^Configuration error: CLIENT_DATA_KEY must be the base64 of 32 random bytes \(e\.g\. openssl rand -base64 32\)$/);
  });

  it('reads directory hours in Los Angeles time unless another IANA time zone is set', () => {
    expect(loadConfig({}).DIRECTORY_TIME_ZONE).toBe('America/Los_Angeles');
    expect(loadConfig({ DIRECTORY_TIME_ZONE: 'America/Chicago' }).DIRECTORY_TIME_ZONE).toBe('America/Chicago');
  });

  it('accepts a fraction of a minute for the idle lock', () => {
    expect(loadConfig({ IDLE_LOCK_MINUTES: '0.5' }).IDLE_LOCK_MINUTES).toBe(0.5);
  });
});
