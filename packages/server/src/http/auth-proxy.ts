import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../services';
import { AppError } from './app-error';

const RATE_LIMITED_PATHS = ['/api/auth/sign-in/', '/api/auth/sign-up/', '/api/auth/request-password-reset'];

function isRateLimited(request: FastifyRequest): boolean {
  return RATE_LIMITED_PATHS.some((path) => request.url.startsWith(path));
}

/** Hands `/api/auth/*` to better-auth (sign-up, sign-in, sessions, password reset), rate-limiting the guessable parts. */
export function registerAuthProxy(app: FastifyInstance, services: Services): void {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    config: {
      rateLimit: {
        max: services.config.authRateLimitPerMinute,
        timeWindow: 60_000,
        allowList: (request: FastifyRequest) => !isRateLimited(request),
        errorResponseBuilder: (_request: FastifyRequest, context: { after: string }) =>
          new AppError('rate_limited', `Too many attempts; try again in ${context.after}`),
      },
    },
    handler: async (request, reply) => {
      const headers = new Headers();
      for (const [key, value] of Object.entries(request.headers)) {
        if (value === undefined) continue;
        for (const item of Array.isArray(value) ? value : [value]) headers.append(key, item);
      }
      const hasBody = request.method !== 'GET' && request.body !== undefined;
      const response = await services.auth.handler(
        new Request(new URL(request.url, services.config.publicUrl), {
          method: request.method,
          headers,
          ...(hasBody ? { body: JSON.stringify(request.body) } : {}),
        }),
      );
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key !== 'set-cookie' && key !== 'content-length') reply.header(key, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      return reply.send(response.body ? await response.text() : null);
    },
  });
}
