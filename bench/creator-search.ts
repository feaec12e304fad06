/**
 * Creator search over 100,000 creators through the real API (`GET /api/v1/workspaces/:id/creators`), on the
 * embedded PGlite and on PostgreSQL (BENCH_DATABASE_URL, or a throwaway cluster from scripts/throwaway-postgres.sh):
 * accent-free text plus three filters, and a second page by cursor. Prints p50/p95 per database against the
 * targets (p95 ≤ 150 ms on PostgreSQL, ≤ 500 ms on PGlite) and a no-text, no-filter first page as the baseline.
 * Run: npx tsx bench/creator-search.ts   (BENCH_CREATORS=100000; BENCH_DATABASES=pglite,postgres)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { foldDiacritics } from '@lantoa/core/text';
import { openDatabase, runMigrations } from '@lantoa/db';
import { type BenchWorkspace, createBenchWorkspace } from './lib/bench-workspace';
import { freePort } from './lib/free-port';
import { type LantoaServer, startLantoa } from './lib/lantoa-server';
import { createDatabase, startPostgres } from './lib/postgres';
import { seedCreators } from './lib/seed-creators';

const CREATORS = Number(process.env.BENCH_CREATORS ?? 100_000);
const DATABASES = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');
const REPEATS = 6;

/** Text + 3 filters, as a marketer types them (no accents), over several values each. */
const SEARCHES: { label: string; query: (i: number) => Record<string, string> }[] = [
  {
    label: '"ha noi" + platform + tier + ER range',
    query: (i) => ({
      q: 'ha noi',
      platform: ['tiktok', 'instagram', 'facebook'][i % 3] ?? '',
      tier: 'micro',
      erMin: '3',
      erMax: String(6 + i),
    }),
  },
  {
    label: '"my pham" + niche + fee range + status',
    query: (i) => ({
      q: 'my pham',
      niche: 'mỹ phẩm',
      feeMin: String(1_000_000 * (i + 1)),
      feeMax: '20000000',
      status: 'prospect',
    }),
  },
  {
    label: '"nguyen" + location + tier + platform, by followers',
    query: (i) => ({
      q: 'nguyen',
      location: ['Đà Nẵng', 'Hà Nội', 'Cần Thơ'][i % 3] ?? '',
      tier: 'nano,micro',
      platform: 'tiktok',
      sort: 'followers',
    }),
  },
  {
    label: '"thoi trang" + quality + risk + platform, by ER',
    query: (i) => ({
      q: 'thoi trang',
      qualityMin: String(50 + i * 5),
      risk: 'low',
      platform: 'youtube,tiktok',
      sort: 'engagementRate',
    }),
  },
  {
    label: 'rare "hue" + tier + status + ER, by name',
    query: (i) => ({
      q: 'hue',
      tier: 'nano',
      status: 'contacted,prospect',
      erMin: String(i),
      sort: 'name',
      order: 'asc',
    }),
  },
];

interface Timing {
  label: string;
  /** First pages (the route also checks for creators without stats) and cursor pages. */
  ms: number[];
  next: number[];
  rows: number;
}

async function timeSearch(server: LantoaServer, workspace: BenchWorkspace, query: Record<string, string>) {
  const url = `${server.baseUrl}/api/v1/workspaces/${workspace.workspaceId}/creators?${new URLSearchParams(query)}`;
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${workspace.apiKey}` } });
  const body = (await response.json()) as { items?: unknown[]; nextCursor?: string | null };
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`search answered ${response.status}: ${JSON.stringify(body)}`);
  return { ms, rows: body.items?.length ?? 0, nextCursor: body.nextCursor ?? null };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};

async function benchOne(kind: string, dataDir: string, databaseUrl: string | undefined, targetMs: number) {
  const database = await openDatabase({ dataDir, databaseUrl });
  let workspace: BenchWorkspace;
  const seedStarted = performance.now();
  try {
    await runMigrations(database.db);
    workspace = await createBenchWorkspace(database.pool, 'Bench search');
    await seedCreators(database.pool, workspace.workspaceId, CREATORS, foldDiacritics);
    // PGlite runs no autovacuum, so nothing would ever analyse the bulk load (PostgreSQL's would within a minute).
    await database.pool.query('ANALYZE');
  } finally {
    await database.close();
  }
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  const server = await startLantoa({ dataDir, databaseUrl, port: await freePort() });
  const timings: Timing[] = [];
  try {
    const baseline: Timing = { label: 'baseline: first page, no text, no filter', ms: [], next: [], rows: 0 };
    await timeSearch(server, workspace, {}); // warms the caches and the route
    for (let i = 0; i < REPEATS; i++) baseline.ms.push((await timeSearch(server, workspace, {})).ms);
    timings.push(baseline);
    for (const search of SEARCHES) {
      const timing: Timing = { label: search.label, ms: [], next: [], rows: 0 };
      await timeSearch(server, workspace, search.query(0));
      for (let i = 0; i < REPEATS; i++) {
        const first = await timeSearch(server, workspace, search.query(i));
        timing.ms.push(first.ms);
        timing.rows += first.rows;
        if (first.nextCursor) {
          const next = await timeSearch(server, workspace, { ...search.query(i), cursor: first.nextCursor });
          timing.next.push(next.ms);
          timing.rows += next.rows;
        }
      }
      timings.push(timing);
    }
  } finally {
    await server.stop('SIGTERM');
  }
  const firsts = timings.slice(1).flatMap((timing) => timing.ms);
  const nexts = timings.slice(1).flatMap((timing) => timing.next);
  const all = [...firsts, ...nexts];
  const p95 = quantile(all, 0.95);
  const cell = (values: number[]) =>
    values.length
      ? `${quantile(values, 0.5).toFixed(0)} ms | ${quantile(values, 0.95).toFixed(0)} ms`
      : '– | –';
  return [
    `| ${kind} | seeding ${CREATORS.toLocaleString('en')} creators (accounts, stats) | ${seedSeconds.toFixed(1)} s | | | | |`,
    ...timings.map(
      (timing) =>
        `| ${kind} | ${timing.label} (${timing.ms.length} + ${timing.next.length} requests, ${timing.rows} rows) | ${cell(timing.ms)} | ${cell(timing.next)} | |`,
    ),
    `| ${kind} | text + 3 filters, first pages only / cursor pages only | ${cell(firsts)} | ${cell(nexts)} | |`,
    `| ${kind} | **all text + 3-filter searches (${all.length} requests)** | ${quantile(all, 0.5).toFixed(0)} ms | **${p95.toFixed(0)} ms** | | | ${(p95 / targetMs).toFixed(2)} of ${targetMs} ms ${p95 <= targetMs ? '✓' : '✗'} |`,
  ];
}

async function main(): Promise<void> {
  const lines: string[] = [];
  if (DATABASES.includes('pglite')) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lantoa-bench-search-'));
    try {
      lines.push(...(await benchOne('PGlite', dataDir, undefined, 500)));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const postgres = DATABASES.includes('postgres') ? startPostgres() : null;
  if (postgres) {
    const database = await createDatabase(postgres.adminUrl, 'search');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lantoa-bench-search-pg-'));
    try {
      lines.push(...(await benchOne('PostgreSQL', dataDir, database.url, 150)));
    } finally {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
      postgres.stop();
    }
  }
  console.log(`Creator search over ${CREATORS.toLocaleString('en')} creators, through the API, same run`);
  console.log('| database | search | first page p50 | p95 | cursor page p50 | p95 | vs target |');
  console.log('|---|---|---|---|---|---|---|');
  for (const line of lines) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
