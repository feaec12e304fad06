import { commentScoreJobHandler } from '../features/comments/comment-score-job';
import { refreshCreatorStatsJobHandler } from '../features/creators/refresh-stats-job';
import { demoJobHandler } from '../features/demo/demo-job';
import { importRowsJobHandler } from '../features/imports/import-job';
import type { JobHandler } from './job-queue';

/** Every background job type Lantoa knows. */
export function jobHandlers(): Map<string, JobHandler> {
  const handlers: JobHandler[] = [
    refreshCreatorStatsJobHandler as JobHandler,
    demoJobHandler as JobHandler,
    importRowsJobHandler as JobHandler,
    commentScoreJobHandler as JobHandler,
  ];
  return new Map(handlers.map((handler) => [handler.type, handler]));
}
