import type { Db } from '@lantoa/db';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type LatestSnapshotColumns, latestMetrics } from './latest-snapshot-row';
import type { ZPost } from './post-schemas';

interface Row extends LatestSnapshotColumns, Record<string, unknown> {
  id: string;
  campaign_id: string | null;
  creator_id: string;
  creator_name: string | null;
  account_id: string;
  platform: string;
  external_id: string | null;
  url: string | null;
  format: string | null;
  published_at: Date;
}

/** Posts of the workspace (one post, or a campaign's) with their latest snapshot, read in one statement. */
export async function listPostsWithLatest(
  db: Db,
  workspaceId: string,
  scope: { postId?: string; campaignId?: string },
): Promise<z.input<typeof ZPost>[]> {
  const filter = scope.postId
    ? sql`AND p.id = ${scope.postId}`
    : scope.campaignId
      ? sql`AND p.campaign_id = ${scope.campaignId}`
      : sql``;
  const result = await db.execute<Row>(sql`
    SELECT p.id, p.campaign_id, p.creator_id, c.name AS creator_name, p.account_id, p.platform, p.external_id,
      p.url, p.format, p.published_at, s.at, s.views, s.reach, s.impressions, s.likes, s.comments, s.shares,
      s.saves, s.clicks
    FROM posts p
    LEFT JOIN creators c ON c.id = p.creator_id
    LEFT JOIN LATERAL (
      SELECT * FROM post_snapshots ps WHERE ps.post_id = p.id ORDER BY ps.at DESC LIMIT 1
    ) s ON true
    WHERE p.workspace_id = ${workspaceId} ${filter}
    ORDER BY p.published_at DESC, p.id
    LIMIT 2000`);
  return result.rows.map((row) => ({
    id: row.id,
    campaignId: row.campaign_id,
    creatorId: row.creator_id,
    creatorName: row.creator_name,
    accountId: row.account_id,
    platform: row.platform,
    externalId: row.external_id,
    url: row.url,
    format: row.format,
    publishedAt: new Date(row.published_at).toISOString(),
    latest: latestMetrics(row),
  }));
}
