import { linkClickHourly, linkClicks, trackedLinks } from '@lantoa/db/schema';
import { and, asc, countDistinct, eq, gte } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { ZLinkParams } from './link-schemas';

export const linkStatsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/links/:linkId/stats',
  permission: 'link.read',
  summary:
    'Unique visitors (people, not bots: one per visitor and day) and hourly clicks, scans, bots and repeats over the last `days`',
  tags: ['links'],
  schema: {
    params: ZLinkParams,
    query: z.strictObject({ days: z.coerce.number().int().min(1).max(90).default(7) }),
    response: z.object({
      uniqueVisitors: z.number().int(),
      hourly: z.array(
        z.object({
          hour: z.string(),
          clicks: z.number().int(),
          scans: z.number().int(),
          botClicks: z.number().int(),
          repeatClicks: z.number().int(),
        }),
      ),
    }),
  },
  handler: async ({ ctx, params, query }) => {
    const { db } = ctx.services;
    const [link] = await db
      .select({ id: trackedLinks.id })
      .from(trackedLinks)
      .where(and(eq(trackedLinks.id, params.linkId), eq(trackedLinks.workspaceId, ctx.workspace.id)));
    if (!link) throw AppError.notFound('Link');
    const since = new Date(Date.now() - query.days * 86_400_000);
    const [unique] = await db
      .select({ n: countDistinct(linkClicks.visitorHash) })
      .from(linkClicks)
      .where(
        and(
          eq(linkClicks.workspaceId, ctx.workspace.id),
          eq(linkClicks.linkId, link.id),
          eq(linkClicks.isBot, false),
          gte(linkClicks.clickedAt, since),
        ),
      );
    const hourly = await db
      .select()
      .from(linkClickHourly)
      .where(
        and(
          eq(linkClickHourly.workspaceId, ctx.workspace.id),
          eq(linkClickHourly.linkId, link.id),
          gte(linkClickHourly.hour, since),
        ),
      )
      .orderBy(asc(linkClickHourly.hour));
    return {
      uniqueVisitors: unique?.n ?? 0,
      hourly: hourly.map((row) => ({
        hour: row.hour.toISOString(),
        clicks: row.clicks,
        scans: row.scans,
        botClicks: row.botClicks,
        repeatClicks: row.repeatClicks,
      })),
    };
  },
});
