import { buildApp } from './app';
import { EnvError, loadEnv } from './env';
import { createLogger } from './logger';
import { closeServices, createServices } from './runtime';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadEnv>;
  try {
    config = loadEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config);
  const startedAt = Date.now();
  const services = await createServices(config, log, {
    jobsDriver: 'database',
    consumeJobs: config.jobsInProcess,
  });
  const app = await buildApp(services);
  await app.listen({ port: config.port, host: config.host });
  services.jobs.start();
  log.info(
    {
      database: services.database.kind,
      dataDir: config.dataDir,
      jobsInProcess: config.jobsInProcess,
      startupMs: Date.now() - startedAt,
    },
    `Lantoa is ready at ${config.publicUrl}`,
  );

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      log.error('shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    await app.close();
    await closeServices(services);
    log.info('stopped cleanly');
    log.flush();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Lantoa failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
