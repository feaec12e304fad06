import { trackedLinks } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { ZUuid, ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { assertCampaignAndCreator, getLinkOrThrow, listLinks } from './link-queries';
import { ZCreateLinkBody, ZLink, ZLinkParams, ZUpdateLinkBody } from './link-schemas';
import { claimSlug } from './link-slug';

export const listLinksRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/links',
  permission: 'link.read',
  summary: 'Tracked links with click, QR-scan, bot and repeat counters (newest first, at most 1,000)',
  tags: ['links'],
  schema: {
    params: ZWorkspaceParams,
    query: z.strictObject({ campaignId: ZUuid.optional(), creatorId: ZUuid.optional() }),
    response: z.object({ items: z.array(ZLink) }),
  },
  handler: async ({ ctx, query }) => ({
    items: await listLinks(ctx.services.db, ctx.services.config, ctx.workspace.id, query),
  }),
});

export const getLinkRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/links/:linkId',
  permission: 'link.read',
  summary: 'One tracked link with its counters',
  tags: ['links'],
  schema: { params: ZLinkParams, response: ZLink },
  handler: ({ ctx, params }) =>
    getLinkOrThrow(ctx.services.db, ctx.services.config, ctx.workspace.id, params.linkId),
});

export const createLinkRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/links',
  permission: 'link.write',
  summary: 'Create a tracked short link for a creator in a campaign (custom slug or a generated one)',
  tags: ['links'],
  status: 201,
  schema: { params: ZWorkspaceParams, body: ZCreateLinkBody, response: ZLink },
  handler: async ({ ctx, body }) => {
    const id = await ctx.write(async (tx, audit) => {
      await assertCampaignAndCreator(tx, ctx.workspace.id, body.campaignId, body.creatorId);
      const slug = await claimSlug(tx, body.slug);
      const [created] = await tx
        .insert(trackedLinks)
        .values({
          workspaceId: ctx.workspace.id,
          campaignId: body.campaignId,
          creatorId: body.creatorId ?? null,
          slug,
          destinationUrl: body.destinationUrl,
          utm: body.utm ?? {},
        })
        .returning();
      if (!created) throw new Error('link insert returned no row');
      await audit({
        action: 'link.create',
        entityType: 'link',
        entityId: created.id,
        after: { slug, destinationUrl: created.destinationUrl, utm: created.utm },
      });
      return created.id;
    });
    return getLinkOrThrow(ctx.services.db, ctx.services.config, ctx.workspace.id, id);
  },
});

export const updateLinkRoute = defineRoute({
  method: 'PATCH',
  url: '/api/v1/workspaces/:workspaceId/links/:linkId',
  permission: 'link.write',
  summary: 'Change a link’s slug, destination or UTM tags, or disable / re-enable it (takes effect at once)',
  tags: ['links'],
  schema: { params: ZLinkParams, body: ZUpdateLinkBody, response: ZLink },
  handler: async ({ ctx, params, body }) => {
    const slugs = await ctx.write(async (tx, audit) => {
      const [before] = await tx
        .select()
        .from(trackedLinks)
        .where(and(eq(trackedLinks.id, params.linkId), eq(trackedLinks.workspaceId, ctx.workspace.id)));
      if (!before) throw AppError.notFound('Link');
      const slug =
        body.slug && body.slug !== before.slug ? await claimSlug(tx, body.slug, before.id) : before.slug;
      const [after] = await tx
        .update(trackedLinks)
        .set({
          slug,
          destinationUrl: body.destinationUrl ?? before.destinationUrl,
          utm: body.utm ?? before.utm,
          status: body.status ?? before.status,
          updatedAt: new Date(),
        })
        .where(and(eq(trackedLinks.id, before.id), eq(trackedLinks.workspaceId, ctx.workspace.id)))
        .returning();
      if (!after) throw AppError.notFound('Link');
      await audit({
        action: 'link.update',
        entityType: 'link',
        entityId: before.id,
        before: {
          slug: before.slug,
          destinationUrl: before.destinationUrl,
          utm: before.utm,
          status: before.status,
        },
        after: {
          slug: after.slug,
          destinationUrl: after.destinationUrl,
          utm: after.utm,
          status: after.status,
        },
      });
      return [before.slug, after.slug];
    });
    for (const slug of slugs) ctx.services.redirector.cache.invalidate(slug);
    return getLinkOrThrow(ctx.services.db, ctx.services.config, ctx.workspace.id, params.linkId);
  },
});
