import { campaignBudgetLines, campaigns } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { shortlistCreatorIds } from '../creator-lists/creator-list-store';
import { loadCandidates } from './load-candidates';
import { ZMixRequest, ZMixResponse } from './mix-schemas';
import { planMix } from './plan-mix';
import { solveInWorker } from './solve-in-worker';

export const planMixRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/mix',
  permission: 'campaign.analyse',
  summary:
    'Creator-mix optimiser (HiGHS MILP in a worker thread): the optimal set for the goal KPI under budget, tier, niche, share, quality, risk and audience-overlap constraints, "many nano" and "one mega" scenarios, the greedy baseline, why each creator was picked or not, and a forecast with intervals. Changes nothing.',
  tags: ['campaigns', 'optimiser'],
  schema: { params: ZCampaignParams, body: ZMixRequest, response: ZMixResponse },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const db = ctx.services.db;
    const [campaign] = await db
      .select({ budget: campaigns.budgetAmount, kolLine: campaignBudgetLines.planned })
      .from(campaigns)
      .leftJoin(
        campaignBudgetLines,
        and(
          eq(campaignBudgetLines.campaignId, campaigns.id),
          eq(campaignBudgetLines.category, 'creator_fee'),
        ),
      )
      .where(and(eq(campaigns.id, params.campaignId), eq(campaigns.workspaceId, workspaceId)));
    if (!campaign) throw AppError.notFound('Campaign');
    const budget = body.budget ?? campaign.kolLine ?? campaign.budget;
    if (!budget)
      throw new AppError(
        'validation_failed',
        'No budget to plan with: the campaign has none and none was sent',
        [{ path: 'body.budget', message: 'send a budget in VND or set the campaign budget first' }],
      );
    const listed = body.shortlistId
      ? new Set(await shortlistCreatorIds(db, workspaceId, body.shortlistId))
      : null;
    const creatorIds = listed
      ? (body.creatorIds ?? [...listed]).filter((id) => listed.has(id))
      : body.creatorIds;
    const { candidates, histories, bases } = await loadCandidates(db, workspaceId, creatorIds);
    const { creatorIds: _shortlist, shortlistId: _list, ...constraints } = body;
    return planMix(candidates, { ...constraints, budget }, histories, solveInWorker, bases);
  },
});
