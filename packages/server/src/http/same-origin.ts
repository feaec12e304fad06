import type { FastifyRequest } from 'fastify';
import { AppError } from './app-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Cookie-authenticated writes must come from Lantoa's own pages (CSRF defence); API keys are not affected. */
export function assertSameOrigin(request: FastifyRequest, publicUrl: string): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    throw new AppError('forbidden', 'Cross-site requests cannot change data');
  }
  if (!origin) return;
  const allowed = new Set([new URL(publicUrl).origin, `${request.protocol}://${request.headers.host}`]);
  if (!allowed.has(origin)) throw new AppError('forbidden', `Requests from ${origin} cannot change data`);
}
