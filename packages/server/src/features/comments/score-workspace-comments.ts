import { DEFAULT_SEEDING_WINDOW_MS, seedingRingKey } from '@lantoa/core/intent';
import type { SentimentModel } from '@lantoa/core/sentiment';
import type { Db } from '@lantoa/db';
import { type SQL, sql } from 'drizzle-orm';
import { type BatchScores, type CommentToScore, scoreBatch } from './score-batch';

export const SCORE_BATCH_SIZE = 1000;

export interface ScoringResult {
  scored: number;
  spam: number;
  /** Comments scored before that a seeding ring found in this run now includes (flagged as spam too). */
  earlierRingMembers: number;
  campaignIds: string[];
}

export interface ScoringOptions {
  /** Id of `model` (`sentimentModelId`), stored with each score. */
  modelId: string;
  /** Also re-score the comments another model (or no recorded model) scored. */
  rescore?: boolean;
}

type CommentRow = { id: string; author: string | null; text: string; at: number; scope: string };

const toScore = (row: CommentRow): CommentToScore => ({ ...row, at: Number(row.at) });

function pendingFilter(workspaceId: string, options: ScoringOptions): SQL {
  return options.rescore
    ? sql`c.workspace_id = ${workspaceId} and (c.scored_at is null or c.model_id is distinct from ${options.modelId})`
    : sql`c.workspace_id = ${workspaceId} and c.scored_at is null`;
}

const commentColumns = sql`c.id, c.author, c.text,
  (extract(epoch from coalesce(c.at, c.created_at)) * 1000)::float8 as at,
  coalesce(p.campaign_id, p.id)::text as scope`;

async function nextBatch(db: Db, pending: SQL): Promise<CommentToScore[]> {
  const result = await db.execute<CommentRow>(sql`
    select ${commentColumns} from comments c join posts p on p.id = c.post_id
    where ${pending}
    order by c.post_id, c.id
    limit ${SCORE_BATCH_SIZE}`);
  return result.rows.map(toScore);
}

/** Already-scored comments that could form a seeding ring with the batch: same ring key and scope, close in time. */
async function ringCandidates(
  db: Db,
  workspaceId: string,
  batch: readonly CommentToScore[],
  keys: readonly string[],
): Promise<CommentToScore[]> {
  if (keys.length === 0) return [];
  const times = batch.map((comment) => comment.at ?? 0);
  // A ring chains comments each within one window of the previous; four windows either side bounds the read.
  const from = new Date(Math.min(...times) - DEFAULT_SEEDING_WINDOW_MS * 4);
  const to = new Date(Math.max(...times) + DEFAULT_SEEDING_WINDOW_MS * 4);
  const scopes = [...new Set(batch.map((comment) => comment.scope ?? ''))];
  const result = await db.execute<CommentRow>(sql`
    select ${commentColumns} from comments c join posts p on p.id = c.post_id
    where c.workspace_id = ${workspaceId} and c.scored_at is not null
      and c.ring_key = any(${sql.param(keys)}::text[])
      and coalesce(p.campaign_id, p.id)::text = any(${sql.param(scopes)}::text[])
      and coalesce(c.at, c.created_at) between ${from.toISOString()}::timestamptz and ${to.toISOString()}::timestamptz`);
  return result.rows.map(toScore);
}

async function storeScores(db: Db, workspaceId: string, modelId: string, scored: BatchScores): Promise<void> {
  await db.execute(sql`
    update comments c set
      lang = v.lang, sentiment = v.sentiment, sentiment_score = v.score,
      tags = v.tags, spam = v.spam, ring_key = v.ring_key, model_id = ${modelId}, scored_at = now()
    from jsonb_to_recordset(${JSON.stringify(
      scored.scores.map((s) => ({
        id: s.id,
        lang: s.lang,
        sentiment: s.sentiment,
        score: s.sentimentScore,
        tags: s.tags,
        spam: s.spam,
        ring_key: s.ringKey,
      })),
    )}::jsonb) as v(id uuid, lang text, sentiment text, score double precision, tags jsonb, spam boolean,
                    ring_key text)
    where c.id = v.id and c.workspace_id = ${workspaceId}`);
  if (scored.earlierRingMembers.length === 0) return;
  await db.execute(sql`
    update comments c set tags = coalesce(c.tags, '[]'::jsonb) || jsonb_build_array(v.tag), spam = true
    from jsonb_to_recordset(${JSON.stringify(scored.earlierRingMembers)}::jsonb) as v(id uuid, tag jsonb)
    where c.id = v.id and c.workspace_id = ${workspaceId}
      and not coalesce(c.tags, '[]'::jsonb) @> '[{"kind": "seeding_ring"}]'::jsonb`);
}

/**
 * Scores every not-yet-scored comment of a workspace (with `rescore`, also those another model scored) in batches
 * of one UPDATE each, reporting progress; returns the campaigns whose comments changed so their alerts can be
 * re-checked.
 */
export async function scoreWorkspaceComments(
  db: Db,
  workspaceId: string,
  model: SentimentModel,
  progress: (percent: number, message: string) => Promise<void>,
  options: ScoringOptions,
): Promise<ScoringResult> {
  const pending = pendingFilter(workspaceId, options);
  const counted = await db.execute<{ count: number }>(sql`
    select count(*)::int as count from comments c where ${pending}`);
  const total = counted.rows[0]?.count ?? 0;
  const campaigns = await db.execute<{ campaign_id: string }>(sql`
    select distinct p.campaign_id from comments c join posts p on p.id = c.post_id
    where ${pending} and p.campaign_id is not null`);
  const result: ScoringResult = {
    scored: 0,
    spam: 0,
    earlierRingMembers: 0,
    campaignIds: campaigns.rows.map((row) => row.campaign_id),
  };
  await progress(1, `Đang chấm ${total} bình luận…`);
  for (let batch = await nextBatch(db, pending); batch.length > 0; batch = await nextBatch(db, pending)) {
    const keys = [...new Set(batch.flatMap((comment) => seedingRingKey(comment.text) ?? []))];
    const scored = scoreBatch(model, batch, await ringCandidates(db, workspaceId, batch, keys));
    await storeScores(db, workspaceId, options.modelId, scored);
    result.scored += scored.scores.length;
    result.spam += scored.scores.filter((s) => s.spam).length;
    result.earlierRingMembers += scored.earlierRingMembers.length;
    const percent = total > 0 ? Math.min(99, Math.round((result.scored / total) * 100)) : 99;
    await progress(percent, `Đã chấm ${result.scored}/${total} bình luận`);
  }
  return result;
}
