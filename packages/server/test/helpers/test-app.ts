import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app';
import { parseEnv } from '../../src/env';
import { createLogger } from '../../src/logger';
import { closeServices, createServices } from '../../src/runtime';
import type { Services } from '../../src/services';
import { createTestDatabase } from './test-database';

export const PUBLIC_URL = 'http://localhost:3000';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  close(): Promise<void>;
  request(options: InjectOptions & { as?: Session }): Promise<LightMyRequestResponse>;
  signUp(name: string, email: string, password?: string): Promise<Session>;
}

export interface Session {
  cookie?: string;
  apiKey?: string;
  email?: string;
}

export const TEST_PASSWORD = 'mat-khau-rat-dai-2026';

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = parseEnv({
    DATA_DIR: database.dataDir,
    PUBLIC_URL,
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    WEB_DIST_DIR: '/nonexistent',
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    ...env,
  });
  const log = createLogger(config);
  const services = await createServices(config, log, { jobsDriver: 'inline', consumeJobs: false });
  const app = await buildApp(services);
  await app.ready();

  const request: TestApp['request'] = ({ as, headers, ...options }) =>
    app.inject({
      ...options,
      headers: {
        ...(as?.cookie ? { cookie: as.cookie } : {}),
        ...(as?.apiKey ? { authorization: `Bearer ${as.apiKey}` } : {}),
        ...headers,
      },
    });

  return {
    app,
    services,
    request,
    async signUp(name, email, password = TEST_PASSWORD) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        payload: { name, email, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
      return { cookie: cookieHeader(response), email };
    },
    async close() {
      await app.close();
      await closeServices(services);
      await database.drop();
    },
  };
}

export function cookieHeader(response: LightMyRequestResponse): string {
  const raw = response.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((cookie) => cookie.split(';')[0]).join('; ');
}
