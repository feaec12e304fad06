import { loadEnv } from '@lantoa/server/env';
import { createLogger } from '@lantoa/server/logger';
import { closeServices, createServices } from '@lantoa/server/runtime';
import type { Services } from '@lantoa/server/services';

/** Opens this installation's services; tests pass their own (a test database). */
export type OpenServices = () => Promise<Services>;

/**
 * The database of this installation, configured as for the server (DATABASE_URL, or the embedded database in
 * DATA_DIR; stop the server first when it uses the embedded one). Jobs run inline; nothing is consumed.
 */
export const openInstallationServices: OpenServices = async () => {
  const config = loadEnv();
  return createServices(config, createLogger({ ...config, logLevel: 'warn' }), {
    jobsDriver: 'inline',
    consumeJobs: false,
  });
};

/** Runs `work` with open services and always closes them (the embedded database holds a lock until then). */
export async function withServices<T>(
  open: OpenServices,
  work: (services: Services) => Promise<T>,
): Promise<T> {
  const services = await open();
  try {
    return await work(services);
  } finally {
    await closeServices(services);
  }
}
