import { deliverables, reviewLinks } from '@lantoa/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { toIso } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { assertCampaign } from '../briefs/load-brief';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import {
  ZCreatedReviewLink,
  ZCreateReviewLink,
  ZReviewLink,
  ZReviewLinkList,
  ZReviewLinkParams,
} from './review-schemas';
import { newReviewToken } from './review-token';

const DAY_MS = 86_400_000;

type LinkRow = typeof reviewLinks.$inferSelect;
const view = (link: LinkRow, deliverableTitle: string | null, now = new Date()) => ({
  id: link.id,
  campaignId: link.campaignId,
  deliverableId: link.deliverableId,
  deliverableTitle,
  expiresAt: link.expiresAt.toISOString(),
  revokedAt: toIso(link.revokedAt),
  createdAt: link.createdAt.toISOString(),
  active: link.revokedAt === null && link.expiresAt > now,
});

export const createReviewLinkRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/review-links',
  permission: 'campaign.write',
  summary:
    'An external review link (no login, expiring, revocable) for one deliverable or the whole campaign; the token is shown only here',
  tags: ['reviews'],
  status: 201,
  schema: { params: ZCampaignParams, body: ZCreateReviewLink, response: ZCreatedReviewLink },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const db = ctx.services.db;
    await assertCampaign(db, workspaceId, params.campaignId);
    let title: string | null = null;
    if (body.deliverableId) {
      const [deliverable] = await db
        .select({ title: deliverables.title })
        .from(deliverables)
        .where(
          and(
            eq(deliverables.id, body.deliverableId),
            eq(deliverables.workspaceId, workspaceId),
            eq(deliverables.campaignId, params.campaignId),
          ),
        );
      if (!deliverable)
        throw new AppError('not_found', 'Deliverable not found', [
          { path: 'body.deliverableId', message: 'no such deliverable in this campaign' },
        ]);
      title = deliverable.title;
    }
    const { token, tokenHash } = newReviewToken();
    const link = await ctx.write(async (tx, audit) => {
      const [row] = await tx
        .insert(reviewLinks)
        .values({
          workspaceId,
          campaignId: params.campaignId,
          deliverableId: body.deliverableId,
          tokenHash,
          expiresAt: new Date(Date.now() + body.expiresInDays * DAY_MS),
          createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
        })
        .returning();
      if (!row) throw new Error('review link insert returned nothing');
      await audit({
        action: 'review_link.create',
        entityType: 'review_link',
        entityId: row.id,
        after: { campaignId: row.campaignId, deliverableId: row.deliverableId, expiresAt: row.expiresAt },
      });
      return row;
    });
    return { ...view(link, title), url: `${ctx.services.config.publicUrl}/r/${token}` };
  },
});

export const listReviewLinksRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/review-links',
  permission: 'campaign.read',
  summary: 'The campaign’s review links, newest first, with whether each still works',
  tags: ['reviews'],
  schema: { params: ZCampaignParams, response: ZReviewLinkList },
  handler: async ({ ctx, params }) => {
    const workspaceId = ctx.workspace.id;
    await assertCampaign(ctx.services.db, workspaceId, params.campaignId);
    const rows = await ctx.services.db
      .select({ link: reviewLinks, title: deliverables.title })
      .from(reviewLinks)
      .leftJoin(deliverables, eq(deliverables.id, reviewLinks.deliverableId))
      .where(and(eq(reviewLinks.workspaceId, workspaceId), eq(reviewLinks.campaignId, params.campaignId)))
      .orderBy(desc(reviewLinks.createdAt));
    return { items: rows.map((r) => view(r.link, r.title)) };
  },
});

export const revokeReviewLinkRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/review-links/:reviewLinkId/revoke',
  permission: 'campaign.write',
  summary: 'Revoke a review link: it stops working at once',
  tags: ['reviews'],
  schema: { params: ZReviewLinkParams, response: ZReviewLink },
  handler: async ({ ctx, params }) => {
    const workspaceId = ctx.workspace.id;
    const scope = and(eq(reviewLinks.id, params.reviewLinkId), eq(reviewLinks.workspaceId, workspaceId));
    const [before] = await ctx.services.db.select().from(reviewLinks).where(scope);
    if (!before) throw AppError.notFound('Review link');
    const after = await ctx.write(async (tx, audit) => {
      const [row] = await tx
        .update(reviewLinks)
        .set({ revokedAt: before.revokedAt ?? new Date() })
        .where(scope)
        .returning();
      await audit({
        action: 'review_link.revoke',
        entityType: 'review_link',
        entityId: before.id,
        before: { revokedAt: before.revokedAt },
        after: { revokedAt: row?.revokedAt },
      });
      return row ?? before;
    });
    return view(after, null);
  },
});
