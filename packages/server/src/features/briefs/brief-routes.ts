import { randomBytes } from 'node:crypto';
import { briefShareLinks, briefVersions } from '@lantoa/db/schema';
import { and, eq, max } from 'drizzle-orm';
import { hashToken } from '../../auth/api-key-token';
import { defineRoute } from '../../http/define-route';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { ZBrief, ZBriefContent, ZShareLink, ZShareLinkBody } from './brief-schemas';
import { assertCampaign, loadBrief } from './load-brief';

const DAY_MS = 86_400_000;

export const getBriefRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/brief',
  permission: 'campaign.read',
  summary: 'The campaign brief (newest version) and the list of its versions',
  tags: ['briefs'],
  schema: { params: ZCampaignParams, response: ZBrief },
  handler: async ({ ctx, params }) => loadBrief(ctx.services.db, ctx.workspace.id, params.campaignId),
});

export const saveBriefRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/brief',
  permission: 'campaign.write',
  summary:
    'Save the brief as a new version: key message, USP, do / don’t, mandatory disclosures, storytelling hints, references',
  tags: ['briefs'],
  status: 201,
  schema: { params: ZCampaignParams, body: ZBriefContent, response: ZBrief },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    await assertCampaign(ctx.services.db, workspaceId, params.campaignId);
    await ctx.write(async (tx, audit) => {
      const [last] = await tx
        .select({ version: max(briefVersions.version) })
        .from(briefVersions)
        .where(
          and(eq(briefVersions.workspaceId, workspaceId), eq(briefVersions.campaignId, params.campaignId)),
        );
      const version = (last?.version ?? 0) + 1;
      const [saved] = await tx
        .insert(briefVersions)
        .values({
          workspaceId,
          campaignId: params.campaignId,
          version,
          content: body,
          createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
        })
        .returning();
      await audit({
        action: 'brief.save',
        entityType: 'brief',
        entityId: saved?.id ?? null,
        before: null,
        after: { version, ...body },
      });
    });
    return loadBrief(ctx.services.db, workspaceId, params.campaignId);
  },
});

export const createBriefShareLinkRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/brief/share-links',
  permission: 'campaign.write',
  summary:
    'A read-only link to the brief for creators (no login), expiring after `expiresInDays`; the token is shown only here',
  tags: ['briefs'],
  status: 201,
  schema: { params: ZCampaignParams, body: ZShareLinkBody, response: ZShareLink },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    await assertCampaign(ctx.services.db, workspaceId, params.campaignId);
    const token = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + body.expiresInDays * DAY_MS);
    const id = await ctx.write(async (tx, audit) => {
      const [link] = await tx
        .insert(briefShareLinks)
        .values({
          workspaceId,
          campaignId: params.campaignId,
          tokenHash: hashToken(token),
          expiresAt,
          createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
        })
        .returning({ id: briefShareLinks.id });
      await audit({
        action: 'brief.share_link.create',
        entityType: 'brief_share_link',
        entityId: link?.id ?? null,
        before: null,
        after: { campaignId: params.campaignId, expiresAt },
      });
      return link?.id ?? '';
    });
    return { id, url: `${ctx.services.config.publicUrl}/b/${token}`, expiresAt: expiresAt.toISOString() };
  },
});
