import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Db } from './connect';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Applies every committed migration not yet applied; throws a MigrationError naming the cause. */
export async function runMigrations(db: Db): Promise<void> {
  try {
    await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  } catch (error) {
    const cause =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    throw new MigrationError(`database migration failed: ${cause}`, { cause: error });
  }
}
