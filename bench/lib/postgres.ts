import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const THROWAWAY = fileURLToPath(new URL('../../scripts/throwaway-postgres.sh', import.meta.url));

export interface PostgresServer {
  adminUrl: string;
  stop(): void;
}

/** `BENCH_DATABASE_URL` when set, otherwise a private cluster from scripts/throwaway-postgres.sh; null if neither. */
export function startPostgres(): PostgresServer | null {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { adminUrl: given, stop: () => undefined };
  // Not under a mkdtemp directory: its mode 0700 would keep the postgres user out.
  const dir = path.join(tmpdir(), `lantoa-bench-pg-${randomBytes(6).toString('hex')}`);
  try {
    const adminUrl = execFileSync('bash', [THROWAWAY, 'start', dir], { encoding: 'utf8' }).trim();
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      execFileSync('bash', [THROWAWAY, 'stop', dir]);
    };
    // Also when the bench fails half-way.
    process.on('exit', stop);
    return { adminUrl, stop };
  } catch (error) {
    process.stderr.write(`PostgreSQL not available (${(error as Error).message.split('\n')[0]}); skipped\n`);
    return null;
  }
}

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on `adminUrl`'s server, dropped (connections and all) by `drop`. */
export async function createDatabase(adminUrl: string, label: string): Promise<BenchDatabase> {
  const name = `lantoa_bench_${label}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
