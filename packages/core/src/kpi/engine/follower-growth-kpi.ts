import { followerGrowth } from './follower-series';
import type { AccountExclusion, KpiResult } from './result';
import { settle } from './result-builder';
import type { ScopeView } from './scope-view';

/**
 * Σ(followers_end − followers_start) / Σfollowers_start × 100 over the scope's accounts that have two
 * snapshots in the range (start: nearest to the range start; end: latest at or before the range end).
 */
export function evaluateFollowerGrowth(scope: ScopeView, result: KpiResult): KpiResult {
  const { prepared } = scope;
  const accounts = scope.kind === 'post' ? postAccount(scope) : scope.accounts;
  let start = 0;
  let end = 0;
  let included = 0;
  let newest = Number.NEGATIVE_INFINITY;
  const excluded: AccountExclusion[] = [];
  for (const a of accounts) {
    const growth = followerGrowth(prepared.accounts.followers[a]!, prepared.range.from);
    if (growth.value === null || !growth.start || !growth.end) {
      excluded.push({ accountId: prepared.accounts.ids[a]!, reason: growth.reason ?? 'no follower growth' });
      continue;
    }
    start += growth.start.count;
    end += growth.end.count;
    included++;
    if (growth.end.at > newest) newest = growth.end.at;
  }
  result.accountsExcluded = excluded;
  result.inputs = {
    followers_start: included ? start : null,
    followers_end: included ? end : null,
    accounts: included,
  };
  if (included === 0) {
    const reason = accounts.length === 0 ? 'no account in scope' : excluded[0]!.reason;
    return settle(result, null, reason, newest);
  }
  return settle(result, ((end - start) / start) * 100, undefined, newest);
}

function postAccount(scope: ScopeView): number[] {
  const p = scope.order ? scope.order[scope.start]! : scope.start;
  const account = scope.prepared.posts.account[p] ?? -1;
  return account >= 0 ? [account] : [];
}
