/**
 * The redirector against a bare node:http 302 server on the same machine, in the same run, on the embedded PGlite
 * AND on PostgreSQL (BENCH_DATABASE_URL, or a throwaway cluster from scripts/throwaway-postgres.sh):
 *   1. maximum throughput of each (ratio; bare measured before and after Lantoa, the mean is the baseline),
 *   2. CPU per redirect of the server and of the embedded database process, and how long the database took to
 *      catch up with the clicks after the maximum-rate run, 3. p50/p99 at half Lantoa's maximum rate, 4. p99 at
 *      half rate while heavy dashboard requests run on the same server, 5. every click recorded (link_clicks rows
 *      = 302s sent), 6. kill -9 under load, restart: clicks recorded vs 302s received.
 * The server is the real one (`packages/server/src/main.ts`); autocannon runs in its own process.
 * Run: npx tsx bench/redirect.ts   (BENCH_SECONDS=8 per run; BENCH_HISTORY_CLICKS=200000 older clicks on the link;
 *      BENCH_DASHBOARD_CLICKS=1000000 clicks in the dashboard's campaign; BENCH_DATABASES=pglite,postgres)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, runMigrations } from '@lantoa/db';
import type pg from 'pg';
import { generateApiKey } from '../packages/server/src/auth/api-key-token';
import { loadTest } from './lib/autocannon';
import { freePort } from './lib/free-port';
import { type LantoaServer, startLantoa } from './lib/lantoa-server';
import { createDatabase, startPostgres } from './lib/postgres';
import { childPids, cpuMs } from './lib/process-cpu';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const HISTORY = Number(process.env.BENCH_HISTORY_CLICKS ?? 200_000);
const DATABASES = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');
const CONNECTIONS = 50;
const SLUG = 'bench-link';
const HEADERS = {
  'user-agent': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36',
};

interface Target {
  kind: string;
  dataDir: string;
  databaseUrl: string | undefined;
}

interface Seeded {
  workspaceId: string;
  linkId: string;
  apiKey: string;
  /** The heavy dashboard's campaign, when bench/dashboard-fixture.ts is there to seed it. */
  dashboardCampaignId: string | null;
}

/** What bench/dashboard-fixture.ts (the campaign dashboard's bench) offers; loaded only if the file exists. */
interface DashboardFixture {
  seedDashboardCampaign(
    pool: pg.Pool,
    workspaceId: string,
    size: { creators: number; postsPerCreator: number; snapshotsPerPost: number; clicks: number },
  ): Promise<{ campaignId: string }>;
  dashboardRequest(
    baseUrl: string,
    headers: Record<string, string>,
    workspaceId: string,
    campaignId: string,
  ): Promise<{ status: number; ms: number }>;
}

const DASHBOARD_CLICKS = Number(process.env.BENCH_DASHBOARD_CLICKS ?? 1_000_000);

async function loadDashboardFixture(): Promise<DashboardFixture | null> {
  const file = new URL('./dashboard-fixture.ts', import.meta.url);
  if (!existsSync(file)) return null;
  return (await import(file.href)) as DashboardFixture;
}

