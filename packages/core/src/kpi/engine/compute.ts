import type { KpiId } from '../kpi-ids';
import type { KpiDataset, KpiOptions } from './dataset';
import { evaluateKpi, KPI_EVALUATORS } from './evaluate-formula';
import { aggregatePosts } from './post-aggregate';
import { prepareKpiData } from './prepare';
import type { PreparedKpiData } from './prepared';
import type { KpiResult, KpiResultSet } from './result';
import type { ScopeView } from './scope-view';

export type KpiScope =
  | { kind: 'campaign' }
  | { kind: 'creator'; creatorId: string }
  | { kind: 'post'; postId: string };

function evaluateAll(scope: ScopeView, ids?: readonly KpiId[]): KpiResultSet {
  const results = {} as Record<KpiId, KpiResult>;
  for (const entry of KPI_EVALUATORS) {
    if (!ids || ids.includes(entry.definition.id)) results[entry.definition.id] = evaluateKpi(entry, scope);
  }
  return results;
}

function campaignView(prepared: PreparedKpiData): ScopeView {
  const { count } = prepared.posts;
  return {
    kind: 'campaign',
    prepared,
    slot: prepared.creators.ids.length,
    aggregate: aggregatePosts(prepared, null, 0, count),
    order: null,
    start: 0,
    end: count,
    accounts: prepared.accounts.ids.map((_, a) => a),
  };
}

function creatorView(prepared: PreparedKpiData, creator: number): ScopeView {
  const { postOffsets, postOrder, accounts } = prepared.creators;
  const start = postOffsets[creator]!;
  const end = postOffsets[creator + 1]!;
  return {
    kind: 'creator',
    prepared,
    slot: creator,
    aggregate: aggregatePosts(prepared, postOrder, start, end),
    order: postOrder,
    start,
    end,
    accounts: accounts[creator]!,
  };
}

function postView(prepared: PreparedKpiData, post: number): ScopeView {
  const account = prepared.posts.account[post]!;
  return {
    kind: 'post',
    prepared,
    slot: -1,
    aggregate: aggregatePosts(prepared, null, post, post + 1),
    order: null,
    start: post,
    end: post + 1,
    accounts: account >= 0 ? [account] : [],
  };
}

/** Every KPI (or the listed ones) for one scope of prepared data. Throws RangeError for an unknown creator or post. */
export function computeScopeKpis(
  prepared: PreparedKpiData,
  scope: KpiScope,
  ids?: readonly KpiId[],
): KpiResultSet {
  if (scope.kind === 'campaign') return evaluateAll(campaignView(prepared), ids);
  if (scope.kind === 'creator') {
    const creator = prepared.creators.index.get(scope.creatorId);
    if (creator === undefined) throw new RangeError(`Unknown creator "${scope.creatorId}"`);
    return evaluateAll(creatorView(prepared, creator), ids);
  }
  const post = prepared.posts.index.get(scope.postId);
  if (post === undefined)
    throw new RangeError(`Unknown post "${scope.postId}" (or not published in the range)`);
  return evaluateAll(postView(prepared, post), ids);
}

/** KPIs of every creator, keyed by creator id, in one pass over the creator-grouped posts. */
export function computeAllCreatorKpis(
  prepared: PreparedKpiData,
  ids?: readonly KpiId[],
): Map<string, KpiResultSet> {
  const results = new Map<string, KpiResultSet>();
  prepared.creators.ids.forEach((creatorId, creator) => {
    results.set(creatorId, evaluateAll(creatorView(prepared, creator), ids));
  });
  return results;
}

/** Convenience: prepare and compute one scope. Prefer prepareKpiData + computeScopeKpis for several scopes. */
export function computeKpis(dataset: KpiDataset, scope: KpiScope, options?: KpiOptions): KpiResultSet {
  return computeScopeKpis(prepareKpiData(dataset, options), scope);
}
