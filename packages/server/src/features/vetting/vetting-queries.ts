import type { Db } from '@lantoa/db';
import { sql } from 'drizzle-orm';

export interface PostRow {
  id: string;
  accountId: string;
  platform: string;
  url: string | null;
  caption: string | null;
  publishedAt: Date;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
}

/** The creator's posts with their latest snapshot (the post's current value), newest first. */
export async function loadPosts(
  db: Db,
  workspaceId: string,
  creatorId: string,
  limit = 500,
): Promise<PostRow[]> {
  const result = await db.execute<Record<string, unknown>>(sql`
    SELECT p.id, p.account_id, p.platform, p.url, p.caption, p.published_at,
      ls.views, ls.likes, ls.comments, ls.shares, ls.saves
    FROM posts p
    LEFT JOIN LATERAL (
      SELECT s.views, s.likes, s.comments, s.shares, s.saves FROM post_snapshots s
      WHERE s.post_id = p.id ORDER BY s.at DESC LIMIT 1
    ) ls ON true
    WHERE p.workspace_id = ${workspaceId} AND p.creator_id = ${creatorId}
    ORDER BY p.published_at DESC LIMIT ${limit}`);
  return result.rows.map((row) => ({
    id: String(row.id),
    accountId: String(row.account_id),
    platform: String(row.platform),
    url: row.url === null ? null : String(row.url),
    caption: row.caption === null ? null : String(row.caption),
    publishedAt: new Date(String(row.published_at)),
    views: num(row.views),
    likes: num(row.likes),
    comments: num(row.comments),
    shares: num(row.shares),
    saves: num(row.saves),
  }));
}

export interface CommentRow {
  id: string;
  postId: string;
  author: string | null;
  text: string;
  sentiment: string | null;
}

export async function loadComments(
  db: Db,
  workspaceId: string,
  creatorId: string,
  limit = 5000,
): Promise<CommentRow[]> {
  const result = await db.execute<Record<string, unknown>>(sql`
    SELECT c.id, c.post_id, c.author, c.text, c.sentiment FROM comments c
    JOIN posts p ON p.id = c.post_id
    WHERE c.workspace_id = ${workspaceId} AND p.creator_id = ${creatorId}
    ORDER BY p.published_at DESC LIMIT ${limit}`);
  return result.rows.map((row) => ({
    id: String(row.id),
    postId: String(row.post_id),
    author: row.author === null ? null : String(row.author),
    text: String(row.text),
    sentiment: row.sentiment === null ? null : String(row.sentiment),
  }));
}

export interface SnapshotRow {
  accountId: string;
  at: Date;
  followers: number;
}

export async function loadFollowerHistory(
  db: Db,
  workspaceId: string,
  creatorId: string,
): Promise<SnapshotRow[]> {
  const result = await db.execute<Record<string, unknown>>(sql`
    SELECT s.account_id, s.at, s.followers FROM follower_snapshots s
    JOIN creator_accounts a ON a.id = s.account_id
    WHERE s.workspace_id = ${workspaceId} AND a.creator_id = ${creatorId}
    ORDER BY s.at`);
  return result.rows.map((row) => ({
    accountId: String(row.account_id),
    at: new Date(String(row.at)),
    followers: Number(row.followers),
  }));
}

/** likes / comments of other accounts on the same platform within the same follower range (the peers). */
export async function loadPeerLikeCommentRatios(
  db: Db,
  workspaceId: string,
  creatorId: string,
  platform: string,
  range: { min: number; max: number | null },
): Promise<number[]> {
  const upper = range.max === null ? sql`` : sql`AND a.followers < ${range.max}`;
  const result = await db.execute<{ ratio: number }>(sql`
    SELECT sum(ls.likes)::float8 / nullif(sum(ls.comments), 0) AS ratio
    FROM creator_accounts a
    JOIN posts p ON p.account_id = a.id
    JOIN LATERAL (
      SELECT s.likes, s.comments FROM post_snapshots s WHERE s.post_id = p.id ORDER BY s.at DESC LIMIT 1
    ) ls ON ls.likes IS NOT NULL AND ls.comments IS NOT NULL
    WHERE a.workspace_id = ${workspaceId} AND a.creator_id <> ${creatorId} AND a.platform = ${platform}
      AND a.followers >= ${range.min} ${upper}
    GROUP BY a.id HAVING sum(ls.comments) > 0 LIMIT 500`);
  return result.rows.map((row) => Number(row.ratio)).filter(Number.isFinite);
}

/** ER of every creator of the workspace that has one (for the workspace percentile). */
export async function loadWorkspaceErs(db: Db, workspaceId: string): Promise<number[]> {
  const result = await db.execute<{ er: number }>(sql`
    SELECT engagement_rate AS er FROM creator_stats
    WHERE workspace_id = ${workspaceId} AND engagement_rate IS NOT NULL`);
  return result.rows.map((row) => Number(row.er));
}

export interface PastCampaignRow {
  id: string;
  name: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  fee: number | null;
  posts: number;
}

export async function loadPastCampaigns(
  db: Db,
  workspaceId: string,
  creatorId: string,
): Promise<PastCampaignRow[]> {
  const result = await db.execute<Record<string, unknown>>(sql`
    SELECT c.id, c.name, c.status, to_char(c.start_date, 'YYYY-MM-DD') AS start_date,
      to_char(c.end_date, 'YYYY-MM-DD') AS end_date, cc.fee,
      (SELECT count(*)::int FROM posts p WHERE p.campaign_id = c.id AND p.creator_id = ${creatorId}) AS posts
    FROM campaign_creators cc JOIN campaigns c ON c.id = cc.campaign_id
    WHERE cc.workspace_id = ${workspaceId} AND cc.creator_id = ${creatorId}
    ORDER BY c.start_date DESC NULLS LAST`);
  return result.rows.map((row) => ({
    id: String(row.id),
    name: String(row.name),
    status: String(row.status),
    startDate: row.start_date === null ? null : String(row.start_date),
    endDate: row.end_date === null ? null : String(row.end_date),
    fee: num(row.fee),
    posts: Number(row.posts),
  }));
}

function num(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
