import { ALERT_KINDS, alerts, campaigns } from '@lantoa/db/schema';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { ZUuid, ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';

export const listAlertsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/alerts',
  permission: 'alert.read',
  summary: 'Alerts raised by analysis jobs (negative comment spikes per campaign), newest first',
  tags: ['alerts'],
  schema: {
    params: ZWorkspaceParams,
    query: z.strictObject({
      campaignId: ZUuid.optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    response: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(ALERT_KINDS),
          campaignId: z.string(),
          campaignName: z.string(),
          day: z.string(),
          details: z.record(z.string(), z.unknown()),
          createdAt: z.string(),
        }),
      ),
    }),
  },
  handler: async ({ ctx, query }) => {
    const filters: SQL[] = [eq(alerts.workspaceId, ctx.workspace.id)];
    if (query.campaignId) filters.push(eq(alerts.campaignId, query.campaignId));
    const rows = await ctx.services.db
      .select({ alert: alerts, campaignName: campaigns.name })
      .from(alerts)
      .innerJoin(campaigns, eq(campaigns.id, alerts.campaignId))
      .where(and(...filters))
      .orderBy(desc(alerts.day), desc(alerts.createdAt))
      .limit(query.limit);
    return {
      items: rows.map(({ alert, campaignName }) => ({
        id: alert.id,
        kind: alert.kind,
        campaignId: alert.campaignId,
        campaignName,
        day: alert.day,
        details: alert.details,
        createdAt: alert.createdAt.toISOString(),
      })),
    };
  },
});
