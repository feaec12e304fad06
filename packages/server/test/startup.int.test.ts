import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MigrationError, openDatabase, runMigrations } from '@lantoa/db';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './helpers/test-database';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

function startServer(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', MAIN], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('start-up', () => {
  it('refuses to start on a bad environment, naming the variable', () => {
    const result = startServer({ PORT: 'ba-nghin' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT:');
  });

  it('stops with the reason when a migration fails', async () => {
    const testDb = await createTestDatabase();
    const database = await openDatabase({ dataDir: testDb.dataDir, databaseUrl: testDb.databaseUrl });
    await runMigrations(database.db);
    // Forget that the first migration ran, so it runs again and collides with the tables it made.
    await database.pool.query('delete from drizzle.__drizzle_migrations');
    await expect(runMigrations(database.db)).rejects.toBeInstanceOf(MigrationError);
    await database.close();

    const result = startServer({
      DATA_DIR: testDb.dataDir,
      ...(testDb.databaseUrl ? { DATABASE_URL: testDb.databaseUrl } : {}),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/database migration failed: .*already exists/);
    await testDb.drop();
  });
});
