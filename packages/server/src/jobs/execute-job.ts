import type { Db } from '@lantoa/db';
import { jobs } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import type { Logger } from '../logger';
import type { JobHandler, JobRow } from './job-queue';

const PROGRESS_WRITE_INTERVAL_MS = 250;
const BASE_BACKOFF_MS = 2_000;
const MAX_BACKOFF_MS = 10 * 60_000;

export type JobHandlers = ReadonlyMap<string, JobHandler>;

export function retryDelayMs(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempt - 1));
}

/** Runs one claimed job to success, a scheduled retry, or final failure, recording each outcome. */
export async function executeJob(
  db: Db,
  handlers: JobHandlers,
  job: JobRow,
  log: Logger,
): Promise<'succeeded' | 'retry' | 'failed'> {
  const jobLog = log.child({ jobId: job.id, jobType: job.type, attempt: job.attempts });
  const handler = handlers.get(job.type);
  if (!handler) {
    await finish(db, job.id, { status: 'failed', error: `no handler for job type "${job.type}"` });
    return 'failed';
  }
  let lastWrite = 0;
  const progress = async (percent: number, message: string): Promise<void> => {
    const now = Date.now();
    if (percent < 100 && now - lastWrite < PROGRESS_WRITE_INTERVAL_MS) return;
    lastWrite = now;
    const clamped = Math.max(0, Math.min(100, Math.round(percent)));
    await db.update(jobs).set({ progress: clamped, message }).where(eq(jobs.id, job.id));
  };
  try {
    const payload = handler.parse(job.payload);
    const result = await handler.run({ job, payload, db, log: jobLog, progress });
    await finish(db, job.id, { status: 'succeeded', progress: 100, result: result ?? null, error: null });
    jobLog.info('job succeeded');
    return 'succeeded';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (job.attempts < job.maxAttempts) {
      const runAt = new Date(Date.now() + retryDelayMs(job.attempts));
      await db
        .update(jobs)
        .set({ status: 'queued', error: message, runAt, lockedBy: null, lockedUntil: null })
        .where(eq(jobs.id, job.id));
      jobLog.warn({ err: error, retryAt: runAt }, 'job failed; will retry');
      return 'retry';
    }
    await finish(db, job.id, { status: 'failed', error: message });
    jobLog.error({ err: error }, 'job failed for good');
    return 'failed';
  }
}

async function finish(db: Db, id: string, values: Partial<typeof jobs.$inferInsert>): Promise<void> {
  await db
    .update(jobs)
    .set({ ...values, finishedAt: new Date(), lockedBy: null, lockedUntil: null })
    .where(eq(jobs.id, id));
}
