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
    const { refreshVettingScores } = await import('../vetting/refresh-vetting-scores');
    const counts = await insertDemoData(db, payload.workspaceId, (percent, message) =>
      progress(Math.round(percent * 0.7), message),
    );
    // The demo comments arrive unscored: score them in the same job so the workspace is ready when it ends.
    const scoring = await commentScoreJobHandler.run({
      ...ctx,
      progress: (percent, message) => progress(70 + Math.round(percent * 0.15), message),
    });
    // Quality and risk read the scored comments; written now, search filters and the optimiser see every creator.
    const vetted = await refreshVettingScores(db, payload.workspaceId, new Date(), (done, total) =>
      progress(
        85 + Math.round((15 * done) / total),
        `Đang đánh giá chất lượng và rủi ro: ${done}/${total} nhà sáng tạo`,
      ),
    );
    return { ...counts, scoring, vetted };
  },
};
