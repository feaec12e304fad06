import { randomUUID } from 'node:crypto';
import { briefAttachments } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { defineRoute } from '../../http/define-route';
import { attachmentKey } from '../../storage/attachment-storage';
import { attachmentStorageFor } from '../../storage/storage-for-config';
import { deleteStoredAttachments } from '../attachments/delete-stored-attachments';
import { readCheckedUpload, sendStoredAttachment } from '../attachments/read-upload';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { ZBriefAttachment, ZBriefAttachmentParams } from './brief-schemas';
import { assertCampaign } from './load-brief';
import { loadBriefAttachment, shownAttachment } from './load-brief-attachments';

export const uploadBriefAttachmentRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/brief/attachments',
  permission: 'campaign.write',
  summary:
    'Attach a file to the campaign brief (creators see it through the share link): multipart/form-data with one field "file" (PDF, image, Word, Excel, text, CSV; at most ATTACHMENT_MAX_BYTES)',
  tags: ['briefs'],
  status: 201,
  schema: { params: ZCampaignParams, response: ZBriefAttachment },
  handler: async ({ ctx, params, request }) => {
    const workspaceId = ctx.workspace.id;
    const { db, config } = ctx.services;
    await assertCampaign(db, workspaceId, params.campaignId);
    const { bytes, ...upload } = await readCheckedUpload(request, config.attachmentMaxBytes);
    const id = randomUUID();
    await attachmentStorageFor(config).put(attachmentKey(workspaceId, id), bytes, upload.contentType);
    const values = {
      id,
      workspaceId,
      campaignId: params.campaignId,
      ...upload,
      storageKey: attachmentKey(workspaceId, id),
      uploadedBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    };
    try {
      const [saved] = await ctx.write(async (tx, audit) => {
        const rows = await tx.insert(briefAttachments).values(values).returning();
        const { storageKey: _key, ...after } = values;
        await audit({
          action: 'brief.attachment.upload',
          entityType: 'brief_attachment',
          entityId: id,
          after,
        });
        return rows;
      });
      if (!saved) throw new Error('insert returned no attachment');
      return shownAttachment(saved);
    } catch (error) {
      await deleteStoredAttachments(config, workspaceId, [{ id }], ctx.log);
      throw error;
    }
  },
});

export const downloadBriefAttachmentRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/brief/attachments/:briefAttachmentId',
  permission: 'campaign.read',
  summary: 'Download a file of the brief (always as a download, never rendered inline)',
  tags: ['briefs'],
  status: 200,
  schema: { params: ZBriefAttachmentParams },
  handler: async ({ ctx, params, reply }) => {
    const workspaceId = ctx.workspace.id;
    const attachment = await loadBriefAttachment(
      ctx.services.db,
      workspaceId,
      params.campaignId,
      params.briefAttachmentId,
    );
    const bytes = await attachmentStorageFor(ctx.services.config).get(
      attachmentKey(workspaceId, attachment.id),
    );
    sendStoredAttachment(reply, attachment, bytes);
    return undefined;
  },
});

export const deleteBriefAttachmentRoute = defineRoute({
  method: 'DELETE',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/brief/attachments/:briefAttachmentId',
  permission: 'campaign.write',
  summary: 'Remove a file from the brief (share links stop serving it at once)',
  tags: ['briefs'],
  schema: { params: ZBriefAttachmentParams },
  handler: async ({ ctx, params }) => {
    const workspaceId = ctx.workspace.id;
    const attachment = await loadBriefAttachment(
      ctx.services.db,
      workspaceId,
      params.campaignId,
      params.briefAttachmentId,
    );
    await ctx.write(async (tx, audit) => {
      await tx
        .delete(briefAttachments)
        .where(and(eq(briefAttachments.id, attachment.id), eq(briefAttachments.workspaceId, workspaceId)));
      const { storageKey: _key, ...before } = attachment;
      await audit({
        action: 'brief.attachment.delete',
        entityType: 'brief_attachment',
        entityId: attachment.id,
        before,
      });
    });
    await deleteStoredAttachments(ctx.services.config, workspaceId, [attachment], ctx.log);
    return undefined;
  },
});
