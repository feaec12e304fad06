import { z } from 'zod';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { accountsOf, toListItem } from './creator-view';
import { searchCreators } from './search-creators';
import { ZCreatorSearch } from './search-query';
import { workspaceTierThresholds } from './workspace-tier-thresholds';
import { writeCreatorExport } from './write-creator-export';

const PAGE = 1000;

export const exportCreatorsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creators/export',
  permission: 'creator.read',
  summary: 'Download the (filtered) creator list as CSV (UTF-8 with BOM, opens in Excel) or XLSX, streamed',
  tags: ['creators'],
  status: 200,
  schema: {
    params: ZWorkspaceParams,
    query: z.strictObject({ ...ZCreatorSearch, format: z.enum(['csv', 'xlsx']).default('xlsx') }),
  },
  handler: async ({ ctx, query, reply }) => {
    const { format, ...search } = query;
    const { db } = ctx.services;
    const workspaceId = ctx.workspace.id;
    const thresholds = await workspaceTierThresholds(db, workspaceId);
    await writeCreatorExport(reply, format, 'lantoa-creators', async function* () {
      let cursor: string | undefined;
      do {
        const page = await searchCreators(db, workspaceId, search, { cursor, limit: PAGE });
        const accounts = await accountsOf(
          db,
          workspaceId,
          page.rows.map((row) => row.creator.id),
        );
        yield page.rows.map((row) => toListItem(row, accounts, thresholds));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    });
    return undefined;
  },
});
