import { z } from 'zod';
import { ZCursorQuery, ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { ZCreatorListItem } from './creator-schemas';
import { accountsOf, toListItem } from './creator-view';
import { searchCreators } from './search-creators';
import { ZCreatorSearch } from './search-query';
import { workspaceTierThresholds } from './workspace-tier-thresholds';

export const listCreatorsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creators',
  permission: 'creator.read',
  summary:
    'Search creators: `q` matches names, handles, niches, tags, places and bio without needing accents; filters ' +
    'by platform, tier, niche, location, tag, status, owner, risk, ER, fee and quality ranges (lists are comma-separated); sorted, cursor-paginated',
  tags: ['creators'],
  schema: {
    params: ZWorkspaceParams,
    query: z.strictObject({ ...ZCreatorSearch, ...ZCursorQuery }),
    response: z.object({ items: z.array(ZCreatorListItem), nextCursor: z.string().nullable() }),
  },
  handler: async ({ ctx, query }) => {
    const { db } = ctx.services;
    const { cursor, limit, ...search } = query;
    const { rows, nextCursor } = await searchCreators(db, ctx.workspace.id, search, { cursor, limit });
    const accounts = await accountsOf(
      db,
      ctx.workspace.id,
      rows.map((row) => row.creator.id),
    );
    const thresholds = await workspaceTierThresholds(db, ctx.workspace.id);
    return { items: rows.map((row) => toListItem(row, accounts, thresholds)), nextCursor };
  },
});
