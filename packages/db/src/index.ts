export { type Database, type DatabaseConfig, type Db, openDatabase, type Schema } from './connect';
export { MIGRATIONS_DIR, MigrationError, runMigrations } from './migrate';
export * as schema from './schema';
