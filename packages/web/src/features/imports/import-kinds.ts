import type { ImportKind } from './import-api';

export const IMPORT_KINDS: readonly ImportKind[] = ['creators', 'orders', 'post_metrics', 'comments', 'ga4'];

export const MARKETPLACES = ['shopee', 'lazada', 'tiki', 'tiktok_shop', 'haravan', 'sapo', 'other'] as const;

/** The counts an import of each kind reports when it is done, in the order they are shown. */
export const RESULT_COUNTS: Record<ImportKind, readonly string[]> = {
  creators: ['created', 'updated', 'unchanged', 'skipped'],
  orders: ['orders', 'created', 'updated', 'unchanged', 'attributed'],
  post_metrics: ['created', 'updated', 'unchanged'],
  comments: ['created', 'unchanged', 'scored'],
  ga4: ['created', 'updated', 'unchanged', 'matchedToCreator', 'sessions'],
};

const UUID = /^[0-9a-f-]{36}$/i;

export interface ImportSearch {
  kind?: ImportKind;
  campaignId?: string;
}

/** `?kind=orders&campaignId=…`: the kind to import and the campaign other pages link from. */
export function validateImportSearch(search: Record<string, unknown>): ImportSearch {
  const kind = IMPORT_KINDS.find((candidate) => candidate === search.kind);
  const campaignId =
    typeof search.campaignId === 'string' && UUID.test(search.campaignId) ? search.campaignId : undefined;
  return { ...(kind ? { kind } : {}), ...(campaignId ? { campaignId } : {}) };
}
