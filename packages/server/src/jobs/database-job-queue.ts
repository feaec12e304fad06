import { randomUUID } from 'node:crypto';
import type { Db } from '@lantoa/db';
import { jobs } from '@lantoa/db/schema';
import type { Logger } from '../logger';
import { claimNextJob } from './claim-job';
import { executeJob, type JobHandlers } from './execute-job';
import type { EnqueueOptions, JobQueue, JobRow } from './job-queue';

const POLL_INTERVAL_MS = 500;

export async function insertJob(
  db: Db,
  type: string,
  payload: unknown,
  options: EnqueueOptions,
): Promise<JobRow> {
  const [row] = await db
    .insert(jobs)
    .values({
      type,
      payload: payload ?? {},
      workspaceId: options.workspaceId,
      createdBy: options.createdBy ?? null,
      maxAttempts: options.maxAttempts ?? 3,
      runAt: options.runAt ?? new Date(),
    })
    .returning();
  if (!row) throw new Error('job insert returned no row');
  return row;
}

/** Polls the jobs table; `consume: false` makes a producer-only queue (a separate worker process runs the jobs). */
export function createDatabaseJobQueue(options: {
  db: Db;
  handlers: JobHandlers;
  log: Logger;
  concurrency: number;
  consume: boolean;
}): JobQueue {
  const { db, handlers, log, concurrency } = options;
  const workerId = `worker-${randomUUID().slice(0, 8)}`;
  const running = new Set<Promise<unknown>>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;
  let polling = false;

  const poll = async (): Promise<void> => {
    if (stopped || polling) return;
    polling = true;
    try {
      while (!stopped && running.size < concurrency) {
        const job = await claimNextJob(db, workerId);
        if (!job) break;
        const task = executeJob(db, handlers, job, log).finally(() => {
          running.delete(task);
          void poll();
        });
        running.add(task);
      }
    } catch (error) {
      log.error({ err: error }, 'job polling failed');
    } finally {
      polling = false;
    }
  };

  return {
    driver: 'database',
    async enqueue(type, payload, enqueueOptions) {
      const row = await insertJob(db, type, payload, enqueueOptions);
      if (options.consume) void poll();
      return row;
    },
    start() {
      if (!options.consume || !stopped) return;
      stopped = false;
      timer = setInterval(() => void poll(), POLL_INTERVAL_MS);
      void poll();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await Promise.allSettled([...running]);
    },
  };
}
