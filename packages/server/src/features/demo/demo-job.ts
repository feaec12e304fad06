import { z } from 'zod';
import type { JobHandler } from '../../jobs/job-queue';

export const DEMO_JOB = 'demo.load';

const ZDemoPayload = z.object({ workspaceId: z.uuid() });

export const demoJobHandler: JobHandler<z.infer<typeof ZDemoPayload>> = {
  type: DEMO_JOB,
  parse: (payload) => ZDemoPayload.parse(payload),
  run: async (ctx) => {
    const { insertDemoData } = await import('./insert-demo-data');
    const { commentScoreJobHandler } = await import('../comments/comment-score-job');
    const { db, payload, progress } = ctx;
    const counts = await insertDemoData(db, payload.workspaceId, (percent, message) =>
      progress(Math.round(percent * 0.8), message),
    );
    // The demo comments arrive unscored: score them in the same job so the workspace is ready when it ends.
    const scoring = await commentScoreJobHandler.run({
      ...ctx,
      progress: (percent, message) => progress(80 + Math.round(percent * 0.2), message),
    });
    return { ...counts, scoring };
  },
};
