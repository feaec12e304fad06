import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { ZCalendar, ZCalendarQuery } from './calendar-schemas';
import { loadCalendar } from './load-calendar';

function monthEnd(day: string): string {
  const [year, month] = day.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, month ?? 1, 0)).toISOString().slice(0, 10);
}

export const calendarRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/calendar',
  permission: 'campaign.read',
  summary:
    'Planned posts between two local days (published, scheduled or due) with conflicts and their reason: competing brands, exclusivity window, important posts to one audience close together, posts outside campaign dates',
  tags: ['calendar'],
  schema: { params: ZWorkspaceParams, query: ZCalendarQuery, response: ZCalendar },
  handler: async ({ ctx, query }) => {
    const from = query.from ?? `${new Date().toISOString().slice(0, 7)}-01`;
    const to = query.to ?? monthEnd(from);
    return loadCalendar(ctx.services.db, ctx.workspace.id, { ...query, from, to });
  },
});
