/**
 * Does a heavy database query stall request handling? Measures p50/p99 latency of a trivial route under load:
 *   1. no database work (baseline),
 *   2. while a heavy query runs on Lantoa's embedded database (PGlite in its own process, reached over a socket),
 *   3. while the same query runs on PGlite inside the server's own process (the design Lantoa avoids).
 * Run: node --import tsx bench/db-off-thread.ts
 */

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '@lantoa/db';
import Fastify from 'fastify';

const HEAVY_SQL = 'select count(*) from generate_series(1, 3000000) g where g % 7 = 3';
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/** The load generator runs in its own process so that a blocked server event loop cannot slow the client. */
async function measure(url: string): Promise<{ p50: number; p99: number; rps: number }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [AUTOCANNON, '-c', '10', '-d', String(DURATION_S), '-j', url],
    {
      maxBuffer: 10 * 1024 * 1024,
    },
  );
  const result = JSON.parse(stdout) as {
    latency: { p50: number; p99: number };
    requests: { average: number };
  };
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
}

function keepBusy(run: () => Promise<unknown>): { stop: () => Promise<number> } {
  let running = true;
  let count = 0;
  const loop = (async () => {
    while (running) {
      await run();
      count++;
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return count;
    },
  };
}

async function main(): Promise<void> {
  const app = Fastify();
  app.get('/healthz', async () => ({ status: 'ok' }));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `${address}/healthz`;
  const dir = mkdtempSync(path.join(tmpdir(), 'lantoa-bench-'));

  const baseline = await measure(url);

  const embedded = await openDatabase({ dataDir: path.join(dir, 'socket') });
  const socketLoad = keepBusy(() => embedded.pool.query(HEAVY_SQL));
  const offThread = await measure(url);
  const socketQueries = await socketLoad.stop();
  await embedded.close();

  const inProcessDb = await PGlite.create(path.join(dir, 'inprocess'));
  const inProcessLoad = keepBusy(() => inProcessDb.query(HEAVY_SQL));
  const inProcess = await measure(url);
  const inProcessQueries = await inProcessLoad.stop();
  await inProcessDb.close();

  await app.close();
  rmSync(dir, { recursive: true, force: true });

  const rows = [
    ['no database work (baseline)', baseline, '-'],
    ['heavy query, PGlite in its own process (Lantoa)', offThread, String(socketQueries)],
    ['heavy query, PGlite in the server process', inProcess, String(inProcessQueries)],
  ] as const;
  console.log(`GET /healthz, 10 connections, ${DURATION_S} s each; heavy query: ${HEAVY_SQL}`);
  console.log('| scenario | p50 ms | p99 ms | p99 / baseline | req/s | heavy queries done |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, r, queries] of rows) {
    console.log(
      `| ${name} | ${r.p50} | ${r.p99} | ${(r.p99 / Math.max(baseline.p99, 1)).toFixed(2)}× | ${Math.round(r.rps)} | ${queries} |`,
    );
  }
}

await main();
