import type { FastifyInstance } from 'fastify';
import { BINARY_CONTENT_TYPE } from './upload-file-route';

/** Raw uploads reach their handler as the request stream (size checked while reading), never buffered by Fastify. */
export function acceptBinaryUploads(app: FastifyInstance): void {
  app.addContentTypeParser(BINARY_CONTENT_TYPE, (_request, payload, done) => done(null, payload));
}
