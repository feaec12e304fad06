import { foldDiacritics } from '@lantoa/core/text';
import { CREATOR_STATUSES, creatorAccounts, creators, PLATFORMS } from '@lantoa/db/schema';
import { and, asc, eq, gt, ilike, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { ZCursorQuery, ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { tierOf } from './tier-of';

const ZCreatorListItem = z.object({
  id: z.string(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  niches: z.array(z.string()),
  location: z.string().nullable(),
  status: z.enum(CREATOR_STATUSES),
  accounts: z.array(
    z.object({
      id: z.string(),
      platform: z.enum(PLATFORMS),
      handle: z.string(),
      followers: z.number().nullable(),
      tier: z.enum(['koc', 'nano', 'micro', 'macro', 'mega']).nullable(),
    }),
  ),
});

export const listCreatorsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creators',
  permission: 'creator.read',
  summary:
    'Creators of the workspace; `q` searches names, handles, niches and places without needing accents',
  tags: ['creators'],
  schema: {
    params: ZWorkspaceParams,
    query: z.strictObject({ q: z.string().trim().max(200).optional(), ...ZCursorQuery }),
    response: z.object({ items: z.array(ZCreatorListItem), nextCursor: z.string().nullable() }),
  },
  handler: async ({ ctx, query }) => {
    const { db } = ctx.services;
    const filters: SQL[] = [eq(creators.workspaceId, ctx.workspace.id)];
    if (query.q) filters.push(ilike(creators.searchText, `%${escapeLike(foldDiacritics(query.q))}%`));
    if (query.cursor) filters.push(gt(creators.id, query.cursor));
    const rows = await db
      .select()
      .from(creators)
      .where(and(...filters))
      .orderBy(asc(creators.id))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const ids = page.map((row) => row.id);
    const accounts = ids.length
      ? await db
          .select()
          .from(creatorAccounts)
          .where(inArray(creatorAccounts.creatorId, ids))
          .orderBy(asc(creatorAccounts.platform))
      : [];
    return {
      items: page.map((creator) => ({
        id: creator.id,
        name: creator.name,
        avatarUrl: creator.avatarUrl,
        niches: creator.niches,
        location: creator.location,
        status: creator.status,
        accounts: accounts
          .filter((account) => account.creatorId === creator.id)
          .map((account) => ({
            id: account.id,
            platform: account.platform,
            handle: account.handle,
            followers: account.followers,
            tier: account.followers === null ? null : tierOf(account.followers),
          })),
      })),
      nextCursor: rows.length > query.limit ? (page[page.length - 1]?.id ?? null) : null,
    };
  },
});

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
