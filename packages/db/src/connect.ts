import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { type EmbeddedPglite, spawnPglite } from './embedded/spawn-pglite';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = NodePgDatabase<Schema>;

export interface DatabaseConfig {
  /** PostgreSQL connection string; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl?: string | undefined;
  /** Directory holding the embedded database (`<dataDir>/pglite`). */
  dataDir: string;
  poolSize?: number;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

// int8 (bigint, count(*)) arrives as a string from node-postgres; our values fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  let embedded: EmbeddedPglite | undefined;
  let pool: pg.Pool;
  if (config.databaseUrl) {
    pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.poolSize ?? 10 });
  } else {
    embedded = await spawnPglite(`${config.dataDir}/pglite`);
    // PGlite is a single-connection database: one pooled connection keeps transactions unmixed.
    pool = new pg.Pool({
      host: '127.0.0.1',
      port: embedded.port,
      user: 'postgres',
      database: 'postgres',
      max: 1,
    });
  }
  pool.on('error', () => undefined);
  await pool.query('select 1');
  const db = drizzle(pool, { schema });
  return {
    kind: embedded ? 'pglite' : 'postgres',
    db,
    pool,
    async close() {
      await pool.end();
      await embedded?.stop();
    },
  };
}
