import {
  AttributionRulesSchema,
  attributionRulesFrom,
  DEFAULT_ATTRIBUTION_RULES,
} from '@lantoa/core/attribution';
import { workspaces } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import type { Services } from '../../services';

const ZRules = z.object({ windowDays: z.number(), codeBeatsLink: z.boolean() });

const ZTrackingSettings = z.object({
  attribution: ZRules,
  defaults: ZRules,
  /** Only last click: each click replaces the visitor's click-id cookie, so the order names the last one. */
  model: z.literal('last_click'),
});

async function loadTrackingSettings(db: Services['db'], workspaceId: string) {
  const [row] = await db
    .select({ settings: workspaces.settings })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return {
    attribution: attributionRulesFrom(row?.settings.attribution),
    defaults: DEFAULT_ATTRIBUTION_RULES,
    model: 'last_click' as const,
  };
}

export const getTrackingSettings = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/tracking-settings',
  permission: 'link.read',
  summary:
    'Attribution rules used for conversion postbacks: window in days, last click, whether a code beats a link',
  tags: ['tracking'],
  schema: { params: ZWorkspaceParams, response: ZTrackingSettings },
  handler: ({ ctx }) => loadTrackingSettings(ctx.services.db, ctx.workspace.id),
});

export const updateTrackingSettings = defineRoute({
  method: 'PUT',
  url: '/api/v1/workspaces/:workspaceId/tracking-settings',
  permission: 'workspace.update',
  summary:
    'Change the attribution rules; conversions received from now on use them (stored ones keep theirs)',
  tags: ['tracking'],
  schema: {
    params: ZWorkspaceParams,
    body: z.strictObject({ attribution: AttributionRulesSchema }),
    response: ZTrackingSettings,
  },
  handler: async ({ ctx, body }) => {
    await ctx.write(async (tx, audit) => {
      const [before] = await tx
        .select({ settings: workspaces.settings })
        .from(workspaces)
        .where(eq(workspaces.id, ctx.workspace.id));
      if (!before) return;
      await tx
        .update(workspaces)
        .set({ settings: { ...before.settings, attribution: body.attribution } })
        .where(eq(workspaces.id, ctx.workspace.id));
      await audit({
        action: 'workspace.tracking_settings',
        entityType: 'workspace',
        entityId: ctx.workspace.id,
        before: { attribution: attributionRulesFrom(before.settings.attribution) },
        after: { attribution: body.attribution },
      });
    });
    return loadTrackingSettings(ctx.services.db, ctx.workspace.id);
  },
});
