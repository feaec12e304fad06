import { CAMPAIGN_STATUSES, campaigns } from '@lantoa/db/schema';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';

const ZCampaignListItem = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  brand: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  budget: z.object({ amount: z.number(), currency: z.string() }).nullable(),
});

export const listCampaignsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns',
  permission: 'campaign.read',
  summary: 'Campaigns of the workspace, newest first',
  tags: ['campaigns'],
  schema: { params: ZWorkspaceParams, response: z.object({ items: z.array(ZCampaignListItem) }) },
  handler: async ({ ctx }) => {
    const rows = await ctx.services.db
      .select()
      .from(campaigns)
      .where(eq(campaigns.workspaceId, ctx.workspace.id))
      .orderBy(desc(campaigns.startDate));
    return {
      items: rows.map((row) => ({
        id: row.id,
        name: row.name,
        status: row.status,
        brand: row.brand,
        startDate: row.startDate,
        endDate: row.endDate,
        budget: row.budgetAmount === null ? null : { amount: row.budgetAmount, currency: row.currency },
      })),
    };
  },
});
