import type { KpiRange } from '@lantoa/core/kpi';
import { KPI_CATALOGUE, type KpiId, POST_METRICS } from '@lantoa/core/kpi';
import { type SQL, sql } from 'drizzle-orm';
import type { Reader } from '../kpis/reader';
import { addInput, type DashboardTotals, noteFreshness, totalsOf } from './scope-totals';

const METRIC_SET: ReadonlySet<string> = new Set(POST_METRICS);
const DEFAULT_ENGAGEMENT_SET = ['likes', 'comments', 'shares', 'saves'] as const;

/** Per-post ratio KPIs whose numerator and denominator are snapshot metrics or engagements (not followers). */
const PAIRS = KPI_CATALOGUE.flatMap((kpi) => {
  const formula = kpi.formula;
  if (formula.kind !== 'ratio' || formula.pairing !== 'per_post') return [];
  const names = [...formula.numerator, ...formula.denominator];
  if (!names.every((name) => METRIC_SET.has(name) || name === 'engagements')) return [];
  return [
    { id: kpi.id, numerator: formula.numerator as readonly string[], denominator: formula.denominator[0]! },
  ];
});

function column(name: string): SQL {
  return name === 'engagements' ? sql.raw('eng') : sql.raw(`c.${name}`);
}

/** likes + comments + … of the campaign's engagement set; NULL when the post recorded none of them. */
function engagementExpression(set: readonly string[]): SQL {
  const components = set.filter((name) => METRIC_SET.has(name));
  const parts = components.map((name) => `c.${name}`);
  return sql.raw(
    `CASE WHEN ${parts.map((p) => `${p} IS NULL`).join(' AND ')} THEN NULL ELSE ${parts.map((p) => `coalesce(${p}, 0)`).join(' + ')} END`,
  );
}

export async function loadEngagementSet(
  db: Reader,
  workspaceId: string,
  campaignId: string,
): Promise<readonly string[]> {
  const result = await db.execute<{ engagement_set: string[] | null }>(sql`
    SELECT engagement_set FROM campaign_measure_settings WHERE workspace_id = ${workspaceId} AND campaign_id = ${campaignId}`);
  const set = result.rows[0]?.engagement_set?.filter((name) => METRIC_SET.has(name));
  return set && set.length > 0 ? set : DEFAULT_ENGAGEMENT_SET;
}

/**
 * Σ of every snapshot metric per creator over the campaign's posts published in the range, each post at its newest
 * snapshot at or before the range end (the engine's rule), plus the pairwise-complete sums of the per-post ratios.
 * Reads post_latest_snapshots; only posts whose newest snapshot is after the range end look up an older one.
 */
export async function loadPostTotals(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  range: KpiRange | undefined,
  set: readonly string[],
  into: DashboardTotals,
  options: { pairs?: ReadonlySet<KpiId>; now?: number } = {},
): Promise<{ newest: string | null }> {
  const from = range?.from === undefined ? null : new Date(range.from).toISOString();
  const to = range?.to === undefined ? null : new Date(range.to).toISOString();
  const pairs = PAIRS.filter(({ id }) => options.pairs?.has(id) ?? true);
  // A range that ends now or later takes every post at its newest snapshot: no older snapshot has to be looked up.
  const olderNeeded = to !== null && (options.now === undefined || (range?.to ?? 0) < options.now);
  const metrics = sql.raw(POST_METRICS.map((name) => `l.${name}`).join(', '));
  const olderMetrics = sql.raw(POST_METRICS.map((name) => `s.${name}`).join(', '));
  const sums = POST_METRICS.map((name) => sql.raw(`sum(c.${name})::float8 AS ${name}`));
  const pairSums = pairs.flatMap(({ id, numerator, denominator }) => {
    const both = sql.join(
      [...numerator, denominator].map((name) => sql`${column(name)} IS NOT NULL`),
      sql` AND `,
    );
    const top = sql.join(
      numerator.map((name) => sql`coalesce(${column(name)}, 0)`),
      sql` + `,
    );
    return [
      sql`sum(${top}) FILTER (WHERE ${both})::float8 AS ${sql.raw(`"${id}_n"`)}`,
      sql`sum(${column(denominator)}) FILTER (WHERE ${both})::float8 AS ${sql.raw(`"${id}_d"`)}`,
      sql`count(*) FILTER (WHERE ${both})::int AS ${sql.raw(`"${id}_c"`)}`,
    ];
  });
  const olderBranch = sql`UNION ALL
      SELECT p.creator_id, s.at, ${olderMetrics}
      FROM posts p JOIN post_latest_snapshots l ON l.post_id = p.id
      CROSS JOIN LATERAL (
        SELECT * FROM post_snapshots s WHERE s.post_id = p.id AND s.at <= ${to}::timestamptz ORDER BY s.at DESC LIMIT 1
      ) s
      WHERE ${to}::timestamptz IS NOT NULL AND p.workspace_id = ${workspaceId} AND p.campaign_id = ${campaignId}
        AND (${from}::timestamptz IS NULL OR p.published_at >= ${from}::timestamptz)
        AND p.published_at <= ${to}::timestamptz AND l.at > ${to}::timestamptz`;
  const result = await db.execute<Record<string, number | string | Date | null>>(sql`
    WITH current AS (
      SELECT p.creator_id, l.at, ${metrics}
      FROM posts p JOIN post_latest_snapshots l ON l.post_id = p.id
      WHERE p.workspace_id = ${workspaceId} AND p.campaign_id = ${campaignId}
        AND (${from}::timestamptz IS NULL OR p.published_at >= ${from}::timestamptz)
        AND (${to}::timestamptz IS NULL OR p.published_at <= ${to}::timestamptz)
        AND (${to}::timestamptz IS NULL OR l.at <= ${to}::timestamptz)
      ${olderNeeded ? sql`${olderBranch}` : sql``}
    ), scored AS (
      SELECT c.*, ${engagementExpression(set)} AS eng FROM current c
    )
    SELECT c.creator_id, count(*)::int AS posts, max(c.at) AS newest,
      ${sql.join([...sums, sql`sum(eng)::float8 AS engagements`, ...pairSums], sql`, `)}
    FROM scored c GROUP BY c.creator_id`);
  let newest: string | null = null;
  for (const row of result.rows) {
    if (row.newest) {
      const at = new Date(row.newest).toISOString();
      if (newest === null || at > newest) newest = at;
    }
    const creator = totalsOf(into.creators, String(row.creator_id));
    for (const scope of [into.campaign, creator]) {
      for (const name of [...POST_METRICS, 'engagements'] as const) addInput(scope, name, num(row[name]));
      for (const { id } of pairs) addPair(scope, id, row);
      noteFreshness(scope, row.newest as Date | null);
    }
  }
  return { newest };
}

function num(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

function addPair(scope: DashboardTotals['campaign'], id: KpiId, row: Record<string, unknown>): void {
  const pair = scope.pairs[id] ?? { numerator: 0, denominator: 0, posts: 0 };
  const posts = Number(row[`${id}_c`] ?? 0);
  if (posts > 0) {
    pair.numerator += Number(row[`${id}_n`]);
    pair.denominator += Number(row[`${id}_d`]);
    pair.posts += posts;
  }
  scope.pairs[id] = pair;
}
