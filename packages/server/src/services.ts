import type { Database, Db } from '@lantoa/db';
import type { Auth } from './auth/create-auth';
import type { Config } from './env';
import type { Redirector } from './features/redirector/redirector';
import type { JobQueue } from './jobs/job-queue';
import type { Logger } from './logger';
import type { Mailer } from './mail/mailer';
import type { Secrets } from './secrets';

/** Infrastructure handed to routes and jobs; built once at start (or per test) and passed in, never imported. */
export interface Services {
  config: Config;
  secrets: Secrets;
  database: Database;
  db: Db;
  auth: Auth;
  jobs: JobQueue;
  mailer: Mailer;
  log: Logger;
  redirector: Redirector;
}
