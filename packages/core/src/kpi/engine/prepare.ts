import { DEFAULT_ENGAGEMENT_SET } from '../inputs';
import type { KpiDataset, KpiOptions } from './dataset';
import { collectCreators, prepareAccounts } from './prepare-accounts';
import { preparePosts } from './prepare-posts';
import { prepareScopeInputs } from './prepare-scope-inputs';
import type { PreparedCreators, PreparedKpiData, PreparedPosts } from './prepared';

function groupPostsByCreator(
  posts: PreparedPosts,
  creatorCount: number,
): Pick<PreparedCreators, 'postOffsets' | 'postOrder'> {
  const postOffsets = new Int32Array(creatorCount + 1);
  for (let p = 0; p < posts.count; p++) {
    const creator = posts.creator[p]!;
    if (creator >= 0) postOffsets[creator + 1]!++;
  }
  for (let c = 0; c < creatorCount; c++) postOffsets[c + 1]! += postOffsets[c]!;
  const cursor = postOffsets.slice(0, creatorCount);
  const postOrder = new Int32Array(postOffsets[creatorCount]!);
  for (let p = 0; p < posts.count; p++) {
    const creator = posts.creator[p]!;
    if (creator >= 0) postOrder[cursor[creator]!++] = p;
  }
  return { postOffsets, postOrder };
}

/**
 * Indexes a dataset once for a date range: the current snapshot and followers of every post as columns,
 * posts grouped by creator, and scope-level sums. Every KPI of every scope is then read from this.
 */
export function prepareKpiData(dataset: KpiDataset, options: KpiOptions = {}): PreparedKpiData {
  const range = options.range ?? {};
  const rangeEnd = range.to ?? Number.POSITIVE_INFINITY;
  const engagementSet = options.engagementSet ?? DEFAULT_ENGAGEMENT_SET;
  const creatorIds = collectCreators(dataset.accounts, [
    dataset.costs,
    dataset.conversions,
    dataset.siteAnalytics ?? [],
  ]);
  const accounts = prepareAccounts(dataset.accounts, creatorIds.index, rangeEnd);
  const posts = preparePosts(dataset.posts, accounts, range, rangeEnd, engagementSet);
  const creatorAccounts: number[][] = creatorIds.ids.map(() => []);
  for (let a = 0; a < accounts.ids.length; a++) creatorAccounts[accounts.creator[a]!]!.push(a);
  return {
    dataset,
    currency: dataset.currency,
    range,
    rangeEnd,
    engagementSet,
    posts,
    accounts,
    creators: {
      ...creatorIds,
      ...groupPostsByCreator(posts, creatorIds.ids.length),
      accounts: creatorAccounts,
    },
    scopeInputs: prepareScopeInputs(dataset, creatorIds.index, range),
  };
}
