import type { Job, JobStatus } from '../../api/types';

const FINISHED: ReadonlySet<JobStatus> = new Set(['succeeded', 'failed', 'cancelled']);

export const JOB_POLL_INTERVAL_MS = 500;

export function isJobFinished(job: Pick<Job, 'status'> | undefined): boolean {
  return job !== undefined && FINISHED.has(job.status);
}

/** How often to poll a job: every 500 ms until it finishes, then never. */
export function jobPollInterval(job: Pick<Job, 'status'> | undefined): number | false {
  return isJobFinished(job) ? false : JOB_POLL_INTERVAL_MS;
}

/** Progress to draw: a finished job is full, a queued one shows a sliver so the bar is visibly alive. */
export function displayedProgress(job: Pick<Job, 'status' | 'progress'> | undefined): number {
  if (!job) return 0;
  if (job.status === 'succeeded') return 100;
  const progress = Number.isFinite(job.progress) ? job.progress : 0;
  return Math.max(job.status === 'queued' ? 2 : 0, Math.min(100, progress));
}
