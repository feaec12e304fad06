import {
  INPUT_LABELS,
  isPostInput,
  type KpiInputName,
  POST_INPUTS,
  type PostInput,
  type ScopeInput,
} from '../inputs';
import type { PostAggregate } from './post-aggregate';
import type { PreparedKpiData } from './prepared';

type ScopeKind = 'campaign' | 'creator' | 'post';

/** What one scope (campaign, creator or post) sees: its posts' aggregate, its accounts and its input slot. */
export interface ScopeView {
  kind: ScopeKind;
  prepared: PreparedKpiData;
  /** Slot in the scope-input table; -1 for a post. */
  slot: number;
  aggregate: PostAggregate;
  /** The scope's posts: order[start..end), or posts start..end when order is null. */
  order: Int32Array | null;
  start: number;
  end: number;
  accounts: readonly number[];
}

export interface InputReading {
  value: number | null;
  /** Newest dated contribution, -Infinity when none was dated. */
  at: number;
  reason?: string;
  /** Posts that recorded the input (post inputs only). */
  postsIncluded?: number;
}

const TABLE_INPUTS: ReadonlySet<ScopeInput> = new Set([
  'cost',
  'leads',
  'orders',
  'revenue',
  'refunds',
  'new_customers',
  'returning_customers',
  'customers_lost',
  'customers_at_start',
  'sessions',
  'bounces',
  'time_on_page_s',
]);

export const POST_INPUT_INDEX = Object.fromEntries(POST_INPUTS.map((input, k) => [input, k])) as Record<
  PostInput,
  number
>;

const MISSING_REASONS = Object.fromEntries(
  Object.entries(INPUT_LABELS).map(([input, label]) => [input, `no ${label} recorded`]),
) as Record<KpiInputName, string>;

export function missingReason(input: KpiInputName): string {
  return MISSING_REASONS[input];
}

function readTable(scope: ScopeView, input: ScopeInput): InputReading {
  const table = scope.prepared.scopeInputs;
  const value = table.sums[input]?.[scope.slot] ?? Number.NaN;
  const at = table.freshness[input]?.[scope.slot] ?? Number.NEGATIVE_INFINITY;
  return !Number.isNaN(value) ? { value, at } : { value: null, at, reason: missingReason(input) };
}

/** Revenue net of refunds; refunds that were not recorded subtract nothing. */
function readNetRevenue(scope: ScopeView): InputReading {
  const gross = readTable(scope, 'revenue');
  if (gross.value === null) return gross;
  const refunds = readTable(scope, 'refunds');
  return { value: gross.value - (refunds.value ?? 0), at: Math.max(gross.at, refunds.at) };
}

function readCampaignOnly(scope: ScopeView, input: ScopeInput): InputReading {
  const at = Number.NEGATIVE_INFINITY;
  if (scope.kind !== 'campaign') {
    return { value: null, at, reason: `${INPUT_LABELS[input]} are recorded for the whole campaign only` };
  }
  const { sentiment, mentions } = scope.prepared.dataset;
  let value: number | undefined;
  if (input === 'sentiment_positive') value = sentiment?.positive;
  else if (input === 'sentiment_neutral') value = sentiment?.neutral;
  else if (input === 'sentiment_negative') value = sentiment?.negative;
  else if (input === 'brand_mentions') value = mentions?.brand;
  else if (input === 'competitor_mentions' && mentions) {
    value = Object.values(mentions.competitors).reduce((sum, count) => sum + count, 0);
  }
  return value === undefined ? { value: null, at, reason: missingReason(input) } : { value, at };
}

/** The value of one input in a scope: post inputs are summed over the scope's posts (missing ones skipped). */
export function readInput(scope: ScopeView, input: KpiInputName): InputReading {
  if (isPostInput(input)) {
    const k = POST_INPUT_INDEX[input];
    const { inputCount, inputSum, inputFreshness } = scope.aggregate;
    const count = inputCount[k]!;
    if (count === 0)
      return { value: null, at: inputFreshness[k]!, reason: missingReason(input), postsIncluded: 0 };
    return { value: inputSum[k]!, at: inputFreshness[k]!, postsIncluded: count };
  }
  if (scope.kind === 'post') {
    return {
      value: null,
      at: Number.NEGATIVE_INFINITY,
      reason: `${INPUT_LABELS[input]} are recorded per campaign or creator, not per post`,
    };
  }
  if (input === 'revenue') return readNetRevenue(scope);
  if (TABLE_INPUTS.has(input)) return readTable(scope, input);
  return readCampaignOnly(scope, input);
}

/** Null with a reason for data recorded for the whole campaign, asked of a creator or a post. */
export function campaignOnlyReason(scope: ScopeView, what: string): string | undefined {
  return scope.kind === 'campaign' ? undefined : `${what} are recorded for the whole campaign only`;
}
