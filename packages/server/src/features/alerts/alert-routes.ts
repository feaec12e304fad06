import { alerts, campaigns } from '@lantoa/db/schema';
import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { ZAlert, ZAlertCounts, ZAlertParams, ZAlertQuery, ZAlertStatusChange } from './alert-schemas';
import { changeAlertStatus, loadAlert, toAlert } from './alert-status';

export const listAlertsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/alerts',
  permission: 'alert.read',
  summary:
    'Alerts raised by analysis jobs (negative comment spikes per campaign), newest first, filtered by status; with counts per status',
  tags: ['alerts'],
  schema: {
    params: ZWorkspaceParams,
    query: ZAlertQuery,
    response: z.object({ items: z.array(ZAlert), counts: ZAlertCounts }),
  },
  handler: async ({ ctx, query }) => {
    const scope: SQL[] = [eq(alerts.workspaceId, ctx.workspace.id)];
    if (query.campaignId) scope.push(eq(alerts.campaignId, query.campaignId));
    const filters = [...scope];
    if (query.status === 'unresolved') filters.push(inArray(alerts.status, ['open', 'acknowledged']));
    else if (query.status) filters.push(eq(alerts.status, query.status));
    const { db } = ctx.services;
    const rows = await db
      .select({ alert: alerts, campaignName: campaigns.name })
      .from(alerts)
      .innerJoin(campaigns, eq(campaigns.id, alerts.campaignId))
      .where(and(...filters))
      .orderBy(desc(alerts.day), desc(alerts.createdAt))
      .limit(query.limit);
    const byStatus = await db
      .select({ status: alerts.status, n: count() })
      .from(alerts)
      .where(and(...scope))
      .groupBy(alerts.status);
    const counts = { open: 0, acknowledged: 0, resolved: 0 };
    for (const row of byStatus) counts[row.status] = Number(row.n);
    return { items: rows.map(({ alert, campaignName }) => toAlert(alert, campaignName)), counts };
  },
});

export const changeAlertStatusRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/alerts/:alertId/status',
  permission: 'alert.write',
  summary:
    'Acknowledge, resolve or reopen an alert, with an optional note; who and when are recorded (and audited)',
  tags: ['alerts'],
  schema: { params: ZAlertParams, body: ZAlertStatusChange, response: ZAlert },
  handler: async ({ ctx, params, body }) => {
    await ctx.write(async (tx, audit) => {
      const before = await loadAlert(tx, ctx.workspace.id, params.alertId);
      const after = await changeAlertStatus(tx, before, body, ctx.actor.name);
      await audit({
        action: `alert.${body.status === 'open' ? 'reopen' : body.status === 'acknowledged' ? 'acknowledge' : 'resolve'}`,
        entityType: 'alert',
        entityId: before.id,
        before: { status: before.status, note: before.note },
        after: { status: after.status, note: after.note },
      });
    });
    const alert = await loadAlert(ctx.services.db, ctx.workspace.id, params.alertId);
    const [campaign] = await ctx.services.db
      .select({ name: campaigns.name })
      .from(campaigns)
      .where(and(eq(campaigns.workspaceId, ctx.workspace.id), eq(campaigns.id, alert.campaignId)));
    return toAlert(alert, campaign?.name ?? '');
  },
});
