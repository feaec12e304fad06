import { DEFAULT_REMINDER_SETTINGS } from '@lantoa/core/deliverables';
import { workspaces } from '@lantoa/db/schema';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { readReminderSettings } from './reminder-scan';

const ZReminderSettings = z.object({ beforeHours: z.number() });
const ZReminderSettingsBody = z.strictObject({
  /** How long before a deliverable is due its owner is reminded (1 h to 14 days). */
  beforeHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 14),
});

export const getReminderSettingsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/reminder-settings',
  permission: 'campaign.read',
  summary: `How long before due deliverable owners are reminded (default ${DEFAULT_REMINDER_SETTINGS.beforeHours} h)`,
  tags: ['notifications'],
  schema: { params: ZWorkspaceParams, response: ZReminderSettings },
  handler: async ({ ctx }) => {
    const [row] = await ctx.services.db
      .select({ settings: workspaces.settings })
      .from(workspaces)
      .where(eq(workspaces.id, ctx.workspace.id));
    return { beforeHours: readReminderSettings(row?.settings) };
  },
});

export const updateReminderSettingsRoute = defineRoute({
  method: 'PUT',
  url: '/api/v1/workspaces/:workspaceId/reminder-settings',
  permission: 'workspace.update',
  summary: 'Set how long before due deliverable owners are reminded',
  tags: ['notifications'],
  schema: { params: ZWorkspaceParams, body: ZReminderSettingsBody, response: ZReminderSettings },
  handler: async ({ ctx, body }) => {
    const workspaceId = ctx.workspace.id;
    return ctx.write(async (tx, audit) => {
      const [before] = await tx
        .select({ settings: workspaces.settings })
        .from(workspaces)
        .where(eq(workspaces.id, workspaceId));
      await tx
        .update(workspaces)
        .set({
          settings: sql`${workspaces.settings} || jsonb_build_object('reminders', jsonb_build_object('beforeHours', ${body.beforeHours}::int))`,
        })
        .where(eq(workspaces.id, workspaceId));
      await audit({
        action: 'workspace.reminder_settings',
        entityType: 'workspace',
        entityId: workspaceId,
        before: { beforeHours: readReminderSettings(before?.settings) },
        after: body,
      });
      return { beforeHours: body.beforeHours };
    });
  },
});
