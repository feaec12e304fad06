import type { JobQueue } from '../../jobs/job-queue';
import type { Logger } from '../../logger';

export const REMINDER_INTERVAL_MS = 5 * 60_000;

/**
 * Runs `scan` shortly after the job queue starts and then every few minutes, never two at once. Wraps the queue
 * so the server and `npm run worker` start and stop it with their jobs. Several processes may scan: the
 * notifications' dedupe key keeps each reminder single.
 */
export function withReminderTicker(
  jobs: JobQueue,
  scan: () => Promise<unknown>,
  log: Logger,
  intervalMs = REMINDER_INTERVAL_MS,
): JobQueue {
  let timer: NodeJS.Timeout | undefined;
  let first: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = scan()
      .catch((error: unknown) => log.error({ err: error }, 'reminder scan failed'))
      .finally(() => {
        running = null;
      });
  };
  return {
    driver: jobs.driver,
    enqueue: (type, payload, options) => jobs.enqueue(type, payload, options),
    start() {
      jobs.start();
      first = setTimeout(tick, 10_000);
      timer = setInterval(tick, intervalMs);
      first.unref();
      timer.unref();
    },
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
      await jobs.stop();
    },
  };
}
