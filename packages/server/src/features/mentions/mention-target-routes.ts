import { mentionAliases } from '@lantoa/db/schema';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { cleanAliases, loadMentionTargets, nameKey } from './mention-targets';

const ZTargets = z.object({
  targets: z.array(
    z.object({
      name: z.string(),
      role: z.enum(['brand', 'competitor']),
      inlineAliases: z.array(z.string()),
      aliases: z.array(z.string()),
    }),
  ),
});

export const getMentionTargetsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/mention-targets',
  permission: 'comment.read',
  summary: "The campaign's brand and competitors with the aliases share of voice looks for",
  tags: ['comments'],
  schema: { params: ZCampaignParams, response: ZTargets },
  handler: async ({ ctx, params }) => ({
    targets: await loadMentionTargets(ctx.services.db, ctx.workspace.id, params.campaignId),
  }),
});

export const updateMentionTargetsRoute = defineRoute({
  method: 'PUT',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/mention-targets',
  permission: 'campaign.write',
  summary:
    "Set the aliases of the campaign's brand and competitors (matched accent- and case-insensitively); names not listed keep theirs",
  tags: ['comments'],
  schema: {
    params: ZCampaignParams,
    body: z.strictObject({
      targets: z
        .array(
          z.strictObject({
            name: z.string().trim().min(1),
            aliases: z
              .array(
                z
                  .string()
                  .trim()
                  .min(1)
                  .max(80)
                  .regex(/^[^/|]*$/, 'must not contain "/" or "|" (they separate aliases)'),
              )
              .max(20),
          }),
        )
        .max(50),
    }),
    response: ZTargets,
  },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    await ctx.write(async (tx, audit) => {
      const known = await loadMentionTargets(tx, workspaceId, params.campaignId);
      const names = new Map(known.map((target) => [nameKey(target.name), target]));
      for (const [index, target] of body.targets.entries()) {
        if (!names.has(nameKey(target.name))) {
          throw new AppError(
            'validation_failed',
            'Aliases can only be set for the campaign brand or its competitors',
            [
              {
                path: `body.targets.${index}.name`,
                message: `"${target.name}" is neither the brand nor a competitor of this campaign`,
              },
            ],
          );
        }
      }
      for (const target of body.targets) {
        const key = nameKey(target.name);
        const aliases = cleanAliases(target.aliases, target.name);
        await tx
          .insert(mentionAliases)
          .values({ workspaceId, campaignId: params.campaignId, nameKey: key, aliases })
          .onConflictDoUpdate({
            target: [mentionAliases.campaignId, mentionAliases.nameKey],
            set: { aliases, updatedAt: new Date() },
          });
      }
      await audit({
        action: 'campaign.mention_aliases',
        entityType: 'campaign',
        entityId: params.campaignId,
        before: { targets: known.map(({ name, aliases }) => ({ name, aliases })) },
        after: { targets: body.targets },
      });
    });
    return { targets: await loadMentionTargets(ctx.services.db, workspaceId, params.campaignId) };
  },
});
