import type { Db } from '@lantoa/db';
import type { CreatorListKind } from '@lantoa/db/schema';
import { creatorListItems, creatorLists, creatorStats, creators } from '@lantoa/db/schema';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';
import type { CreatorListItem } from '../creators/creator-schemas';
import { accountsOf, toListItem } from '../creators/creator-view';
import { workspaceTierThresholds } from '../creators/workspace-tier-thresholds';
import type { ZCreatorList } from './creator-list-schemas';

type ListRow = typeof creatorLists.$inferSelect;

export async function loadList(db: Db | Tx, workspaceId: string, listId: string): Promise<ListRow> {
  const [row] = await db
    .select()
    .from(creatorLists)
    .where(and(eq(creatorLists.id, listId), eq(creatorLists.workspaceId, workspaceId)));
  if (!row) throw AppError.notFound('List');
  return row;
}

export async function loadShortlist(db: Db | Tx, workspaceId: string, listId: string): Promise<ListRow> {
  const row = await loadList(db, workspaceId, listId);
  if (row.kind !== 'shortlist')
    throw new AppError('conflict', 'This list is a saved search: its creators come from its query', [
      { path: 'params.listId', message: 'use a shortlist' },
    ]);
  return row;
}

/** Lists of a kind with their creator counts, and whether `creatorId` is on each. */
export async function listLists(
  db: Db,
  workspaceId: string,
  kind: CreatorListKind | undefined,
  creatorId: string | undefined,
): Promise<z.input<typeof ZCreatorList>[]> {
  const result = await db.execute<Record<string, unknown>>(sql`
    SELECT l.id, l.kind, l.name, l.query, l.created_by, l.created_at,
      (SELECT count(*)::int FROM creator_list_items i WHERE i.list_id = l.id) AS creator_count,
      ${creatorId ? sql`EXISTS (SELECT 1 FROM creator_list_items i WHERE i.list_id = l.id AND i.creator_id = ${creatorId})` : sql`false`} AS contains
    FROM creator_lists l
    WHERE l.workspace_id = ${workspaceId} ${kind ? sql`AND l.kind = ${kind}` : sql``}
    ORDER BY lower(l.name), l.created_at`);
  return result.rows.map((row) => ({
    id: String(row.id),
    kind: row.kind as CreatorListKind,
    name: String(row.name),
    query: (row.query as Record<string, string> | null) ?? null,
    creatorCount: Number(row.creator_count),
    containsCreator: Boolean(row.contains),
    createdBy: String(row.created_by),
    createdAt: new Date(String(row.created_at)).toISOString(),
  }));
}

export function listView(row: ListRow, creatorCount: number): z.input<typeof ZCreatorList> {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    query: row.query ?? null,
    creatorCount,
    containsCreator: false,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The creators on a shortlist, by name, as search rows. */
export async function shortlistCreators(
  db: Db,
  workspaceId: string,
  listId: string,
): Promise<CreatorListItem[]> {
  const rows = await db
    .select({ creator: creators, stats: creatorStats })
    .from(creatorListItems)
    .innerJoin(creators, eq(creators.id, creatorListItems.creatorId))
    .leftJoin(creatorStats, eq(creatorStats.creatorId, creators.id))
    .where(and(eq(creatorListItems.listId, listId), eq(creatorListItems.workspaceId, workspaceId)))
    .orderBy(asc(creators.name));
  const accounts = await accountsOf(
    db,
    workspaceId,
    rows.map((row) => row.creator.id),
  );
  const thresholds = await workspaceTierThresholds(db, workspaceId);
  return rows.map((row) => toListItem(row, accounts, thresholds));
}

/** Creator ids of a shortlist of this workspace (for the optimiser's candidate source). */
export async function shortlistCreatorIds(db: Db, workspaceId: string, listId: string): Promise<string[]> {
  await loadShortlist(db, workspaceId, listId);
  const rows = await db
    .select({ id: creatorListItems.creatorId })
    .from(creatorListItems)
    .where(and(eq(creatorListItems.listId, listId), eq(creatorListItems.workspaceId, workspaceId)));
  return rows.map((row) => row.id);
}
