import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  dataDir: string;
  databaseUrl: string | undefined;
  kind: 'pglite' | 'postgres';
  drop(): Promise<void>;
}

/** A private, empty, migrated-or-migratable database for one test file: a PGlite copy or a fresh PostgreSQL database. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lantoa-test-'));
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    cpSync(inject('pgliteTemplateDir'), dataDir, { recursive: true });
    return {
      dataDir,
      databaseUrl: undefined,
      kind: 'pglite',
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `lantoa_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: url.toString(),
    kind: 'postgres',
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
