import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('parseEnv', () => {
  it('gives the documented defaults', () => {
    const config = parseEnv({});
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      publicUrl: 'http://localhost:3000',
      jobsInProcess: true,
    });
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it('names every bad variable with the reason', () => {
    let message = '';
    try {
      parseEnv({ PORT: 'ba nghìn', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', AUTH_SECRET: 'short' });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      message = (error as Error).message;
    }
    expect(message).toContain('PORT:');
    expect(message).toContain('DATABASE_URL: must be a postgres:// or postgresql:// connection string');
    expect(message).toContain('LOG_LEVEL:');
    expect(message).toContain('AUTH_SECRET: must be at least 32 characters');
  });

  it('treats empty values as unset and derives the public URL from the port', () => {
    expect(parseEnv({ PORT: '8080', DATABASE_URL: '' })).toMatchObject({
      port: 8080,
      databaseUrl: undefined,
      publicUrl: 'http://localhost:8080',
    });
  });
});
