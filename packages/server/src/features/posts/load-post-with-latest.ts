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

/** One post of the workspace with its latest snapshot (none when the post is another workspace's). */
export async function loadPostWithLatest(
  db: Db,
  workspaceId: string,
  postId: string,
): Promise<z.input<typeof ZPost> | undefined> {
  const result = await db.execute<Row>(sql`
    SELECT p.id, p.campaign_id, p.creator_id, c.name AS creator_name, p.account_id, p.platform, p.external_id,
      p.url, p.format, p.published_at, s.at, s.views, s.reach, s.impressions, s.likes, s.comments, s.shares,
      s.saves, s.clicks
    FROM posts p
    LEFT JOIN creators c ON c.id = p.creator_id
    LEFT JOIN LATERAL (
      SELECT * FROM post_snapshots ps WHERE ps.post_id = p.id ORDER BY ps.at DESC LIMIT 1
    ) s ON true
    WHERE p.workspace_id = ${workspaceId} AND p.id = ${postId}`);
  const row = result.rows[0];
  if (!row) return undefined;
  return {
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
  };
}
