import type { TierThresholds } from '@lantoa/core/tiers';
import type { Db } from '@lantoa/db';
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../http/contexts';
import { workspaceTierThresholds } from './workspace-tier-thresholds';

export interface RefreshScope {
  /** Only these creators; all of the workspace when omitted. */
  creatorIds?: string[];
}

/**
 * Recomputes the derived search columns (platforms, largest follower count and its tier, ER by followers of the
 * primary account — the largest, ties by id, as the profile's vetting picks it — as a ratio of sums over each of its
 * posts' latest snapshot, fee range from the rate card) in one statement. Quality and risk
 * are left as they are: they are written by vetting.
 */
export async function refreshCreatorStats(
  db: Db | Tx,
  workspaceId: string,
  scope: RefreshScope = {},
  /** The workspace's own tier thresholds (Settings) when omitted. */
  given?: TierThresholds,
): Promise<number> {
  if (scope.creatorIds && scope.creatorIds.length === 0) return 0;
  const thresholds = given ?? (await workspaceTierThresholds(db, workspaceId));
  const only = scope.creatorIds ? sql`AND c.id = ANY(${sql.param(scope.creatorIds)}::uuid[])` : sql``;
  const result = await db.execute(sql`
    INSERT INTO creator_stats
      (creator_id, workspace_id, platforms, followers, tier, engagement_rate, posts_count, fee_min, fee_max, computed_at)
    SELECT c.id, c.workspace_id, acc.platforms, acc.followers,
      ${tierSql(sql`acc.followers`, thresholds)},
      er.rate, coalesce(er.posts, 0), fee.min_fee, fee.max_fee, now()
    FROM creators c
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(DISTINCT a.platform ORDER BY a.platform), '{}') AS platforms,
        max(a.followers) AS followers
      FROM creator_accounts a WHERE a.creator_id = c.id
    ) acc
    LEFT JOIN LATERAL (
      SELECT a.id, a.followers FROM creator_accounts a WHERE a.creator_id = c.id
      ORDER BY a.followers DESC NULLS LAST, a.id LIMIT 1
    ) prim ON true
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS posts,
        100.0 * sum(coalesce(ls.likes, 0) + coalesce(ls.comments, 0) + coalesce(ls.shares, 0) + coalesce(ls.saves, 0))
          FILTER (WHERE p.account_id = prim.id AND prim.followers > 0 AND ls.has_engagement)
          / nullif(sum(prim.followers) FILTER (WHERE p.account_id = prim.id AND prim.followers > 0 AND ls.has_engagement), 0) AS rate
      FROM posts p
      JOIN LATERAL (
        SELECT s.likes, s.comments, s.shares, s.saves,
          (s.likes IS NOT NULL OR s.comments IS NOT NULL OR s.shares IS NOT NULL OR s.saves IS NOT NULL) AS has_engagement
        FROM post_snapshots s WHERE s.post_id = p.id ORDER BY s.at DESC LIMIT 1
      ) ls ON true
      WHERE p.creator_id = c.id
    ) er
    CROSS JOIN LATERAL (
      SELECT min((item->>'amount')::bigint) AS min_fee, max((item->>'amount')::bigint) AS max_fee
      FROM jsonb_array_elements(c.rate_card) item
    ) fee
    WHERE c.workspace_id = ${workspaceId} ${only}
    ON CONFLICT (creator_id) DO UPDATE SET
      platforms = excluded.platforms, followers = excluded.followers, tier = excluded.tier,
      engagement_rate = excluded.engagement_rate, posts_count = excluded.posts_count,
      fee_min = excluded.fee_min, fee_max = excluded.fee_max, computed_at = excluded.computed_at
  `);
  return result.rowCount ?? 0;
}

/** The tier of a follower count under the given thresholds, as SQL (NULL when the count is missing). */
export function tierSql(followers: SQL, thresholds: TierThresholds): SQL {
  return sql`CASE
    WHEN ${followers} IS NULL THEN NULL
    WHEN ${followers} >= ${thresholds.mega} THEN 'mega'
    WHEN ${followers} >= ${thresholds.macro} THEN 'macro'
    WHEN ${followers} >= ${thresholds.micro} THEN 'micro'
    WHEN ${followers} >= ${thresholds.nano} THEN 'nano'
    ELSE 'koc'
  END`;
}
