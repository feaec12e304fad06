import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, runMigrations } from '@lantoa/db';
import type { TestProject } from 'vitest/node';

/**
 * PGlite's first start (initdb) takes seconds; build one migrated template data directory per run and let each
 * test file start from a copy of it. With TEST_DATABASE_URL (PostgreSQL) every test file gets its own database.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.TEST_DATABASE_URL) return () => undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'lantoa-template-'));
  const database = await openDatabase({ dataDir: dir });
  await runMigrations(database.db);
  await database.close();
  project.provide('pgliteTemplateDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateDir: string;
  }
}
