import { randomInt } from 'node:crypto';
import { generatePromoCodes, PROMO_PREFIX_PATTERN } from '@lantoa/core/attribution';
import { campaigns, creators, promoCodes } from '@lantoa/db/schema';
import { and, asc, eq, like, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { ZUuid, ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { assertCampaignAndCreator } from '../links/link-queries';

const ZPromoCode = z.object({
  id: z.string(),
  code: z.string(),
  campaign: z.object({ id: z.string(), name: z.string() }),
  creator: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
});

export const listPromoCodesRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/promo-codes',
  permission: 'promo_code.read',
  summary: 'Promo codes of the workspace, by code (at most 5,000)',
  tags: ['promo-codes'],
  schema: {
    params: ZWorkspaceParams,
    query: z.strictObject({ campaignId: ZUuid.optional(), creatorId: ZUuid.optional() }),
    response: z.object({ items: z.array(ZPromoCode) }),
  },
  handler: async ({ ctx, query }) => {
    const conditions: SQL[] = [eq(promoCodes.workspaceId, ctx.workspace.id)];
    if (query.campaignId) conditions.push(eq(promoCodes.campaignId, query.campaignId));
    if (query.creatorId) conditions.push(eq(promoCodes.creatorId, query.creatorId));
    const rows = await ctx.services.db
      .select({ code: promoCodes, campaignName: campaigns.name, creatorName: creators.name })
      .from(promoCodes)
      .innerJoin(campaigns, eq(campaigns.id, promoCodes.campaignId))
      .leftJoin(creators, eq(creators.id, promoCodes.creatorId))
      .where(and(...conditions))
      .orderBy(asc(promoCodes.code))
      .limit(5000);
    return {
      items: rows.map(({ code, campaignName, creatorName }) => ({
        id: code.id,
        code: code.code,
        campaign: { id: code.campaignId, name: campaignName },
        creator: code.creatorId && creatorName ? { id: code.creatorId, name: creatorName } : null,
        createdAt: code.createdAt.toISOString(),
      })),
    };
  },
});

export const generatePromoCodesRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/promo-codes',
  permission: 'promo_code.write',
  summary: 'Generate unique promo codes (prefix + random suffix) for a creator in a campaign',
  tags: ['promo-codes'],
  status: 201,
  schema: {
    params: ZWorkspaceParams,
    body: z.strictObject({
      campaignId: ZUuid,
      creatorId: ZUuid.nullable().optional(),
      prefix: z
        .string()
        .trim()
        .toUpperCase()
        .regex(PROMO_PREFIX_PATTERN, 'use 1–16 letters A–Z or digits, e.g. LINH'),
      count: z.number().int().min(1).max(1000),
    }),
    response: z.object({ codes: z.array(z.string()) }),
  },
  handler: async ({ ctx, body }) =>
    ctx.write(async (tx, audit) => {
      await assertCampaignAndCreator(tx, ctx.workspace.id, body.campaignId, body.creatorId);
      const taken = await tx
        .select({ code: promoCodes.code })
        .from(promoCodes)
        .where(and(eq(promoCodes.workspaceId, ctx.workspace.id), like(promoCodes.code, `${body.prefix}%`)));
      const codes = generatePromoCodes(
        body.prefix,
        body.count,
        new Set(taken.map((row) => row.code)),
        randomInt,
      );
      await tx.insert(promoCodes).values(
        codes.map((code) => ({
          workspaceId: ctx.workspace.id,
          campaignId: body.campaignId,
          creatorId: body.creatorId ?? null,
          code,
        })),
      );
      await audit({
        action: 'promo_code.generate',
        entityType: 'campaign',
        entityId: body.campaignId,
        after: { creatorId: body.creatorId ?? null, prefix: body.prefix, count: codes.length },
      });
      return { codes };
    }),
});
