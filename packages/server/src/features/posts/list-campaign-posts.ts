import type { Db } from '@lantoa/db';
import { type SQL, sql } from 'drizzle-orm';
import { foldedSearchWords, foldSql } from './fold-sql';
import {
  type CampaignPostsQuery,
  decodePostCursor,
  encodePostCursor,
  type PostSortKey,
} from './post-list-query';
import { type PostPageRow, toCampaignPost } from './post-page-row';
import type { CampaignPost } from './post-schemas';

/** The column of the `base` rows each sort reads, and its SQL type (the cursor keeps the value as text). */
const SORT_COLUMN: Record<PostSortKey, { column: string; type: string }> = {
  publishedAt: { column: 'published_at', type: 'timestamptz' },
  creator: { column: 'creator_sort', type: 'text' },
  views: { column: 'views', type: 'int8' },
  likes: { column: 'likes', type: 'int8' },
  comments: { column: 'comments', type: 'int8' },
  shares: { column: 'shares', type: 'int8' },
  saves: { column: 'saves', type: 'int8' },
  engagements: { column: 'engagements', type: 'int8' },
  er: { column: 'er', type: 'float8' },
  erViews: { column: 'er_views', type: 'float8' },
  freshness: { column: 'at', type: 'timestamptz' },
};

/**
 * Each follower snapshot with the span of publish times it is the nearest snapshot for: after the midpoint with the
 * previous snapshot, up to and including the midpoint with the next (a tie goes to the earlier snapshot, as in the
 * KPI engine). One range join then gives every post its followers, instead of one lookup per post.
 */
const followerRanges = (accounts: SQL) => sql`
  SELECT fs.account_id, fs.followers,
    fs.at - (fs.at - lag(fs.at) OVER w) / 2 AS after_at,
    fs.at + (lead(fs.at) OVER w - fs.at) / 2 AS until_at
  FROM follower_snapshots fs
  WHERE fs.account_id IN (${accounts})
  WINDOW w AS (PARTITION BY fs.account_id ORDER BY fs.at)`;

const inRange = (ranges: string, post: string) =>
  sql.raw(`${ranges}.account_id = ${post}.account_id
    AND (${ranges}.after_at IS NULL OR ${post}.published_at > ${ranges}.after_at)
    AND (${ranges}.until_at IS NULL OR ${post}.published_at <= ${ranges}.until_at)`);

const ENGAGEMENTS =
  sql.raw(`CASE WHEN l.likes IS NULL AND l.comments IS NULL AND l.shares IS NULL AND l.saves IS NULL
  THEN NULL ELSE coalesce(l.likes, 0) + coalesce(l.comments, 0) + coalesce(l.shares, 0) + coalesce(l.saves, 0) END`);

export type PostScope = { campaignId: string } | { postId: string };

/**
 * One page of posts with their latest snapshot (from `post_latest_snapshots`), ER, the deliverable they fulfil and
 * their comment counts. Keyset-paginated on (sort value, id) with missing values last, so every page costs the same.
 */