async function seed(target: Target): Promise<Seeded> {
  const database = await openDatabase({ dataDir: target.dataDir, databaseUrl: target.databaseUrl });
  try {
    await runMigrations(database.db);
    const key = generateApiKey();
    const { rows } = await database.pool.query<{ workspace_id: string; id: string }>(
      `WITH w AS (INSERT INTO workspaces (name, slug, settings) VALUES ('Bench', 'bench', '{}') RETURNING id),
            k AS (INSERT INTO api_keys (workspace_id, name, role, prefix, key_hash)
                  SELECT id, 'bench', 'owner', $2, $3 FROM w),
            c AS (INSERT INTO campaigns (workspace_id, name) SELECT id, 'Bench' FROM w RETURNING id, workspace_id)
       INSERT INTO tracked_links (workspace_id, campaign_id, slug, destination_url)
       SELECT workspace_id, id, $1, 'https://shop.example.vn/san-pham' FROM c RETURNING workspace_id, id`,
      [SLUG, key.prefix, key.hash],
    );
    const link = rows[0];
    if (!link) throw new Error('seed failed');
    // Older clicks (one every 10 s, visitors from a pool of 20,000) for the dashboard requests to aggregate.
    await database.pool.query(
      `INSERT INTO link_clicks (id, workspace_id, link_id, clicked_at, via, visitor_hash, is_bot, is_repeat)
       SELECT gen_random_uuid(), $1, $2, now() - g * interval '10 seconds', 'link', 'v' || (g % 20000), g % 50 = 0, false
       FROM generate_series(1, $3::int) g`,
      [link.workspace_id, link.id, HISTORY],
    );
    await database.pool.query(
      `INSERT INTO link_click_hourly (workspace_id, link_id, hour, clicks, scans, bot_clicks, repeat_clicks)
       SELECT workspace_id, link_id, date_trunc('hour', clicked_at), count(*), 0, count(*) FILTER (WHERE is_bot), 0
       FROM link_clicks GROUP BY 1, 2, 3`,
    );
    const fixture = await loadDashboardFixture();
    const dashboard = fixture
      ? await fixture.seedDashboardCampaign(database.pool, link.workspace_id, {
          creators: 1_000,
          postsPerCreator: 10,
          snapshotsPerPost: 30,
          clicks: DASHBOARD_CLICKS,
        })
      : null;
    if (target.databaseUrl) await database.pool.query('ANALYZE');
    return {
      workspaceId: link.workspace_id,
      linkId: link.id,
      apiKey: key.key,
      dashboardCampaignId: dashboard?.campaignId ?? null,
    };
  } finally {
    await database.close();
  }
}

async function countClicks(target: Target, seeded: Seeded): Promise<number> {
  const database = await openDatabase({ dataDir: target.dataDir, databaseUrl: target.databaseUrl });
  try {
    const { rows } = await database.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM link_clicks WHERE link_id = $1',
      [seeded.linkId],
    );
    return (rows[0]?.n ?? 0) - HISTORY;
  } finally {
    await database.close();
  }
}

const BARE_SERVER = `
require('node:http').createServer((request, response) => {
  response.writeHead(302, { location: 'https://shop.example.vn/san-pham' });
  response.end();
}).listen(Number(process.argv[1]), '127.0.0.1', () => process.send('ready'));`;

async function startBare(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', BARE_SERVER, String(port)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise((resolve) => child.once('message', resolve));
  return child;
}

/** Bare node:http maximum rate with its CPU per request; the first seconds warm it up. */
async function measureBare(): Promise<{ rps: number; p99: number; cpuUs: number }> {
  const port = await freePort();
  const bare = await startBare(port);
  const url = `http://127.0.0.1:${port}/l/${SLUG}`;
  await loadTest(url, { connections: CONNECTIONS, seconds: 2, headers: HEADERS });
  const before = cpuMs(bare.pid ?? 0);
  const load = await loadTest(url, { connections: CONNECTIONS, seconds: SECONDS, headers: HEADERS });
  const cpuUs = ((cpuMs(bare.pid ?? 0) - before) * 1000) / Math.max(1, load.redirects);
  bare.kill();
  return { rps: load.rps, p99: load.p99, cpuUs };
}

/**
 * Heavy dashboard requests one after another: the campaign dashboard of bench/dashboard-fixture.ts when it is there,
 * otherwise a stand-in, the link statistics over the last 90 days (count distinct over every click of the link).
 */
