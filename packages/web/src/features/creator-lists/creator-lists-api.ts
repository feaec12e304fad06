import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';
import { type CreatorFilters, type CreatorListItem, EMPTY_FILTERS } from '../creators/creator-api';

export type CreatorListKind = 'shortlist' | 'saved_search';

export interface CreatorList {
  id: string;
  kind: CreatorListKind;
  name: string;
  query: Record<string, string> | null;
  creatorCount: number;
  containsCreator: boolean;
  createdBy: string;
  createdAt: string;
}

const listsPath = (workspaceId: string) => `${workspacePath(workspaceId)}/creator-lists`;

export const creatorListsKey = (workspaceId: string) =>
  [...workspaceKey(workspaceId), 'creator-lists'] as const;

export const listCreatorLists = (workspaceId: string, kind?: CreatorListKind, creatorId?: string) =>
  api.get<{ items: CreatorList[] }>(listsPath(workspaceId), { kind, creatorId });

export const getCreatorList = (workspaceId: string, listId: string) =>
  api.get<CreatorList & { creators: CreatorListItem[] }>(
    `${listsPath(workspaceId)}/${encodeURIComponent(listId)}`,
  );

export const createCreatorList = (
  workspaceId: string,
  body: { kind: CreatorListKind; name: string; query?: Record<string, string> },
) => api.post<CreatorList>(listsPath(workspaceId), body);

export const renameCreatorList = (workspaceId: string, listId: string, name: string) =>
  api.patch<CreatorList>(`${listsPath(workspaceId)}/${encodeURIComponent(listId)}`, { name });

export const deleteCreatorList = (workspaceId: string, listId: string) =>
  api.delete(`${listsPath(workspaceId)}/${encodeURIComponent(listId)}`);

export const addToShortlist = (workspaceId: string, listId: string, creatorIds: string[]) =>
  api.post<{ added: number; creatorCount: number }>(
    `${listsPath(workspaceId)}/${encodeURIComponent(listId)}/creators`,
    { creatorIds },
  );

export const removeFromShortlist = (workspaceId: string, listId: string, creatorId: string) =>
  api.delete(
    `${listsPath(workspaceId)}/${encodeURIComponent(listId)}/creators/${encodeURIComponent(creatorId)}`,
  );

export const shortlistExportUrl = (workspaceId: string, listId: string, format: 'csv' | 'xlsx') =>
  `/api/v1${listsPath(workspaceId)}/${encodeURIComponent(listId)}/export?format=${format}`;

/** The filters worth saving: the ones set, plus the sort. */
export function filtersToQuery(filters: CreatorFilters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    const text = String(value).trim();
    if (text !== '') query[key] = text;
  }
  return query;
}

export function queryToFilters(query: Record<string, string> | null): CreatorFilters {
  const filters: CreatorFilters = { ...EMPTY_FILTERS };
  for (const key of Object.keys(EMPTY_FILTERS) as (keyof CreatorFilters)[]) {
    const value = query?.[key];
    if (value !== undefined) Object.assign(filters, { [key]: value });
  }
  return filters;
}
