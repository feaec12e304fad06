export { type Database, type DatabaseConfig, type Db, openDatabase, type Schema } from './connect';
export { MigrationError, MIGRATIONS_DIR, runMigrations } from './migrate';
export * as schema from './schema';
