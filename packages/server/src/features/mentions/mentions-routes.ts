import { z } from 'zod';
import { defineRoute } from '../../http/define-route';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { loadShareOfVoice } from './load-share-of-voice';

const ZCounts = z.record(z.string(), z.number());

export const shareOfVoiceRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/share-of-voice',
  permission: 'comment.read',
  summary:
    "share_of_voice of the campaign's brand against its competitors (aliases after '/' or '|' in their names) in all the workspace's captions and non-spam comments, accent-insensitive, per day or ISO week, with example mentions",
  tags: ['comments'],
  schema: {
    params: ZCampaignParams,
    query: z.strictObject({ interval: z.enum(['day', 'week']).default('day') }),
    response: z.object({
      brand: z.string().nullable(),
      targets: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          aliases: z.array(z.string()),
          role: z.enum(['brand', 'competitor']),
        }),
      ),
      total: z.object({
        brand: z.number(),
        competitors: ZCounts,
        shareOfVoice: z.number().nullable(),
        reason: z.string().nullable(),
      }),
      series: z.array(
        z.object({
          period: z.string(),
          brand: z.number(),
          competitors: ZCounts,
          shareOfVoice: z.number().nullable(),
        }),
      ),
      examples: z.array(
        z.object({
          targetId: z.string(),
          kind: z.enum(['caption', 'comment']),
          textId: z.string(),
          text: z.string(),
          hit: z.object({ id: z.string(), evidence: z.string(), start: z.number(), end: z.number() }),
        }),
      ),
    }),
  },
  handler: async ({ ctx, params, query }) =>
    loadShareOfVoice(ctx.services.db, ctx.workspace.id, params.campaignId, query.interval),
});
