import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../http/app-error';

const rawBodies = new WeakMap<FastifyRequest, string>();

/** In this scope JSON bodies are kept as received too, because signatures are computed over the exact bytes. */
export function keepRawJsonBodies(scope: FastifyInstance): void {
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body);
    rawBodies.set(request, text);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(
        new AppError('bad_request', 'The body is not valid JSON', [
          { path: 'body', message: 'invalid JSON' },
        ]),
      );
    }
  });
}

export function rawBodyOf(request: FastifyRequest): string {
  return rawBodies.get(request) ?? '';
}
