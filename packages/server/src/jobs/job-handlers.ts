import { commentScoreJobHandler } from '../features/comments/comment-score-job';
import { demoJobHandler } from '../features/demo/demo-job';
import { importCreatorsJobHandler } from '../features/imports/import-creators-job';
import type { JobHandler } from './job-queue';

/** Every background job type Lantoa knows. */
export function jobHandlers(): Map<string, JobHandler> {
  const handlers: JobHandler[] = [
    demoJobHandler as JobHandler,
    importCreatorsJobHandler as JobHandler,
    commentScoreJobHandler as JobHandler,
  ];
  return new Map(handlers.map((handler) => [handler.type, handler]));
}
