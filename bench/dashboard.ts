/**
 * Dashboard KPI API speed on a campaign of 1,000 creators, 10,000 posts, 300,000 snapshots and 5,000,000 clicks
 * (bench/dashboard-fixture.ts), on the embedded database (PGlite) and on PostgreSQL (BENCH_DATABASE_URL, or a
 * throwaway cluster from scripts/throwaway-postgres.sh). Measures p50/p95 of GET …/dashboard?compare=previous over
 * BENCH_REQUESTS (default 40) requests through the real app, against the targets (≤ 600 ms PGlite, ≤ 150 ms
 * PostgreSQL), and, for scale, one read through the full KPI engine (computeCampaignKpis) of the same campaign.
 * Run: node --import tsx bench/dashboard.ts   (BENCH_TARGETS=pglite or postgres to run one)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeCampaignKpis } from '../packages/server/src/features/kpis/compute-campaign-kpis';
import { dashboardPath, FULL_SIZE, seedDashboardCampaign } from './dashboard-fixture';
import { openBenchWorld } from './lib/bench-world';

const REQUESTS = Math.max(30, Number(process.env.BENCH_REQUESTS ?? 40));
const repoRoot = path.resolve(import.meta.dirname, '..');

interface Target {
  kind: 'PGlite (embedded)' | 'PostgreSQL';
  databaseUrl?: string;
  targetMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function run(target: Target): Promise<string[]> {
  const { app, services, workspaceId, headers, close } = await openBenchWorld({
    databaseUrl: target.databaseUrl,
    jobs: 'inline',
    dataDirPrefix: 'lantoa-bench-dashboard-',
  });
  try {
    const seedStarted = performance.now();
    const seeded = await seedDashboardCampaign(services.database.pool, workspaceId, FULL_SIZE);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const counts = await services.database.pool.query(
      `SELECT
      (SELECT count(*) FROM posts WHERE campaign_id = $1)::int AS posts,
      (SELECT count(*) FROM post_snapshots s JOIN posts p ON p.id = s.post_id WHERE p.campaign_id = $1)::int AS snapshots,
      (SELECT count(*) FROM link_clicks k JOIN tracked_links l ON l.id = k.link_id WHERE l.campaign_id = $1)::int AS clicks,
      (SELECT count(*) FROM campaign_creators WHERE campaign_id = $1)::int AS creators`,
      [seeded.campaignId],
    );

    const url = dashboardPath(workspaceId, seeded.campaignId);
    for (let i = 0; i < 5; i++) {
      const warm = await app.inject({ method: 'GET', url, headers });
      if (warm.statusCode !== 200)
        throw new Error(`dashboard answered ${warm.statusCode}: ${warm.body.slice(0, 300)}`);
    }
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      const response = await app.inject({ method: 'GET', url, headers });
      times.push(performance.now() - started);
      if (response.statusCode !== 200) throw new Error(`dashboard answered ${response.statusCode}`);
    }
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    // Baseline in the same run: a route that reads one row (the workspace), so a busy machine shows.
    const baseline: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      const response = await app.inject({ method: 'GET', url: `/api/v1/workspaces/${workspaceId}`, headers });
      baseline.push(performance.now() - started);
      if (response.statusCode !== 200) throw new Error(`baseline answered ${response.statusCode}`);
    }
    baseline.sort((a, b) => a - b);

    const engineStarted = performance.now();
    await computeCampaignKpis(services.db, workspaceId, seeded.campaignId, { perCreator: true });
    const engineMs = performance.now() - engineStarted;

    const c = counts.rows[0];
    const phases = Object.entries(seeded.timings)
      .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
      .join(', ');
    return [
      `| ${target.kind}: seed (${c.creators} creators, ${c.posts} posts, ${c.snapshots} snapshots, ${c.clicks} clicks) | ${seedSeconds.toFixed(0)} s (${phases}) | | |`,
      `| ${target.kind}: dashboard API p50 / p95 / max over ${REQUESTS} requests | ${ms(percentile(times, 50))} / ${ms(p95)} / ${ms(times.at(-1)!)} | ≤ ${target.targetMs} ms | p95 = ${(p95 / target.targetMs).toFixed(2)} × target ${p95 <= target.targetMs ? '✓' : '✗'} |`,
      `| ${target.kind}: baseline, GET /api/v1/workspaces/:id p50 / p95 (same run) | ${ms(percentile(baseline, 50))} / ${ms(percentile(baseline, 95))} | | dashboard p95 = ${(p95 / percentile(baseline, 95)).toFixed(0)} × baseline p95 |`,
      `| ${target.kind}: the same campaign through the full KPI engine (computeCampaignKpis, once) | ${ms(engineMs)} | | ${(engineMs / percentile(times, 50)).toFixed(0)} × the dashboard's p50 |`,
    ];
  } finally {
    await close();
  }
}

async function main(): Promise<void> {
  const wanted = (process.env.BENCH_TARGETS ?? 'pglite,postgres').split(',');
  const lines: string[] = ['| measure | figure | target | ratio |', '|---|---|---|---|'];
  if (wanted.includes('pglite')) lines.push(...(await run({ kind: 'PGlite (embedded)', targetMs: 600 })));
  if (wanted.includes('postgres')) {
    let databaseUrl = process.env.BENCH_DATABASE_URL;
    const dir = databaseUrl ? undefined : mkdtempSync(path.join(tmpdir(), 'lantoa-bench-pg-'));
    const script = path.join(repoRoot, 'scripts/throwaway-postgres.sh');
    if (dir) {
      const started = spawnSync('bash', [script, 'start', dir], { encoding: 'utf8' });
      if (started.status !== 0) throw new Error(`throwaway PostgreSQL: ${started.stderr}`);
      databaseUrl = started.stdout.trim();
    }
    try {
      lines.push(...(await run({ kind: 'PostgreSQL', databaseUrl: databaseUrl!, targetMs: 150 })));
    } finally {
      if (dir) spawnSync('bash', [script, 'stop', dir]);
    }
  }
  console.log(lines.join('\n'));
}

await main();
