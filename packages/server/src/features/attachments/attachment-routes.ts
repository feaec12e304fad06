import { randomUUID } from 'node:crypto';
import { contractAttachments } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ZUuid } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { attachmentKey } from '../../storage/attachment-storage';
import { attachmentStorageFor } from '../../storage/storage-for-config';
import { ZAttachment, ZContractParams } from '../contracts/contract-schemas';
import { deleteStoredAttachments } from './delete-stored-attachments';
import { assertContract, loadAttachment } from './load-attachment';
import { readCheckedUpload, sendStoredAttachment } from './read-upload';

const ZAttachmentParams = z.strictObject({ workspaceId: ZUuid, contractId: ZUuid, attachmentId: ZUuid });

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
    const { bytes, ...upload } = await readCheckedUpload(request, config.attachmentMaxBytes);
    const id = randomUUID();
    const storage = attachmentStorageFor(config);
    await storage.put(attachmentKey(workspaceId, id), bytes, upload.contentType);
    const values = {
      id,
      workspaceId,
      contractId: params.contractId,
      ...upload,
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
    sendStoredAttachment(reply, attachment, bytes);
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
