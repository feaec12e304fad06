import { creatorKpiSummary, parseRangeBound } from '@lantoa/core/bundle';
import { KPI_CATALOGUE, type KpiRange } from '@lantoa/core/kpi';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { ZCampaignKpiQuery, ZCampaignKpis, ZKpiValues } from './campaign-kpi-schemas';
import { type CampaignKpis, computeCampaignKpis } from './compute-campaign-kpis';

const FORMULAS = Object.fromEntries(KPI_CATALOGUE.map((kpi) => [kpi.id, kpi.formulaText]));

function toIso(at: number | undefined): string | null {
  return at === undefined ? null : new Date(at).toISOString();
}

/** The bundle key of `creator`, given as a key or as a registry creator id. */
function creatorKey(result: CampaignKpis, creator: string): string {
  if (result.kpis.creators.has(creator)) return creator;
  for (const [key, entry] of result.creators) if (entry.id === creator) return key;
  throw new AppError('not_found', 'Creator not found in this campaign', [
    { path: 'querystring.creator', message: `no creator "${creator}" in this campaign` },
  ]);
}

export const campaignKpisRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/kpis',
  permission: 'campaign.read',
  summary:
    'Every KPI of the campaign and of each creator, read from the database (value, unit, inputs, freshness, reason when null; formulas by KPI id); `view=values` gives the values alone in the shape of kpi-example.expected.json',
  tags: ['campaigns', 'kpis'],
  schema: {
    params: ZCampaignParams,
    query: ZCampaignKpiQuery,
    response: z.union([ZCampaignKpis, ZKpiValues]),
  },
  handler: async ({ ctx, params, query }) => {
    const bound = (text: string | undefined, side: 'from' | 'to') =>
      text === undefined ? undefined : parseRangeBound(text, side);
    const range: KpiRange | undefined =
      query.from === undefined && query.to === undefined
        ? undefined
        : { from: bound(query.from, 'from'), to: bound(query.to, 'to') };
    if (range?.from !== undefined && range.to !== undefined && range.to < range.from)
      throw new AppError('validation_failed', 'The range ends before it starts', [
        { path: 'querystring.to', message: 'must not be before "from"' },
      ]);
    const result = await computeCampaignKpis(ctx.services.db, ctx.workspace.id, params.campaignId, {
      range,
      perCreator: query.creators === 'all' || query.creator !== undefined,
    });
    const only = query.creator === undefined ? undefined : creatorKey(result, query.creator);
    const scoped =
      only === undefined
        ? result.summary
        : { campaign: result.summary.campaign, ...creatorKpiSummary(result.bundle, result.summary, only) };
    if (query.view === 'values') return scoped;
    const creators = Object.fromEntries(
      [...result.kpis.creators]
        .filter(([key]) => only === undefined || key === only)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    return {
      campaignId: params.campaignId,
      range: { from: toIso(range?.from), to: toIso(range?.to) },
      campaign: result.kpis.campaign,
      creators,
      tiers: scoped.tiers,
      follower_growth_rate: scoped.follower_growth_rate,
      creatorNames: Object.fromEntries(
        [...result.creators].filter(([key]) => only === undefined || key === only),
      ),
      formulas: FORMULAS,
    };
  },
});
