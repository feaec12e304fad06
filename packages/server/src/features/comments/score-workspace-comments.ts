import type { SentimentModel } from '@lantoa/core/sentiment';
import type { Db } from '@lantoa/db';
import { sql } from 'drizzle-orm';
import { type CommentToScore, scoreBatch } from './score-batch';

export const SCORE_BATCH_SIZE = 1000;

export interface ScoringResult {
  scored: number;
  spam: number;
  campaignIds: string[];
}

async function nextBatch(db: Db, workspaceId: string): Promise<CommentToScore[]> {
  const result = await db.execute<{ id: string; author: string | null; text: string }>(sql`
    select id, author, text from comments
    where workspace_id = ${workspaceId} and scored_at is null
    order by post_id, id
    limit ${SCORE_BATCH_SIZE}`);
  return result.rows;
}

/**
 * Scores every not-yet-scored comment of a workspace in batches (each batch is one UPDATE), reporting
 * progress; returns the campaigns whose comments changed so their alerts can be re-checked.
 */
export async function scoreWorkspaceComments(
  db: Db,
  workspaceId: string,
  model: SentimentModel,
  progress: (percent: number, message: string) => Promise<void>,
): Promise<ScoringResult> {
  const pending = await db.execute<{ count: number }>(sql`
    select count(*)::int as count from comments where workspace_id = ${workspaceId} and scored_at is null`);
  const total = pending.rows[0]?.count ?? 0;
  const campaigns = await db.execute<{ campaign_id: string }>(sql`
    select distinct p.campaign_id from comments c join posts p on p.id = c.post_id
    where c.workspace_id = ${workspaceId} and c.scored_at is null and p.campaign_id is not null`);
  let scored = 0;
  let spam = 0;
  await progress(1, `Đang chấm ${total} bình luận…`);
  for (
    let batch = await nextBatch(db, workspaceId);
    batch.length > 0;
    batch = await nextBatch(db, workspaceId)
  ) {
    const scores = scoreBatch(model, batch);
    await db.execute(sql`
      update comments c set
        lang = v.lang, sentiment = v.sentiment, sentiment_score = v.score,
        tags = v.tags, spam = v.spam, scored_at = now()
      from jsonb_to_recordset(${JSON.stringify(
        scores.map((s) => ({
          id: s.id,
          lang: s.lang,
          sentiment: s.sentiment,
          score: s.sentimentScore,
          tags: s.tags,
          spam: s.spam,
        })),
      )}::jsonb) as v(id uuid, lang text, sentiment text, score double precision, tags jsonb, spam boolean)
      where c.id = v.id and c.workspace_id = ${workspaceId}`);
    scored += scores.length;
    spam += scores.filter((s) => s.spam).length;
    const percent = total > 0 ? Math.min(99, Math.round((scored / total) * 100)) : 99;
    await progress(percent, `Đã chấm ${scored}/${total} bình luận`);
  }
  return { scored, spam, campaignIds: campaigns.rows.map((row) => row.campaign_id) };
}
