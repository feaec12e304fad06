import { z } from 'zod';
import { defineRoute } from '../../http/define-route';
import { sendDownload } from '../../http/send-download';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { buildCampaignDashboard } from './build-dashboard';
import { ZDashboardQuery } from './dashboard-schemas';
import { exportLang } from './export-labels';
import { exportSections } from './export-sections';
import { dashboardCsv, dashboardXlsx } from './write-dashboard-export';

export const campaignDashboardExportRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/dashboard/export',
  permission: 'campaign.read',
  summary:
    'Download the dashboard (KPI targets, funnel, cost efficiency, daily series, the whole creator leaderboard) as XLSX (a sheet per section) or CSV; headers in Vietnamese unless `lang=en` or Accept-Language asks for English',
  tags: ['campaigns', 'kpis'],
  status: 200,
  schema: {
    params: ZCampaignParams,
    query: ZDashboardQuery.omit({ limit: true }).extend({
      format: z.enum(['xlsx', 'csv']).default('xlsx'),
      lang: z.enum(['vi', 'en']).optional(),
    }),
  },
  handler: async ({ ctx, params, query, request, reply }) => {
    const { format, lang, ...rest } = query;
    const dashboard = await buildCampaignDashboard(
      ctx.services.db,
      ctx.workspace.id,
      params.campaignId,
      { ...rest, limit: 1_000 },
      Date.now(),
    );
    const sections = exportSections(dashboard, exportLang(lang, request.headers['accept-language']));
    const name = `lantoa-dashboard-${params.campaignId.slice(0, 8)}.${format}`;
    sendDownload(reply, {
      contentType:
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="${name}"`,
      body: format === 'csv' ? dashboardCsv(sections) : await dashboardXlsx(sections),
    });
    return undefined;
  },
});
