import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
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

  it('shuts down gracefully on SIGTERM: answers in-flight requests, closes the database, releases its lock', async () => {
    const testDb = await createTestDatabase();
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        LOG_LEVEL: 'info',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: testDb.dataDir,
        ...(testDb.databaseUrl ? { DATABASE_URL: testDb.databaseUrl } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    for (let i = 0; i < 300 && !output.includes('Lantoa is ready'); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain('Lantoa is ready');

    // Sign-ups hash a password (scrypt), so they are still running when the signal arrives.
    const inFlight = Array.from({ length: 4 }, (_, i) =>
      fetch(`http://127.0.0.1:${port}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: `http://localhost:${port}` },
        body: JSON.stringify({
          name: `Khách ${i}`,
          email: `khach${i}@example.vn`,
          password: 'mat-khau-dai-2026',
        }),
      }).then((r) => r.status),
    );
    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGTERM');
    expect(await Promise.all(inFlight)).toEqual([200, 200, 200, 200]);
    expect(await exited).toBe(0);
    expect(output).toContain('stopped cleanly');
    expect(existsSync(path.join(testDb.dataDir, 'pglite', 'lantoa.lock'))).toBe(false);
    await testDb.drop();
  });
});
