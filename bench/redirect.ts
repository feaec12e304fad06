/**
 * The redirector against a bare node:http 302 server on the same machine, in the same run:
 *   1. maximum throughput of each (ratio), 2. p99 latency at half Lantoa's maximum rate, 3. every click recorded
 *   (link_clicks rows = 302s sent), 4. kill -9 under load, restart: clicks recorded vs 302s received,
 *   5. (PostgreSQL only) p99 at half rate while a heavy aggregate query runs on the same database.
 * The server is the real one (`packages/server/src/main.ts`); autocannon runs in its own process.
 * Run: node --import tsx bench/redirect.ts            (embedded PGlite)
 *      BENCH_DATABASE_URL=postgres://… node --import tsx bench/redirect.ts   (a fresh database is created in it)
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openDatabase, runMigrations } from '@lantoa/db';
import pg from 'pg';

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
const MAIN = fileURLToPath(new URL('../packages/server/src/main.ts', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
const SLUG = 'bench-link';

interface Load {
  rps: number;
  p50: number;
  p99: number;
  redirects: number;
}

async function autocannon(url: string, args: string[]): Promise<Load> {
  const { stdout } = await promisify(execFile)(process.execPath, [AUTOCANNON, ...args, '-j', url], {
    maxBuffer: 50 * 1024 * 1024,
  });
  const result = JSON.parse(stdout) as {
    latency: { p50: number; p99: number };
    requests: { average: number };
    statusCodeStats?: Record<string, { count: number }>;
  };
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    redirects: result.statusCodeStats?.['302']?.count ?? 0,
  };
}

const maxRate = (url: string) => autocannon(url, ['-c', String(CONNECTIONS), '-d', String(SECONDS)]);
const atRate = (url: string, rps: number) =>
  autocannon(url, ['-c', '10', '-d', String(SECONDS), '--overallRate', String(Math.round(rps))]);

interface Target {
  dataDir: string;
  databaseUrl: string | undefined;
  drop(): Promise<void>;
}

async function createTarget(): Promise<Target> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lantoa-bench-redirect-'));
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl)
    return { dataDir, databaseUrl: undefined, drop: async () => rmSync(dataDir, { recursive: true }) };
  const name = `lantoa_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
      rmSync(dataDir, { recursive: true });
    },
  };
}

async function withDatabase<T>(target: Target, work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir: target.dataDir, databaseUrl: target.databaseUrl });
  try {
    return await work(database.pool);
  } finally {
    await database.close();
  }
}

async function seedLink(target: Target): Promise<string> {
  const database = await openDatabase({ dataDir: target.dataDir, databaseUrl: target.databaseUrl });
  try {
    await runMigrations(database.db);
    const { rows } = await database.pool.query<{ id: string }>(
      `WITH w AS (INSERT INTO workspaces (name, slug, settings) VALUES ('Bench', 'bench', '{}') RETURNING id),
            c AS (INSERT INTO campaigns (workspace_id, name) SELECT id, 'Bench' FROM w RETURNING id, workspace_id)
       INSERT INTO tracked_links (workspace_id, campaign_id, slug, destination_url)
       SELECT workspace_id, id, $1, 'https://shop.example.vn/san-pham' FROM c RETURNING id`,
      [SLUG],
    );
    return rows[0]?.id ?? '';
  } finally {
    await database.close();
  }
}

const countClicks = (target: Target) =>
  withDatabase(target, async (pool) => {
    const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM link_clicks');
    return rows[0]?.n ?? -1;
  });

async function startLantoa(target: Target, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: target.dataDir,
      JOBS_IN_PROCESS: 'false',
      ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Lantoa did not start');
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

function startBare(port: number): Promise<http.Server> {
  const server = http.createServer((_request, response) => {
    response.writeHead(302, { location: 'https://shop.example.vn/san-pham' });
    response.end();
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function heavyQueries(databaseUrl: string): { stop: () => Promise<number> } {
  const client = new pg.Client({ connectionString: databaseUrl });
  let running = true;
  let count = 0;
  const loop = (async () => {
    await client.connect();
    while (running) {
      await client.query(
        `SELECT link_id, date_trunc('hour', clicked_at) h, count(*), count(DISTINCT visitor_hash)
           FROM link_clicks GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 50`,
      );
      await client.query('SELECT count(*) FROM generate_series(1, 2000000) g WHERE g % 7 = 3');
      count++;
    }
    await client.end();
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return count;
    },
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const kind = process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite';
  const target = await createTarget();
  await seedLink(target);
  const port = 31_000 + Math.floor(Math.random() * 9_000);
  const bare = await startBare(port + 1);
  const bareMax = await maxRate(`http://127.0.0.1:${port + 1}/l/${SLUG}`);
  bare.close();

  let server = await startLantoa(target, port);
  const url = `http://127.0.0.1:${port}/l/${SLUG}`;
  await fetch(url, { redirect: 'manual' }); // warm the link cache
  let sent = 1;
  const lantoaMax = await maxRate(url);
  sent += lantoaMax.redirects;
  const half = await atRate(url, lantoaMax.rps / 2);
  sent += half.redirects;
  let heavy: Load | null = null;
  let heavyRuns = 0;
  if (target.databaseUrl) {
    const busy = heavyQueries(target.databaseUrl);
    heavy = await atRate(url, lantoaMax.rps / 2);
    heavyRuns = await busy.stop();
    sent += heavy.redirects;
  }
  await stop(server, 'SIGTERM');
  const recorded = await countClicks(target);

  server = await startLantoa(target, port);
  const underLoad = autocannon(url, ['-c', String(CONNECTIONS), '-d', '4']);
  await new Promise((r) => setTimeout(r, 2_000));
  await stop(server, 'SIGKILL');
  const killed = await underLoad;
  server = await startLantoa(target, port);
  await stop(server, 'SIGTERM');
  const afterKill = (await countClicks(target)) - recorded;
  await target.drop();

  console.log(`Redirect benchmark on ${kind}, ${SECONDS} s per run, same machine, same run`);
  console.log(`| measure | bare node:http | Lantoa | ratio |`);
  console.log(`|---|---|---|---|`);
  console.log(
    `| max 302/s (${CONNECTIONS} connections) | ${bareMax.rps.toFixed(0)} | ${lantoaMax.rps.toFixed(0)} | ${(lantoaMax.rps / bareMax.rps).toFixed(2)} |`,
  );
  console.log(`| p99 at max | ${ms(bareMax.p99)} | ${ms(lantoaMax.p99)} | |`);
  console.log(
    `| p50 / p99 at half Lantoa's max (${(lantoaMax.rps / 2).toFixed(0)}/s) | | ${ms(half.p50)} / ${ms(half.p99)} | |`,
  );
  if (heavy)
    console.log(
      `| p50 / p99 at half rate, heavy query running (${heavyRuns} runs) | | ${ms(heavy.p50)} / ${ms(heavy.p99)} | |`,
    );
  // autocannon does not count the answers still in flight when a run stops: at most one per connection.
  const inFlight = CONNECTIONS + 10 + (heavy ? 10 : 0);
  const verdict = recorded >= sent && recorded - sent <= inFlight ? 'all recorded' : 'MISMATCH';
  console.log(
    `| 302s counted by the client / clicks recorded | | ${sent} / ${recorded} | ${verdict} (in flight ≤ ${inFlight}) |`,
  );
  console.log(
    `| kill -9 under load: 302s received / clicks recorded after restart | | ${killed.redirects} / ${afterKill} | ${afterKill >= killed.redirects ? 'none lost' : 'LOST CLICKS'} |`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
