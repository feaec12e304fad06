import type { Db } from '@lantoa/db';
import { sql } from 'drizzle-orm';
import type { JobRow } from './job-queue';

const LOCK_SECONDS = 300;

type RawJob = {
  id: string;
};

/**
 * Atomically takes the next due job (or a running one whose worker vanished past its lock) for `workerId`.
 * `FOR UPDATE SKIP LOCKED` lets several workers poll the same table safely on PostgreSQL.
 */
export async function claimNextJob(db: Db, workerId: string, onlyId?: string): Promise<JobRow | null> {
  const filter = onlyId ? sql`and id = ${onlyId}` : sql``;
  const result = await db.execute<RawJob>(sql`
    update jobs set status = 'running', attempts = attempts + 1, locked_by = ${workerId},
      locked_until = now() + make_interval(secs => ${LOCK_SECONDS}), started_at = coalesce(started_at, now())
    where id = (
      select id from jobs
      where ((status = 'queued' and run_at <= now()) or (status = 'running' and locked_until < now())) ${filter}
      order by run_at
      for update skip locked
      limit 1
    )
    returning id`);
  const id = result.rows[0]?.id;
  if (!id) return null;
  const row = await db.query.jobs.findFirst({ where: (jobs, { eq }) => eq(jobs.id, id) });
  return row ?? null;
}
