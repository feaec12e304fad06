import type { Db } from '@lantoa/db';
import { sql } from 'drizzle-orm';
import type { Logger } from '../logger';
import { claimNextJob } from './claim-job';
import { insertJob } from './database-job-queue';
import { executeJob, type JobHandlers } from './execute-job';
import type { JobQueue } from './job-queue';

/**
 * Test driver: the job is stored like any other, then run to completion (retries included, without waiting for
 * back-off) before `enqueue` returns, so tests observe the final state deterministically.
 */
export function createInlineJobQueue(options: { db: Db; handlers: JobHandlers; log: Logger }): JobQueue {
  const { db, handlers, log } = options;
  return {
    driver: 'inline',
    async enqueue(type, payload, enqueueOptions) {
      const row = await insertJob(db, type, payload, { ...enqueueOptions, runAt: new Date(0) });
      for (;;) {
        const job = await claimNextJob(db, 'inline', row.id);
        if (!job) break;
        const outcome = await executeJob(db, handlers, { ...job }, log);
        if (outcome !== 'retry') break;
        await db.execute(sql`update jobs set run_at = now() where id = ${row.id}`);
      }
      return row;
    },
    start() {},
    async stop() {},
  };
}
