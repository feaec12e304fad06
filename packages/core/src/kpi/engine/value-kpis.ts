import type { KpiResult, PostExclusion } from './result';
import { settle } from './result-builder';
import { readInput, type ScopeView } from './scope-view';

/** (revenue / orders) × purchases per customer per year × expected years. */
export function evaluateClv(scope: ScopeView, result: KpiResult): KpiResult {
  const revenue = readInput(scope, 'revenue');
  const orders = readInput(scope, 'orders');
  const lifetime = scope.prepared.dataset.customerLifetime;
  const at = Math.max(revenue.at, orders.at);
  result.inputs = {
    revenue: revenue.value,
    orders: orders.value,
    purchases_per_customer_per_year: lifetime?.purchasesPerCustomerPerYear ?? null,
    expected_years: lifetime?.expectedYears ?? null,
  };
  if (revenue.value === null) return settle(result, null, revenue.reason, at);
  if (orders.value === null) return settle(result, null, orders.reason, at);
  if (orders.value === 0) return settle(result, null, 'total approved orders is 0', at);
  if (!lifetime) return settle(result, null, 'no customer lifetime assumptions recorded', at);
  const averageOrderValue = revenue.value / orders.value;
  return settle(
    result,
    averageOrderValue * lifetime.purchasesPerCustomerPerYear * lifetime.expectedYears,
    undefined,
    at,
  );
}

/**
 * Σ over posts of impressions / 1000 × CPM_ref(platform) + likes × v_like + comments × v_comment +
 * shares × v_share + saves × v_save. Unrecorded metrics add nothing; a post with none of them is excluded.
 */
export function evaluateEmv(scope: ScopeView, result: KpiResult): KpiResult {
  const rates = scope.prepared.dataset.emvRates;
  if (!rates) return settle(result, null, 'no EMV value table recorded', Number.NEGATIVE_INFINITY);
  const { posts, accounts } = scope.prepared;
  const { impressions, likes, comments, shares, saves } = posts.columns;
  const metrics = [impressions, likes, comments, shares, saves];
  const sums = [0, 0, 0, 0, 0];
  let total = 0;
  let newest = Number.NEGATIVE_INFINITY;
  const excluded: PostExclusion[] = [];
  result.postsExcluded = excluded;
  for (let i = scope.start; i < scope.end; i++) {
    const p = scope.order ? scope.order[i]! : i;
    const account = posts.account[p]!;
    const perUnit = [
      account >= 0 ? rates.cpmByPlatform[accounts.platform[account]!] : undefined,
      rates.like,
      rates.comment,
      rates.share,
      rates.save,
    ];
    let valued = false;
    for (let m = 0; m < metrics.length; m++) {
      const value = metrics[m]![p]!;
      const rate = perUnit[m];
      if (Number.isNaN(value) || rate === undefined) continue;
      total += (m === 0 ? value / 1000 : value) * rate;
      sums[m]! += value;
      valued = true;
    }
    if (!valued) {
      excluded.push({ postId: posts.ids[p]!, reason: 'no valued metric recorded' });
      continue;
    }
    result.postsIncluded++;
    if (posts.snapshotAt[p]! > newest) newest = posts.snapshotAt[p]!;
  }
  result.inputs = {
    impressions: sums[0]!,
    likes: sums[1]!,
    comments: sums[2]!,
    shares: sums[3]!,
    saves: sums[4]!,
  };
  if (result.postsIncluded === 0)
    return settle(result, null, 'no post has a metric the EMV table values', newest);
  return settle(result, total, undefined, newest);
}
