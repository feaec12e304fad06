import { createHash, randomUUID } from 'node:crypto';
import type { MultipartFile } from '@fastify/multipart';
import { contractAttachments } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { ZUuid } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { sendDownload } from '../../http/send-download';
import { attachmentKey } from '../../storage/attachment-storage';
import { attachmentStorageFor } from '../../storage/storage-for-config';
import { ZAttachment, ZContractParams } from '../contracts/contract-schemas';
import { checkAttachmentType } from './allowed-types';
import { deleteStoredAttachments } from './delete-stored-attachments';
import { assertContract, cleanFileName, contentDisposition, loadAttachment } from './load-attachment';

const ZAttachmentParams = z.strictObject({ workspaceId: ZUuid, contractId: ZUuid, attachmentId: ZUuid });

async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ file: MultipartFile; bytes: Buffer }> {
  if (!request.isMultipart())
    throw new AppError(
      'unsupported_media_type',
      'Send the file as multipart/form-data in a field named "file"',
    );
  const file = await request.file();
  if (!file)
    throw new AppError('bad_request', 'No file was sent', [{ path: 'body.file', message: 'required' }]);
  try {
    return { file, bytes: await file.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(
        'payload_too_large',
        `The file is larger than the ${(maxBytes / 1024 / 1024).toFixed(1)} MB allowed per attachment`,
        [{ path: 'body.file', message: `at most ${maxBytes} bytes` }],
      );
    throw error;
  }
}

export const uploadAttachmentRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/contracts/:contractId/attachments',
  permission: 'contract.write',
  summary:
    'Attach a file to a contract: multipart/form-data with one field "file" (PDF, image, Word, Excel, text, CSV; at most ATTACHMENT_MAX_BYTES)',
  tags: ['contracts'],
  status: 201,
  schema: { params: ZContractParams, response: ZAttachment },
  handler: async ({ ctx, params, request }) => {
    const workspaceId = ctx.workspace.id;
    const { db, config } = ctx.services;
    await assertContract(db, workspaceId, params.contractId);
    const { file, bytes } = await readUpload(request, config.attachmentMaxBytes);
    const fileName = cleanFileName(file.filename);
    const type = checkAttachmentType(fileName, file.mimetype, bytes.subarray(0, 8));
    if (!type.ok)
      throw new AppError('unsupported_media_type', type.message, [
        { path: 'body.file', message: type.message },
      ]);
    if (bytes.length === 0)
      throw new AppError('bad_request', 'The file is empty', [{ path: 'body.file', message: 'empty file' }]);
    const id = randomUUID();
    const storage = attachmentStorageFor(config);
    await storage.put(attachmentKey(workspaceId, id), bytes, type.contentType);
    const values = {
      id,
      workspaceId,
      contractId: params.contractId,
      fileName,
      contentType: type.contentType,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      storageKey: attachmentKey(workspaceId, id),
      uploadedBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    };
    try {
      const [saved] = await ctx.write(async (tx, audit) => {
        const rows = await tx.insert(contractAttachments).values(values).returning();
        const { storageKey: _key, ...after } = values;
        await audit({
          action: 'contract.attachment.upload',
          entityType: 'contract_attachment',
          entityId: id,
          after,
        });
        return rows;
      });
      if (!saved) throw new Error('insert returned no attachment');
      const { storageKey: _key, workspaceId: _ws, contractId: _contract, ...shown } = saved;
      return { ...shown, createdAt: saved.createdAt.toISOString() };
    } catch (error) {
      await deleteStoredAttachments(config, workspaceId, [{ id }], ctx.log);
      throw error;
    }
  },
});

export const downloadAttachmentRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/contracts/:contractId/attachments/:attachmentId',
  permission: 'contract.read',
  summary: 'Download an attached file (always as a download, never rendered inline)',
  tags: ['contracts'],
  status: 200,
  schema: { params: ZAttachmentParams },
  handler: async ({ ctx, params, reply }) => {
    const workspaceId = ctx.workspace.id;
    const attachment = await loadAttachment(
      ctx.services.db,
      workspaceId,
      params.contractId,
      params.attachmentId,
    );
    const bytes = await attachmentStorageFor(ctx.services.config).get(
      attachmentKey(workspaceId, attachment.id),
    );
    if (!bytes)
      throw new AppError('not_found', 'The attachment is listed but its file is missing from storage');
    sendDownload(reply, {
      contentType: attachment.contentType,
      disposition: contentDisposition(attachment.fileName),
      headers: {
        'content-length': bytes.length,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cache-control': 'private, no-store',
      },
      body: bytes,
    });
    return undefined;
  },
});

export const deleteAttachmentRoute = defineRoute({
  method: 'DELETE',
  url: '/api/v1/workspaces/:workspaceId/contracts/:contractId/attachments/:attachmentId',
  permission: 'contract.write',
  summary: 'Remove an attached file',
  tags: ['contracts'],
  schema: { params: ZAttachmentParams },
  handler: async ({ ctx, params }) => {
    const workspaceId = ctx.workspace.id;
    const attachment = await loadAttachment(
      ctx.services.db,
      workspaceId,
      params.contractId,
      params.attachmentId,
    );
    await ctx.write(async (tx, audit) => {
      await tx
        .delete(contractAttachments)
        .where(
          and(eq(contractAttachments.id, attachment.id), eq(contractAttachments.workspaceId, workspaceId)),
        );
      const { storageKey: _key, ...before } = attachment;
      await audit({
        action: 'contract.attachment.delete',
        entityType: 'contract_attachment',
        entityId: attachment.id,
        before,
      });
    });
    await deleteStoredAttachments(ctx.services.config, workspaceId, [attachment], ctx.log);
    return undefined;
  },
});
