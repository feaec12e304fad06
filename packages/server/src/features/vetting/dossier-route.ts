import { z } from 'zod';
import { defineRoute } from '../../http/define-route';
import { sendDownload } from '../../http/send-download';
import { ZCreatorParams } from '../creators/creator-schemas';
import { loadDossierExtras } from './dossier-extras';
import { dossierSections } from './dossier-lines';
import { loadCreatorVetting } from './load-creator-vetting';
import { renderDossierPdf, renderDossierXlsx } from './render-dossier';

export const dossierRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creators/:creatorId/dossier',
  permission: 'creator.read',
  summary:
    'The vetting dossier (ER vs benchmark, quality signals, follower sample, fit for each campaign the creator is considered for, risk flags with links, decisions) as PDF or XLSX',
  tags: ['vetting'],
  status: 200,
  schema: {
    params: ZCreatorParams,
    query: z.strictObject({ format: z.enum(['pdf', 'xlsx']).default('pdf') }),
  },
  handler: async ({ ctx, params, query, reply }) => {
    const { decisionRecords, ...view } = await loadCreatorVetting(
      ctx.services.db,
      ctx.workspace.id,
      params.creatorId,
      new Date(),
    );
    const title = `Hồ sơ thẩm định — ${view.dossier.creator.name ?? ''}`;
    const extras = await loadDossierExtras(ctx.services.db, ctx.workspace.id, params.creatorId, view);
    const sections = dossierSections(view, decisionRecords, extras);
    const body =
      query.format === 'pdf'
        ? await renderDossierPdf(title, sections)
        : await renderDossierXlsx(title, sections);
    const slug = (view.dossier.creator.handle ?? params.creatorId).replace(/[^A-Za-z0-9._-]+/g, '');
    sendDownload(reply, {
      contentType:
        query.format === 'pdf'
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="lantoa-dossier-${slug}.${query.format}"`,
      body,
    });
    return undefined;
  },
});
