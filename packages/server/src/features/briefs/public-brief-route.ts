import type { Db } from '@lantoa/db';
import { briefShareLinks, briefVersions, campaigns } from '@lantoa/db/schema';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { hashToken } from '../../auth/api-key-token';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { attachmentKey } from '../../storage/attachment-storage';
import { attachmentStorageFor } from '../../storage/storage-for-config';
import { sendStoredAttachment } from '../attachments/read-upload';
import { ZBriefTokenAttachmentParams, ZBriefTokenParams, ZPublicBrief } from './brief-schemas';
import { listBriefAttachments, loadBriefAttachment } from './load-brief-attachments';

/** The live (not expired, not revoked) share link behind a token with its campaign; 404 for anything else. */
async function liveShareLink(db: Db, token: string) {
  const [link] = await db
    .select({ link: briefShareLinks, campaign: campaigns })
    .from(briefShareLinks)
    .innerJoin(campaigns, eq(campaigns.id, briefShareLinks.campaignId))
    .where(
      and(
        eq(briefShareLinks.tokenHash, hashToken(token)),
        isNull(briefShareLinks.revokedAt),
        gt(briefShareLinks.expiresAt, new Date()),
      ),
    );
  if (!link) throw AppError.notFound('Brief');
  return link;
}

export const publicBriefRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/public/briefs/:token',
  permission: 'public',
  summary:
    'The brief behind a creator share link (no login) with its files; 404 once the link has expired or was revoked',
  tags: ['briefs'],
  schema: { params: ZBriefTokenParams, response: ZPublicBrief },
  handler: async ({ ctx, params }) => {
    const db = ctx.services.db;
    const { link, campaign } = await liveShareLink(db, params.token);
    const [latest] = await db
      .select()
      .from(briefVersions)
      .where(and(eq(briefVersions.workspaceId, link.workspaceId), eq(briefVersions.campaignId, campaign.id)))
      .orderBy(desc(briefVersions.version))
      .limit(1);
    if (!latest) throw AppError.notFound('Brief');
    return {
      campaign: {
        name: campaign.name,
        brand: campaign.brand,
        startDate: campaign.startDate,
        endDate: campaign.endDate,
      },
      version: latest.version,
      content: latest.content,
      attachments: await listBriefAttachments(db, link.workspaceId, campaign.id),
      expiresAt: link.expiresAt.toISOString(),
    };
  },
});

export const publicBriefAttachmentRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/public/briefs/:token/attachments/:attachmentId',
  permission: 'public',
  summary:
    'Download a file of the brief behind a share link (no login): only that brief’s files, only while the link lives',
  tags: ['briefs'],
  status: 200,
  schema: { params: ZBriefTokenAttachmentParams },
  handler: async ({ ctx, params, reply }) => {
    const { link } = await liveShareLink(ctx.services.db, params.token);
    const attachment = await loadBriefAttachment(
      ctx.services.db,
      link.workspaceId,
      link.campaignId,
      params.attachmentId,
    );
    const bytes = await attachmentStorageFor(ctx.services.config).get(
      attachmentKey(link.workspaceId, attachment.id),
    );
    sendStoredAttachment(reply, attachment, bytes);
    return undefined;
  },
});
