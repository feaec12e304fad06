import { z } from 'zod';
import type { JobHandler } from '../../jobs/job-queue';
import type { Logger } from '../../logger';
import type { Mailer } from '../../mail/mailer';
import { runReminderScan } from './reminder-scan';

export const REMINDER_JOB = 'reminders.scan';

/** The reminder pass as a job, for running it on demand (the ticker runs it on its own every few minutes). */
export function reminderJobHandler(deps: {
  mailer: Mailer;
  publicUrl: string;
  log: Logger;
}): JobHandler<object> {
  return {
    type: REMINDER_JOB,
    parse: (payload) => z.object({}).parse(payload),
    run: async (ctx) => {
      await ctx.progress(10, 'Đang quét hạn nộp nội dung');
      return runReminderScan({ ...deps, db: ctx.db });
    },
  };
}