export async function listCampaignPosts(
  db: Db,
  workspaceId: string,
  scope: PostScope,
  query: CampaignPostsQuery,
): Promise<{ items: CampaignPost[]; nextCursor: string | null }> {
  const sort = SORT_COLUMN[query.sort];
  const filters = filtersOf(workspaceId, scope, query);
  const sortValue = sql.raw(`b.${sort.column}`);
  const direction = sql.raw(query.dir === 'asc' ? 'ASC' : 'DESC');
  const keyset = query.cursor ? keysetAfter(query, sort) : sql`true`;
  const needsFollowers = query.sort === 'er';
  const result = await db.execute<PostPageRow>(sql`
    WITH base AS (
      SELECT p.id, p.campaign_id, p.creator_id, p.account_id, p.platform, p.external_id, p.url, p.format,
        p.caption, p.published_at, c.name AS creator_name, lower(c.name) AS creator_sort, a.handle,
        l.at, l.views, l.reach, l.impressions, l.likes, l.comments, l.shares, l.saves, l.clicks,
        ${ENGAGEMENTS} AS engagements,
        ${needsFollowers ? sql`coalesce(fr.followers, a.followers)` : sql`NULL::int8`} AS sort_followers
      FROM posts p
      JOIN creators c ON c.id = p.creator_id
      JOIN creator_accounts a ON a.id = p.account_id
      LEFT JOIN post_latest_snapshots l ON l.post_id = p.id
      ${
        needsFollowers
          ? sql`LEFT JOIN (${followerRanges(sql`SELECT sp.account_id FROM posts sp WHERE ${scopeOf(workspaceId, scope, 'sp')}`)}) fr ON ${inRange('fr', 'p')}`
          : sql``
      }
      WHERE ${sql.join(filters, sql` AND `)}
    ), rated AS (
      SELECT base.*,
        CASE WHEN sort_followers > 0 THEN engagements * 100.0 / sort_followers END::float8 AS er,
        CASE WHEN views > 0 THEN engagements * 100.0 / views END::float8 AS er_views
      FROM base
    ), page AS (
      SELECT b.*, ${sortValue}::text AS sort_text FROM rated b
      WHERE ${keyset}
      ORDER BY ${sortValue} ${direction} NULLS LAST, b.id
      LIMIT ${query.limit + 1}
    )
    SELECT page.*, coalesce(fr.followers, a.followers) AS followers,
      d.id AS deliverable_id, d.title AS deliverable_title, d.status AS deliverable_status,
      cs.comment_count, cs.positive, cs.neutral, cs.negative
    FROM page
    JOIN creator_accounts a ON a.id = page.account_id
    LEFT JOIN (${followerRanges(sql`SELECT account_id FROM page`)}) fr ON ${inRange('fr', 'page')}
    LEFT JOIN (
      SELECT DISTINCT ON (dl.post_id) dl.post_id, dl.id, dl.title, dl.status FROM deliverables dl
      WHERE dl.workspace_id = ${workspaceId} AND dl.post_id IN (SELECT id FROM page)
      ORDER BY dl.post_id, dl.created_at
    ) d ON d.post_id = page.id
    LEFT JOIN LATERAL (
      SELECT count(*)::int8 AS comment_count,
        count(*) FILTER (WHERE cm.sentiment = 'positive' AND cm.spam IS NOT TRUE)::int8 AS positive,
        count(*) FILTER (WHERE cm.sentiment = 'neutral' AND cm.spam IS NOT TRUE)::int8 AS neutral,
        count(*) FILTER (WHERE cm.sentiment = 'negative' AND cm.spam IS NOT TRUE)::int8 AS negative
      FROM comments cm WHERE cm.post_id = page.id
    ) cs ON true
    ORDER BY page.${sql.raw(sort.column)} ${direction} NULLS LAST, page.id`);
  const rows = result.rows.slice(0, query.limit);
  const last = rows.at(-1);
  const nextCursor =
    result.rows.length > query.limit && last
      ? encodePostCursor({ sort: query.sort, dir: query.dir, value: last.sort_text, id: last.id })
      : null;
  return { items: rows.map(toCampaignPost), nextCursor };
}

/** How many posts match the filters (asked once, with the first page). */
export async function countCampaignPosts(
  db: Db,
  workspaceId: string,
  scope: PostScope,
  query: CampaignPostsQuery,
): Promise<number> {
  const result = await db.execute<{ total: number }>(sql`
    SELECT count(*)::int8 AS total FROM posts p
    JOIN creators c ON c.id = p.creator_id
    JOIN creator_accounts a ON a.id = p.account_id
    WHERE ${sql.join(filtersOf(workspaceId, scope, query), sql` AND `)}`);
  return result.rows[0]?.total ?? 0;
}

function scopeOf(workspaceId: string, scope: PostScope, alias: string): SQL {
  const post = sql.raw(alias);
  return 'postId' in scope
    ? sql`${post}.workspace_id = ${workspaceId} AND ${post}.id = ${scope.postId}`
    : sql`${post}.workspace_id = ${workspaceId} AND ${post}.campaign_id = ${scope.campaignId}`;
}

function filtersOf(workspaceId: string, scope: PostScope, query: CampaignPostsQuery): SQL[] {
  const filters: SQL[] = [scopeOf(workspaceId, scope, 'p')];
  if (query.creatorId) filters.push(sql`p.creator_id = ${query.creatorId}`);
  if (query.platform) filters.push(sql`p.platform = ${query.platform}`);
  for (const word of foldedSearchWords(query.q)) {
    const pattern = `%${word}%`;
    filters.push(sql`(${foldSql(sql`c.name`)} LIKE ${pattern} OR lower(a.handle) LIKE ${pattern}
      OR ${foldSql(sql`coalesce(p.caption, '')`)} LIKE ${pattern} OR lower(coalesce(p.url, '')) LIKE ${pattern})`);
  }
  return filters;
}

/** Rows after the cursor in `ORDER BY value <dir> NULLS LAST, id`. */
function keysetAfter(query: CampaignPostsQuery, sort: { column: string; type: string }): SQL {
  const cursor = decodePostCursor(query.cursor ?? '', query.sort, query.dir);
  const value = sql.raw(`b.${sort.column}`);
  const after = sql`${cursor.id}::uuid`;
  if (cursor.value === null) return sql`(${value} IS NULL AND b.id > ${after})`;
  const bound = sql`${cursor.value}::${sql.raw(sort.type)}`;
  const beyond = query.dir === 'asc' ? sql`${value} > ${bound}` : sql`${value} < ${bound}`;
  return sql`(${beyond} OR (${value} = ${bound} AND b.id > ${after}) OR ${value} IS NULL)`;
}
