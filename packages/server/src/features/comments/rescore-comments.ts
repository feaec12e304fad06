import type { Db } from '@lantoa/db';
import { sql } from 'drizzle-orm';
import type { JobQueue } from '../../jobs/job-queue';
import { loadedSentimentModel } from '../sentiment/sentiment-model';
import { COMMENT_SCORE_JOB } from './comment-score-job';

export interface RescoreResult {
  /** The model the comments will be scored with. */
  modelId: string;
  /** Comments unscored or scored by another model: what the job goes through. */
  pending: number;
  /** The scoring job, whose progress the jobs API reports; null when every comment is up to date. */
  jobId: string | null;
}

/** Comments of the workspace not scored by `modelId` (unscored ones included). */
export async function countCommentsToRescore(db: Db, workspaceId: string, modelId: string): Promise<number> {
  const result = await db.execute<{ count: number }>(sql`
    select count(*)::int as count from comments
    where workspace_id = ${workspaceId} and (scored_at is null or model_id is distinct from ${modelId})`);
  return result.rows[0]?.count ?? 0;
}

/** Queues the scoring job over every comment of the workspace the current model has not scored. */
export async function enqueueRescore(
  db: Db,
  jobs: JobQueue,
  workspaceId: string,
  createdBy: string | null,
): Promise<RescoreResult> {
  const { id: modelId } = await loadedSentimentModel();
  const pending = await countCommentsToRescore(db, workspaceId, modelId);
  if (pending === 0) return { modelId, pending, jobId: null };
  const job = await jobs.enqueue(
    COMMENT_SCORE_JOB,
    { workspaceId, rescore: true },
    { workspaceId, createdBy },
  );
  return { modelId, pending, jobId: job.id };
}