function heavyRequests(
  server: LantoaServer,
  seeded: Seeded,
  fixture: DashboardFixture | null,
): { stop: () => Promise<{ runs: number; meanMs: number; dashboard: boolean; error: string }> } {
  const headers = { authorization: `Bearer ${seeded.apiKey}` };
  const campaignId = seeded.dashboardCampaignId;
  let useDashboard = Boolean(fixture && campaignId);
  let dashboardError = '';
  const standIn = async (): Promise<{ status: number; ms: number }> => {
    const started = performance.now();
    const response = await fetch(
      `${server.baseUrl}/api/v1/workspaces/${seeded.workspaceId}/links/${seeded.linkId}/stats?days=90`,
      { headers },
    );
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  };
  let running = true;
  let runs = 0;
  let totalMs = 0;
  const loop = (async () => {
    while (running) {
      let answer =
        useDashboard && fixture && campaignId
          ? await fixture.dashboardRequest(server.baseUrl, headers, seeded.workspaceId, campaignId)
          : await standIn();
      if (answer.status !== 200 && useDashboard) {
        // The dashboard's own bench reports its failures; here any heavy request will do.
        dashboardError = `dashboard answered ${answer.status}, stand-in used`;
        useDashboard = false;
        answer = await standIn();
      }
      if (answer.status !== 200) throw new Error(`stand-in dashboard request answered ${answer.status}`);
      totalMs += answer.ms;
      runs++;
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { runs, meanMs: totalMs / Math.max(1, runs), dashboard: useDashboard, error: dashboardError };
    },
  };
}
/** Milliseconds until the link's click counter (updated by the batch insert) shows `expected` new clicks. */
async function catchUpMs(server: LantoaServer, seeded: Seeded, expected: number): Promise<number> {
  const started = performance.now();
  const url = `${server.baseUrl}/api/v1/workspaces/${seeded.workspaceId}/links/${seeded.linkId}`;
  for (;;) {
    const response = await fetch(url, { headers: { authorization: `Bearer ${seeded.apiKey}` } });
    const link = (await response.json()) as { clicks: number };
    if (link.clicks - HISTORY >= expected || performance.now() - started > 120_000)
      return performance.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function benchOne(target: Target): Promise<string[]> {
  const seeded = await seed(target);
  const bareBefore = await measureBare();

  const port = await freePort();
  let server = await startLantoa({ dataDir: target.dataDir, databaseUrl: target.databaseUrl, port });
  const url = `${server.baseUrl}/l/${SLUG}`;
  let sent = (await loadTest(url, { connections: CONNECTIONS, seconds: 2, headers: HEADERS })).redirects;
  const pids = [server.pid, ...childPids(server.pid)];
  const cpuBefore = pids.map(cpuMs);
  const lantoa = await loadTest(url, { connections: CONNECTIONS, seconds: SECONDS, headers: HEADERS });
  const cpuUs = pids.map(
    (pid, i) => ((cpuMs(pid) - (cpuBefore[i] ?? 0)) * 1000) / Math.max(1, lantoa.redirects),
  );
  sent += lantoa.redirects;
  const lagMs = await catchUpMs(server, seeded, sent);
  const bareAfter = await measureBare();
  const bareRps = (bareBefore.rps + bareAfter.rps) / 2;

  const half = await loadTest(url, {
    connections: 10,
    seconds: SECONDS,
    rate: lantoa.rps / 2,
    headers: HEADERS,
  });
  sent += half.redirects;
  const fixture = await loadDashboardFixture();
  const busy = heavyRequests(server, seeded, fixture);
  const heavy = await loadTest(url, {
    connections: 10,
    seconds: SECONDS,
    rate: lantoa.rps / 2,
    headers: HEADERS,
  });
  const dashboard = await busy.stop();
  sent += heavy.redirects;
  await server.stop('SIGTERM');
  const recorded = await countClicks(target, seeded);

  server = await startLantoa({ dataDir: target.dataDir, databaseUrl: target.databaseUrl, port });
  const underLoad = loadTest(url, { connections: CONNECTIONS, seconds: 4, headers: HEADERS });
  await new Promise((r) => setTimeout(r, 2_000));
  await server.stop('SIGKILL');
  const killed = await underLoad;
  server = await startLantoa({ dataDir: target.dataDir, databaseUrl: target.databaseUrl, port });
  await server.stop('SIGTERM');
  const afterKill = (await countClicks(target, seeded)) - recorded;

  // autocannon does not count the answers still in flight when a run stops: at most one per connection.
  const inFlight = CONNECTIONS * 2 + 10 + 10;
  const verdict = recorded >= sent && recorded - sent <= inFlight ? 'all recorded' : 'MISMATCH';
  const ratio = lantoa.rps / bareRps;
  const dashboardLabel = dashboard.dashboard
    ? `campaign dashboard requests (bench/dashboard-fixture.ts: 1,000 creators, 10,000 posts, 300,000 snapshots, ${DASHBOARD_CLICKS.toLocaleString('en')} clicks)`
    : `stand-in dashboard requests (link stats over ${(HISTORY + sent).toLocaleString('en')} clicks; ${dashboard.error || 'bench/dashboard-fixture.ts absent'})`;
  return [
    `| ${target.kind}: max 302/s (${CONNECTIONS} connections) | ${bareRps.toFixed(0)} (${bareBefore.rps.toFixed(0)} before, ${bareAfter.rps.toFixed(0)} after) | ${lantoa.rps.toFixed(0)} | ${ratio.toFixed(2)} ${ratio >= 0.75 ? '✓' : '✗'} (target ≥ 0.75) |`,
    `| ${target.kind}: p99 at max | ${ms((bareBefore.p99 + bareAfter.p99) / 2)} | ${ms(lantoa.p99)} | |`,
    `| ${target.kind}: CPU per redirect: server / embedded database process | ${((bareBefore.cpuUs + bareAfter.cpuUs) / 2).toFixed(1)} µs | ${(cpuUs[0] ?? 0).toFixed(1)} µs / ${
      target.databaseUrl
        ? '(PostgreSQL: its own processes, not counted)'
        : `${cpuUs
            .slice(1)
            .reduce((a, b) => a + b, 0)
            .toFixed(1)} µs`
    } | |`,
    `| ${target.kind}: database caught up with the max-rate clicks after the run | | ${ms(lagMs)} | |`,
    `| ${target.kind}: p50 / p99 at half Lantoa's max (${(lantoa.rps / 2).toFixed(0)}/s) | | ${ms(half.p50)} / ${ms(half.p99)} | ${half.p99 <= 5 ? '✓' : '✗'} (p99 target ≤ 5 ms) |`,
    `| ${target.kind}: p50 / p99 at half rate while ${dashboardLabel} run one after another (${dashboard.runs} requests, mean ${ms(dashboard.meanMs)}) | | ${ms(heavy.p50)} / ${ms(heavy.p99)} | ${heavy.p99 <= 10 ? '✓' : '✗'} (p99 target ≤ 10 ms) |`,
    `| ${target.kind}: 302s counted by the client / link_clicks rows | | ${sent} / ${recorded} | ${verdict} (in flight ≤ ${inFlight}) |`,
    `| ${target.kind}: kill -9 under load: 302s received / clicks recorded after restart | | ${killed.redirects} / ${afterKill} | ${afterKill >= killed.redirects ? 'none lost' : 'LOST CLICKS'} |`,
  ];
}

async function main(): Promise<void> {
  console.log(`Redirect benchmark, ${SECONDS} s per run, same machine, same run`);
  console.log('| measure | bare node:http | Lantoa | ratio / verdict |');
  console.log('|---|---|---|---|');
  // Each database's rows are printed as soon as they are measured.
  const print = (rows: string[]) => console.log(rows.join('\n'));
  if (DATABASES.includes('pglite')) {
    const embeddedDir = mkdtempSync(path.join(tmpdir(), 'lantoa-bench-redirect-'));
    try {
      print(await benchOne({ kind: 'PGlite', dataDir: embeddedDir, databaseUrl: undefined }));
    } finally {
      rmSync(embeddedDir, { recursive: true, force: true });
    }
  }
  const postgres = DATABASES.includes('postgres') ? startPostgres() : null;
  if (postgres) {
    const database = await createDatabase(postgres.adminUrl, 'redirect');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lantoa-bench-redirect-pg-'));
    try {
      print(await benchOne({ kind: 'PostgreSQL', dataDir, databaseUrl: database.url }));
    } finally {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
      postgres.stop();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
