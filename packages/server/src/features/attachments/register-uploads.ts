import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../env';

/** Lets routes read multipart/form-data uploads (one file per request, at most ATTACHMENT_MAX_BYTES). */
export async function registerAttachmentUploads(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: config.attachmentMaxBytes, files: 1, fields: 5, parts: 6 },
  });
}
