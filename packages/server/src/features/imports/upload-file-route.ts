import type { Readable } from 'node:stream';
import { spreadsheetImports } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { MAX_IMPORT_BYTES, ZImportParams } from './import-schemas';
import { loadImport } from './import-store';

export const BINARY_CONTENT_TYPE = 'application/octet-stream';

export const uploadImportFileRoute = defineRoute({
  method: 'PUT',
  url: '/api/v1/workspaces/:workspaceId/imports/:importId/file',
  permission: 'import.write',
  summary: `The file’s bytes as the raw request body (Content-Type: ${BINARY_CONTENT_TYPE}), streamed; up to 50 MB. Sending it again replaces it until the import runs.`,
  tags: ['imports'],
  schema: { params: ZImportParams, response: z.object({ size: z.number() }) },
  handler: async ({ ctx, params, request }) => {
    const upload = await loadImport(ctx.services.db, ctx.workspace.id, params.importId);
    if (upload.status !== 'uploaded') throw new AppError('conflict', 'This import has already started');
    const body = request.body as Readable | undefined;
    if (!body || typeof body.on !== 'function')
      throw new AppError('validation_failed', 'Send the file as the request body', [
        { path: 'body', message: `Content-Type must be ${BINARY_CONTENT_TYPE}` },
      ]);
    const content = await readAll(body);
    if (content.length === 0)
      throw new AppError('validation_failed', 'The file is empty', [
        { path: 'body', message: 'no bytes received', reason: 'file_empty' },
      ]);
    await ctx.services.db
      .update(spreadsheetImports)
      .set({ content, updatedAt: new Date() })
      .where(and(eq(spreadsheetImports.id, upload.id), eq(spreadsheetImports.workspaceId, ctx.workspace.id)));
    return { size: content.length };
  },
});

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    if (size > MAX_IMPORT_BYTES) {
      stream.destroy();
      throw new AppError(
        'payload_too_large',
        `Files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB can be imported`,
      );
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
