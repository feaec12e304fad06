import { type BundleKeyKind, campaignBundleKeys } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import type { Reader } from './reader';

export interface BundleKey {
  key: string;
  position: number;
}

export type BundleKeys = Record<BundleKeyKind, Map<string, BundleKey>>;

/** The keys an imported bundle gave the campaign's creators, accounts, posts and costs, by entity id. */
export async function loadBundleKeys(
  db: Reader,
  workspaceId: string,
  campaignId: string,
): Promise<BundleKeys> {
  const rows = await db
    .select({
      kind: campaignBundleKeys.kind,
      key: campaignBundleKeys.key,
      entityId: campaignBundleKeys.entityId,
      position: campaignBundleKeys.position,
    })
    .from(campaignBundleKeys)
    .where(
      and(eq(campaignBundleKeys.workspaceId, workspaceId), eq(campaignBundleKeys.campaignId, campaignId)),
    );
  const keys: BundleKeys = { creator: new Map(), account: new Map(), post: new Map(), cost: new Map() };
  for (const row of rows) keys[row.kind].set(row.entityId, { key: row.key, position: row.position });
  return keys;
}

/** Keyed entities first in bundle order, then the rest in their natural order. */
export function byBundleOrder<T>(
  items: readonly T[],
  keys: Map<string, BundleKey>,
  id: (item: T) => string,
): T[] {
  if (keys.size === 0) return [...items];
  const position = (item: T) => keys.get(id(item))?.position ?? Number.POSITIVE_INFINITY;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => position(a.item) - position(b.item) || a.index - b.index)
    .map(({ item }) => item);
}

export function keyOf(keys: Map<string, BundleKey>, entityId: string): string {
  return keys.get(entityId)?.key ?? entityId;
}
