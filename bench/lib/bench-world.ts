import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../packages/server/src/app';
import { parseEnv } from '../../packages/server/src/env';
import { createLogger } from '../../packages/server/src/logger';
import { closeServices, createServices } from '../../packages/server/src/runtime';
import type { Services } from '../../packages/server/src/services';

export const BENCH_PUBLIC_URL = 'http://localhost:3000';

export interface BenchWorld {
  app: FastifyInstance;
  services: Services;
  workspaceId: string;
  /** `/api/v1/workspaces/<id>` */
  ws: string;
  /** A signed-in owner's cookie (and the origin the CSRF check wants). */
  headers: Record<string, string>;
  kind: 'PostgreSQL' | 'PGlite (embedded)';
  close(): Promise<void>;
}

/**
 * A real Lantoa app, requests through `app.inject`, on a fresh database (embedded PGlite, or `databaseUrl`) with a
 * signed-in owner of one workspace. `jobs: 'database'` runs jobs as the server does (polled, in process);
 * `'inline'` runs each job inside the request that enqueues it.
 */
export async function openBenchWorld(options: {
  databaseUrl?: string;
  jobs: 'inline' | 'database';
  dataDirPrefix?: string;
}): Promise<BenchWorld> {
  const dataDir = mkdtempSync(path.join(tmpdir(), options.dataDirPrefix ?? 'lantoa-bench-'));
  const config = parseEnv({
    DATA_DIR: dataDir,
    PUBLIC_URL: BENCH_PUBLIC_URL,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    WEB_DIST_DIR: '/nonexistent',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
  });
  const services = await createServices(config, createLogger(config), {
    jobsDriver: options.jobs,
    consumeJobs: options.jobs === 'database',
  });
  const app = await buildApp(services);
  const close = async () => {
    await app.close();
    await closeServices(services);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await app.ready();
    if (options.jobs === 'database') services.jobs.start();
    const signUp = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { name: 'Bench', email: `bench-${Date.now()}@example.vn`, password: 'mat-khau-rat-dai-2026' },
    });
    const raw = signUp.headers['set-cookie'];
    const cookie = (Array.isArray(raw) ? raw : [raw ?? '']).map((c) => c.split(';')[0]).join('; ');
    const headers = { cookie, origin: BENCH_PUBLIC_URL };
    const workspace = await app.inject({
      method: 'POST',
      url: '/api/v1/workspaces',
      headers,
      payload: { name: 'Bench' },
    });
    const workspaceId = String(workspace.json().id);
    return {
      app,
      services,
      workspaceId,
      ws: `/api/v1/workspaces/${workspaceId}`,
      headers,
      kind: options.databaseUrl ? 'PostgreSQL' : 'PGlite (embedded)',
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
