import type { Db } from '@lantoa/db';
import { type CommentTagRecord, campaigns, creators, posts } from '@lantoa/db/schema';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { buildCampaignSentiment, type CampaignSentimentView } from './campaign-sentiment';

export interface CampaignSentimentResponse extends CampaignSentimentView {
  /** When the newest comment was scored: the freshness shown next to the score. */
  scoredAt: string | null;
  /** Comments still waiting for the scoring job. */
  unscored: number;
  /** The configured sentiment model. */
  modelId: string;
  /** Scored comments another model scored (or scored before models were recorded): re-score to update them. */
  otherModel: number;
  creators: { id: string; name: string }[];
  posts: { id: string; url: string | null }[];
}

export type SentimentScope = { campaignId: string } | { creatorId: string } | { postId: string };

async function assertScopeExists(db: Db, workspaceId: string, scope: SentimentScope): Promise<SQL> {
  if ('campaignId' in scope) {
    const [row] = await db
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(and(eq(campaigns.id, scope.campaignId), eq(campaigns.workspaceId, workspaceId)));
    if (!row) throw AppError.notFound('Campaign');
    return sql`p.campaign_id = ${scope.campaignId}`;
  }
  if ('creatorId' in scope) {
    const [row] = await db
      .select({ id: creators.id })
      .from(creators)
      .where(and(eq(creators.id, scope.creatorId), eq(creators.workspaceId, workspaceId)));
    if (!row) throw AppError.notFound('Creator');
    return sql`p.creator_id = ${scope.creatorId}`;
  }
  const [row] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.id, scope.postId), eq(posts.workspaceId, workspaceId)));
  if (!row) throw AppError.notFound('Post');
  return sql`p.id = ${scope.postId}`;
}

/**
 * Every comment of one campaign, creator or post with what the aggregates need, days in the workspace's time zone;
 * `modelId` is the configured sentiment model, to count the comments another one scored.
 */
export async function loadSentiment(
  db: Db,
  workspaceId: string,
  scope: SentimentScope,
  modelId: string,
): Promise<CampaignSentimentResponse> {
  const inScope = await assertScopeExists(db, workspaceId, scope);
  const result = await db.execute<{
    id: string;
    post_id: string;
    post_url: string | null;
    creator_id: string;
    creator_name: string;
    text: string;
    lang: string | null;
    sentiment: 'positive' | 'neutral' | 'negative' | null;
    spam: boolean | null;
    tags: CommentTagRecord[] | null;
    day: string;
    scored_at: string | null;
    model_id: string | null;
  }>(sql`
    select c.id, c.post_id, p.url as post_url, p.creator_id, k.name as creator_name, c.text, c.lang,
           c.sentiment, c.spam, c.tags, c.scored_at::text as scored_at, c.model_id,
           to_char(coalesce(c.at, p.published_at) at time zone coalesce(w.settings->>'timezone', 'Asia/Ho_Chi_Minh'),
                   'YYYY-MM-DD') as day
    from comments c
    join posts p on p.id = c.post_id and p.workspace_id = ${workspaceId}
    join creators k on k.id = p.creator_id
    join workspaces w on w.id = c.workspace_id
    where c.workspace_id = ${workspaceId} and ${inScope}`);
  const rows = result.rows;
  const view = buildCampaignSentiment(
    rows.map((r) => ({
      id: r.id,
      postId: r.post_id,
      creatorId: r.creator_id,
      text: r.text,
      lang: r.lang,
      sentiment: r.sentiment,
      spam: r.spam,
      tags: r.tags,
      day: r.day,
    })),
  );
  const scoredTimes = rows.flatMap((r) => (r.scored_at ? [Date.parse(r.scored_at)] : []));
  return {
    ...view,
    scoredAt: scoredTimes.length > 0 ? new Date(Math.max(...scoredTimes)).toISOString() : null,
    unscored: rows.filter((r) => r.sentiment === null).length,
    modelId,
    otherModel: rows.filter((r) => r.sentiment !== null && r.model_id !== modelId).length,
    creators: [
      ...new Map(rows.map((r) => [r.creator_id, { id: r.creator_id, name: r.creator_name }])).values(),
    ],
    posts: [...new Map(rows.map((r) => [r.post_id, { id: r.post_id, url: r.post_url }])).values()],
  };
}
