import type { TargetAudience } from '@lantoa/core/vetting';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { ZCreatorParams } from '../creators/creator-schemas';
import { loadCreatorAudience } from './creator-audience';
import { ZFitQuery, ZFitResult } from './fit-schemas';
import { loadFitTarget } from './fit-target-routes';
import { type FitResult, scoreFit } from './score-fit';

export const creatorFitRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creators/:creatorId/fit',
  permission: 'creator.read',
  summary:
    'Audience fit (B3) of a creator vs a campaign’s saved target (`campaignId`) or an ad-hoc target (ageMin, ageMax, genders, locations, interests, niches; lists comma-separated): 0–100 score, each criterion’s contribution and evidence',
  tags: ['fit'],
  schema: { params: ZCreatorParams, query: ZFitQuery, response: ZFitResult },
  handler: async ({ ctx, params, query }): Promise<FitResult> => {
    const db = ctx.services.db;
    const { audience, source } = await loadCreatorAudience(db, ctx.workspace.id, params.creatorId);
    let target: TargetAudience = {
      ageRange:
        query.ageMin !== undefined && query.ageMax !== undefined
          ? { min: query.ageMin, max: query.ageMax }
          : null,
      genders: query.genders,
      locations: query.locations,
      interests: query.interests,
      niches: query.niches,
    };
    if (query.campaignId) {
      const saved = await loadFitTarget(db, ctx.workspace.id, query.campaignId);
      if (!saved.target)
        throw new AppError('validation_failed', 'The campaign has no target audience yet', [
          {
            path: 'querystring.campaignId',
            message: 'set the target first: PUT …/campaigns/:campaignId/fit-target',
          },
        ]);
      target = saved.target;
    }
    return scoreFit(audience, source, target);
  },
});
