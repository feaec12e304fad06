import { jobs } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseJobQueue } from '../src/jobs/database-job-queue';
import { retryDelayMs } from '../src/jobs/execute-job';
import { createInlineJobQueue } from '../src/jobs/inline-job-queue';
import type { JobHandler } from '../src/jobs/job-queue';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function flakyHandler(failures: number): JobHandler<{ n: number }> & { calls: number } {
  const handler = {
    type: 'test.flaky',
    calls: 0,
    parse: (payload: unknown) => payload as { n: number },
    async run({ payload, progress }: Parameters<JobHandler<{ n: number }>['run']>[0]) {
      handler.calls++;
      await progress(50, 'nửa chặng');
      if (handler.calls <= failures) throw new Error(`thất bại lần ${handler.calls}`);
      return { doubled: payload.n * 2 };
    },
  };
  return handler;
}

async function jobRow(id: string) {
  const [row] = await t.services.db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

describe('inline job driver', () => {
  it('stores the job and retries it to success before enqueue returns', async () => {
    const handler = flakyHandler(2);
    const queue = createInlineJobQueue({
      db: t.services.db,
      handlers: new Map([[handler.type, handler as JobHandler]]),
      log: t.services.log,
    });
    const job = await queue.enqueue('test.flaky', { n: 21 }, { workspaceId: null });
    const row = await jobRow(job.id);
    expect(row).toMatchObject({ status: 'succeeded', attempts: 3, progress: 100, result: { doubled: 42 } });
  });

  it('marks a job failed after its last attempt, keeping the error', async () => {
    const handler = flakyHandler(10);
    const queue = createInlineJobQueue({
      db: t.services.db,
      handlers: new Map([[handler.type, handler as JobHandler]]),
      log: t.services.log,
    });
    const job = await queue.enqueue('test.flaky', { n: 1 }, { workspaceId: null, maxAttempts: 2 });
    expect(await jobRow(job.id)).toMatchObject({ status: 'failed', attempts: 2, error: 'thất bại lần 2' });
  });
});

describe('database job driver', () => {
  it('runs queued jobs in the background and schedules retries with back-off', async () => {
    const handler = flakyHandler(1);
    const queue = createDatabaseJobQueue({
      db: t.services.db,
      handlers: new Map([[handler.type, handler as JobHandler]]),
      log: t.services.log,
      concurrency: 1,
      consume: true,
    });
    queue.start();
    const job = await queue.enqueue('test.flaky', { n: 5 }, { workspaceId: null });
    let row = await jobRow(job.id);
    for (let i = 0; i < 100 && !(row?.status === 'queued' && row.attempts === 1); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      row = await jobRow(job.id);
    }
    expect(row).toMatchObject({ status: 'queued', attempts: 1, error: 'thất bại lần 1' });
    expect(row?.runAt.getTime()).toBeGreaterThan(Date.now() + retryDelayMs(1) - 1000);

    await t.services.db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.id, job.id));
    for (let i = 0; i < 50 && row?.status !== 'succeeded'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      row = await jobRow(job.id);
    }
    await queue.stop();
    expect(row).toMatchObject({ status: 'succeeded', attempts: 2, result: { doubled: 10 } });
  });

  it('doubles the back-off per attempt up to a cap', () => {
    expect(retryDelayMs(1)).toBe(2000);
    expect(retryDelayMs(2)).toBe(4000);
    expect(retryDelayMs(3)).toBe(8000);
    expect(retryDelayMs(30)).toBe(600_000);
  });
});
