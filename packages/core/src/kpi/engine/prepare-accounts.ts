import type { AccountRecord, ConversionEntry, CostEntry, SiteAnalyticsEntry } from './dataset';
import { buildFollowerSeries } from './follower-series';
import type { PreparedAccounts } from './prepared';

/** Creators in order of first appearance: accounts first, then entries naming a creator without an account. */
export function collectCreators(
  accounts: readonly AccountRecord[],
  entryLists: ReadonlyArray<readonly (CostEntry | ConversionEntry | SiteAnalyticsEntry)[]>,
): { ids: string[]; index: Map<string, number> } {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const add = (id: string) => {
    if (!index.has(id)) {
      index.set(id, ids.length);
      ids.push(id);
    }
  };
  for (const account of accounts) add(account.creator);
  for (const entries of entryLists) {
    for (const entry of entries) if (entry.creator !== undefined) add(entry.creator);
  }
  return { ids, index };
}

export function prepareAccounts(
  accounts: readonly AccountRecord[],
  creatorIndex: Map<string, number>,
  rangeEnd: number,
): PreparedAccounts {
  const count = accounts.length;
  const prepared: PreparedAccounts = {
    ids: new Array<string>(count),
    index: new Map(),
    creator: new Int32Array(count),
    platform: new Array(count),
    followers: new Array(count),
  };
  for (let a = 0; a < count; a++) {
    const account = accounts[a]!;
    prepared.ids[a] = account.id;
    prepared.index.set(account.id, a);
    prepared.creator[a] = creatorIndex.get(account.creator)!;
    prepared.platform[a] = account.platform;
    prepared.followers[a] = buildFollowerSeries(account.followers, rangeEnd);
  }
  return prepared;
}
