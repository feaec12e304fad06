import { EnvError, loadEnv } from './env';
import { createLogger } from './logger';
import { closeServices, createServices } from './runtime';

/** A separate job worker (`npm run worker`); needs DATABASE_URL because the embedded database has one connection. */
async function main(): Promise<void> {
  const config = loadEnv();
  if (!config.databaseUrl) {
    throw new EnvError(
      'A separate worker needs DATABASE_URL (PostgreSQL). With the embedded database, jobs run inside the server.',
    );
  }
  const log = createLogger(config).child({ role: 'worker' });
  const services = await createServices(config, log, { jobsDriver: 'database', consumeJobs: true });
  services.jobs.start();
  log.info({ concurrency: config.jobsConcurrency }, 'worker is polling for jobs');
  const shutdown = async (): Promise<void> => {
    log.info('worker stopping: waiting for running jobs');
    await closeServices(services);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Lantoa worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
