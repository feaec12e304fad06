import { campaigns, conversionEvents, conversions, creators } from '@lantoa/db/schema';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';

const ZConversionEvent = z.object({
  id: z.string(),
  type: z.enum(['lead', 'sale', 'refund']),
  orderId: z.string().nullable(),
  amount: z.number().nullable(),
  currency: z.string(),
  occurredAt: z.string(),
  attributedBy: z.enum(['code', 'click']).nullable(),
  code: z.string().nullable(),
  campaign: z.object({ id: z.string(), name: z.string() }).nullable(),
  creator: z.object({ id: z.string(), name: z.string() }).nullable(),
  status: z.enum(['pending', 'approved', 'reversed']).nullable(),
});

export const listConversionEventsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/conversion-events',
  permission: 'link.read',
  summary:
    'The latest 200 postbacks received (lead, sale, refund) with their attribution and conversion state',
  tags: ['tracking'],
  schema: { params: ZWorkspaceParams, response: z.object({ items: z.array(ZConversionEvent) }) },
  handler: async ({ ctx }) => {
    const rows = await ctx.services.db
      .select({
        event: conversionEvents,
        campaignName: campaigns.name,
        creatorName: creators.name,
        status: conversions.status,
      })
      .from(conversionEvents)
      .leftJoin(campaigns, eq(campaigns.id, conversionEvents.campaignId))
      .leftJoin(creators, eq(creators.id, conversionEvents.creatorId))
      .leftJoin(conversions, eq(conversions.id, conversionEvents.conversionId))
      .where(eq(conversionEvents.workspaceId, ctx.workspace.id))
      .orderBy(desc(conversionEvents.receivedAt))
      .limit(200);
    return {
      items: rows.map(({ event, campaignName, creatorName, status }) => ({
        id: event.id,
        type: event.type,
        orderId: event.orderId,
        amount: event.amount,
        currency: event.currency,
        occurredAt: event.occurredAt.toISOString(),
        attributedBy: event.attributedBy,
        code: event.code,
        campaign: event.campaignId && campaignName ? { id: event.campaignId, name: campaignName } : null,
        creator: event.creatorId && creatorName ? { id: event.creatorId, name: creatorName } : null,
        status,
      })),
    };
  },
});
