import { openDatabase, runMigrations } from '@lantoa/db';
import { createAuth } from './auth/create-auth';
import type { Config } from './env';
import { runContractAlertScan } from './features/contracts/contract-alert-scan';
import { createRedirector } from './features/redirector/redirector';
import { REMINDER_JOB, reminderJobHandler } from './features/reminders/reminder-job';
import { runReminderScan } from './features/reminders/reminder-scan';
import { withReminderTicker } from './features/reminders/reminder-ticker';
import { createDatabaseJobQueue } from './jobs/database-job-queue';
import { createInlineJobQueue } from './jobs/inline-job-queue';
import { jobHandlers } from './jobs/job-handlers';
import type { JobHandler } from './jobs/job-queue';
import type { Logger } from './logger';
import { createMailer } from './mail/mailer';
import { loadOrCreateSecrets } from './secrets';
import type { Services } from './services';

export interface RuntimeOptions {
  /** `database`: jobs are stored and polled (consumed here when `consumeJobs`); `inline`: run before enqueue returns (tests). */
  jobsDriver: 'database' | 'inline';
  consumeJobs: boolean;
}

/** Opens the database (applying migrations; a failure stops start-up), then wires every service. */
export async function createServices(
  config: Config,
  log: Logger,
  options: RuntimeOptions,
): Promise<Services> {
  const secrets = loadOrCreateSecrets(config.dataDir, config.authSecret);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  });
  try {
    await runMigrations(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  const { db } = database;
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, log });
  const auth = createAuth({ db, secret: secrets.authSecret, publicUrl: config.publicUrl, mailer, log });
  const handlers = jobHandlers();
  const reminderDeps = { db, mailer, publicUrl: config.publicUrl, log };
  handlers.set(REMINDER_JOB, reminderJobHandler(reminderDeps) as JobHandler);
  const queue =
    options.jobsDriver === 'inline'
      ? createInlineJobQueue({ db, handlers, log })
      : createDatabaseJobQueue({
          db,
          handlers,
          log,
          concurrency: config.jobsConcurrency,
          consume: options.consumeJobs,
        });
  // Reminders (D5) tick wherever jobs are consumed: the server by default, or `npm run worker`.
  const jobs =
    options.jobsDriver === 'database' && options.consumeJobs
      ? withReminderTicker(
          queue,
          () => Promise.all([runReminderScan(reminderDeps), runContractAlertScan(reminderDeps)]),
          log,
        )
      : queue;
  const redirector = createRedirector({
    dataDir: config.dataDir,
    pool: database.pool,
    visitorSalt: secrets.visitorSalt,
    log,
  });
  // Clicks journaled by a process that died (even by kill -9) reach the database before we serve again.
  await redirector.recorder.start();
  return { config, secrets, database, db, auth, jobs, mailer, log, redirector };
}

export async function closeServices(services: Services): Promise<void> {
  await services.jobs.stop();
  await services.redirector.recorder.stop();
  await services.database.close();
}
