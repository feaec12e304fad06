import type { Db } from '@lantoa/db';
import { comments, creators, posts } from '@lantoa/db/schema';
import { and, desc, eq, isNull, not, or, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { CommentView, ListCommentsQuery } from './comment-schemas';

interface Cursor {
  at: string;
  id: string;
}

const sortTime = sql<Date>`coalesce(${comments.at}, ${comments.createdAt})`;

function decodeCursor(cursor: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'at' in parsed &&
      'id' in parsed &&
      typeof parsed.at === 'string' &&
      typeof parsed.id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(parsed.id) &&
      !Number.isNaN(Date.parse(parsed.at))
    ) {
      return { at: parsed.at, id: parsed.id };
    }
  } catch {
    // falls through to the error below
  }
  throw new AppError('validation_failed', 'Invalid cursor', [
    { path: 'query.cursor', message: 'not a cursor returned by this route' },
  ]);
}

function filtersOf(workspaceId: string, query: ListCommentsQuery): SQL[] {
  const filters: SQL[] = [eq(comments.workspaceId, workspaceId)];
  if (query.campaignId) filters.push(eq(posts.campaignId, query.campaignId));
  if (query.creatorId) filters.push(eq(posts.creatorId, query.creatorId));
  if (query.postId) filters.push(eq(comments.postId, query.postId));
  if (query.sentiment) filters.push(eq(comments.sentiment, query.sentiment));
  if (query.intent) filters.push(sql`${comments.tags} @> ${JSON.stringify([{ tag: query.intent }])}::jsonb`);
  if (query.spam === 'true') filters.push(eq(comments.spam, true));
  if (query.spam === 'false') filters.push(or(isNull(comments.spam), not(eq(comments.spam, true))) as SQL);
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    const at = sql`${cursor.at}::timestamptz`;
    filters.push(sql`(${sortTime} < ${at} or (${sortTime} = ${at} and ${comments.id} < ${cursor.id}::uuid))`);
  }
  return filters;
}

/**
 * One page of a workspace's comments, newest first, with post and creator context and whether `currentModelId`
 * (the configured sentiment model) gave their scores.
 */
export async function listComments(
  db: Db,
  workspaceId: string,
  query: ListCommentsQuery,
  currentModelId: string,
): Promise<{ items: CommentView[]; nextCursor: string | null }> {
  const rows = await db
    .select({
      comment: comments,
      postUrl: posts.url,
      campaignId: posts.campaignId,
      creatorId: posts.creatorId,
      creatorName: creators.name,
      sortAt: sql<string>`to_char(${sortTime} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(comments)
    .innerJoin(posts, and(eq(posts.id, comments.postId), eq(posts.workspaceId, workspaceId)))
    .innerJoin(creators, eq(creators.id, posts.creatorId))
    .where(and(...filtersOf(workspaceId, query)))
    .orderBy(desc(sortTime), desc(comments.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? Buffer.from(JSON.stringify({ at: last.sortAt, id: last.comment.id })).toString('base64url')
      : null;
  return {
    items: page.map(({ comment: c, postUrl, campaignId, creatorId, creatorName }) => ({
      id: c.id,
      postId: c.postId,
      postUrl,
      campaignId,
      creatorId,
      creatorName,
      externalId: c.externalId,
      author: c.author,
      text: c.text,
      at: c.at ? c.at.toISOString() : null,
      likes: c.likes,
      replyTo: c.replyTo,
      lang: c.lang,
      sentiment: c.sentiment,
      sentimentScore: c.sentimentScore,
      tags: c.tags,
      spam: c.spam,
      scoredAt: c.scoredAt ? c.scoredAt.toISOString() : null,
      modelId: c.modelId,
      scoredByCurrentModel: c.scoredAt ? c.modelId === currentModelId : null,
    })),
    nextCursor,
  };
}
