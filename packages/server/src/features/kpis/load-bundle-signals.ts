import type { CampaignBundle } from '@lantoa/core/bundle';
import type { KpiRange } from '@lantoa/core/kpi';
import {
  comments,
  npsAnswers,
  posts,
  responseTimeEntries,
  sentimentEntries,
  siteAnalyticsEntries,
} from '@lantoa/db/schema';
import { and, asc, eq, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import type { CreatorKeyOf } from './load-bundle-conversions';
import { inRange } from './range-filter';
import type { Reader } from './reader';

type Bundle = CampaignBundle;

export async function loadSiteAnalytics(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  range: KpiRange | undefined,
  creatorKey: CreatorKeyOf,
): Promise<Bundle['site_analytics']> {
  const rows = await db
    .select()
    .from(siteAnalyticsEntries)
    .where(
      and(
        eq(siteAnalyticsEntries.workspaceId, workspaceId),
        eq(siteAnalyticsEntries.campaignId, campaignId),
        inRange(siteAnalyticsEntries.at, range, true),
      ),
    )
    .orderBy(
      asc(siteAnalyticsEntries.position),
      asc(siteAnalyticsEntries.createdAt),
      asc(siteAnalyticsEntries.id),
    );
  if (rows.length === 0) return undefined;
  return rows.map((row) => {
    const creator = creatorKey(row.creatorId);
    return {
      ...(creator === undefined ? {} : { creator }),
      ...(row.at ? { at: row.at.toISOString() } : {}),
      sessions: row.sessions,
      bounces: row.bounces,
      time_on_page_s: row.timeOnPageS,
    };
  });
}

/**
 * Scored, non-spam Vietnamese or English comments on the campaign's posts (written in the range; a comment without a time takes its
 * post's) plus sentiment entered as totals. Absent when there is neither.
 */
export async function loadSentiment(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  range: KpiRange | undefined,
): Promise<Bundle['sentiment']> {
  const commentTime = sql`coalesce(${comments.at}, ${posts.publishedAt})`;
  const scored = await db
    .select({ sentiment: comments.sentiment, count: sql<number>`count(*)::int` })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(
      and(
        eq(comments.workspaceId, workspaceId),
        eq(posts.campaignId, campaignId),
        isNotNull(comments.sentiment),
        or(isNull(comments.spam), ne(comments.spam, true)),
        // The model's labels for languages other than Vietnamese and English are unreliable (model card).
        sql`${comments.lang} is distinct from 'other'`,
        range?.from === undefined ? undefined : sql`${commentTime} >= ${new Date(range.from)}`,
        range?.to === undefined ? undefined : sql`${commentTime} <= ${new Date(range.to)}`,
      ),
    )
    .groupBy(comments.sentiment);
  const entries = await db
    .select({
      positive: sql<number>`sum(${sentimentEntries.positive})::float8`,
      neutral: sql<number>`sum(${sentimentEntries.neutral})::float8`,
      negative: sql<number>`sum(${sentimentEntries.negative})::float8`,
      rows: sql<number>`count(*)::int`,
    })
    .from(sentimentEntries)
    .where(
      and(
        eq(sentimentEntries.workspaceId, workspaceId),
        eq(sentimentEntries.campaignId, campaignId),
        inRange(sentimentEntries.at, range, true),
      ),
    );
  const totals = entries[0];
  if (scored.length === 0 && !totals?.rows) return undefined;
  const counts = { positive: 0, neutral: 0, negative: 0 };
  for (const row of scored) if (row.sentiment) counts[row.sentiment] += row.count;
  if (totals?.rows) {
    counts.positive += totals.positive;
    counts.neutral += totals.neutral;
    counts.negative += totals.negative;
  }
  return counts;
}

export async function loadNpsAnswers(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  range: KpiRange | undefined,
): Promise<Bundle['nps_answers']> {
  const rows = await db
    .select({ score: npsAnswers.score })
    .from(npsAnswers)
    .where(
      and(
        eq(npsAnswers.workspaceId, workspaceId),
        eq(npsAnswers.campaignId, campaignId),
        inRange(npsAnswers.at, range, true),
      ),
    )
    .orderBy(asc(npsAnswers.position), asc(npsAnswers.createdAt), asc(npsAnswers.id));
  return rows.length ? rows.map((row) => row.score) : undefined;
}

export async function loadResponseTimes(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  range: KpiRange | undefined,
): Promise<Bundle['response_times']> {
  const rows = await db
    .select({ inboundAt: responseTimeEntries.inboundAt, firstReplyAt: responseTimeEntries.firstReplyAt })
    .from(responseTimeEntries)
    .where(
      and(
        eq(responseTimeEntries.workspaceId, workspaceId),
        eq(responseTimeEntries.campaignId, campaignId),
        inRange(responseTimeEntries.inboundAt, range),
      ),
    )
    .orderBy(
      asc(responseTimeEntries.position),
      asc(responseTimeEntries.inboundAt),
      asc(responseTimeEntries.id),
    );
  if (rows.length === 0) return undefined;
  return rows.map((row) => ({
    inbound_at: row.inboundAt.toISOString(),
    first_reply_at: row.firstReplyAt ? row.firstReplyAt.toISOString() : null,
  }));
}
