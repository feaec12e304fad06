import { ENGAGEMENT_COMPONENTS, INPUT_LABELS, POST_INPUTS, type PostInput } from '../inputs';
import { POST_PAIRINGS } from './post-pairings';
import type { PreparedKpiData } from './prepared';
import type { PostExclusion } from './result';

export const NO_SNAPSHOT_REASON = 'no snapshot at or before the end of the range';

export interface InputTotals {
  /** NaN when no post in scope recorded the input. */
  sum: number;
  count: number;
  freshness: number;
  excluded: PostExclusion[];
}

export interface PairTotals {
  numerator: number;
  denominator: number;
  count: number;
  freshness: number;
  excluded: PostExclusion[];
  /** Per ENGAGEMENT_COMPONENTS index: included posts that lacked the component. */
  componentsMissing: Int32Array;
  /** Per-post ratios of included posts with a non-zero denominator (only for pairings that keep values). */
  values: Float64Array | null;
  valueCount: number;
  /** Included posts left out of `values` because their denominator is 0. */
  zeroDenominator: PostExclusion[];
}

export interface PostAggregate {
  postCount: number;
  inputs: Record<PostInput, InputTotals>;
  pairs: PairTotals[];
  /** Per ENGAGEMENT_COMPONENTS index: posts with recorded engagements that lacked the component. */
  engagementComponentsMissing: Int32Array;
}

const NO_INPUT_REASON = Object.fromEntries(
  POST_INPUTS.map((input) => [input, `no ${INPUT_LABELS[input]} recorded`]),
);

function emptyAggregate(postCount: number): PostAggregate {
  const inputs = {} as Record<PostInput, InputTotals>;
  for (const input of POST_INPUTS)
    inputs[input] = { sum: Number.NaN, count: 0, freshness: -Infinity, excluded: [] };
  const pairs = POST_PAIRINGS.map((pairing) => ({
    numerator: 0,
    denominator: 0,
    count: 0,
    freshness: -Infinity,
    excluded: [],
    componentsMissing: new Int32Array(ENGAGEMENT_COMPONENTS.length),
    values: pairing.keepValues ? new Float64Array(postCount) : null,
    valueCount: 0,
    zeroDenominator: [],
  }));
  return {
    postCount,
    inputs,
    pairs,
    engagementComponentsMissing: new Int32Array(ENGAGEMENT_COMPONENTS.length),
  };
}

/**
 * One pass over the posts of a scope (`order[start..end)`, or posts start..end when `order` is null):
 * sums of every post input and Σnumerator/Σdenominator of every per-post ratio over pairwise-complete posts.
 */
export function aggregatePosts(
  prepared: PreparedKpiData,
  order: Int32Array | null,
  start: number,
  end: number,
): PostAggregate {
  const { posts, engagementSet } = prepared;
  const { columns, ids, snapshotAt, followersAt, hasSnapshot } = posts;
  const aggregate = emptyAggregate(end - start);
  const missingComponentIndexes = engagementSet.map((component) => ENGAGEMENT_COMPONENTS.indexOf(component));
  const countMissingComponents = (counts: Int32Array, p: number) => {
    for (let c = 0; c < engagementSet.length; c++) {
      const component = columns[engagementSet[c]!][p]!;
      if (Number.isNaN(component)) counts[missingComponentIndexes[c]!]!++;
    }
  };
  for (let i = start; i < end; i++) {
    const p = order ? order[i]! : i;
    const postId = ids[p]!;
    const snapshotMissing = hasSnapshot[p] === 0;
    for (const input of POST_INPUTS) {
      const value = columns[input][p]!;
      const totals = aggregate.inputs[input];
      if (!Number.isNaN(value)) {
        totals.sum = totals.count === 0 ? value : totals.sum + value;
        totals.count++;
        const at = input === 'followers' ? followersAt[p]! : snapshotAt[p]!;
        if (at > totals.freshness) totals.freshness = at;
      } else {
        const reason =
          snapshotMissing && input !== 'followers' ? NO_SNAPSHOT_REASON : NO_INPUT_REASON[input]!;
        totals.excluded.push({ postId, reason });
      }
    }
    if (!Number.isNaN(columns.engagements[p]!)) {
      countMissingComponents(aggregate.engagementComponentsMissing, p);
    }
    for (let k = 0; k < POST_PAIRINGS.length; k++) {
      const pairing = POST_PAIRINGS[k]!;
      const pair = aggregate.pairs[k]!;
      const denominator = columns[pairing.denominator][p]!;
      let numerator = Number.NaN;
      for (const input of pairing.numerator) {
        const value = columns[input][p]!;
        if (!Number.isNaN(value)) numerator = !Number.isNaN(numerator) ? numerator + value : value;
      }
      if (Number.isNaN(denominator) || Number.isNaN(numerator)) {
        const reason = snapshotMissing
          ? NO_SNAPSHOT_REASON
          : NO_INPUT_REASON[Number.isNaN(denominator) ? pairing.denominator : pairing.numerator[0]!]!;
        pair.excluded.push({ postId, reason });
        continue;
      }
      pair.numerator += numerator;
      pair.denominator += denominator;
      pair.count++;
      let at = snapshotAt[p]!;
      if (pairing.denominator === 'followers' && followersAt[p]! > at) at = followersAt[p]!;
      if (at > pair.freshness) pair.freshness = at;
      if (pairing.numerator.includes('engagements')) countMissingComponents(pair.componentsMissing, p);
      if (pair.values) {
        if (denominator > 0) pair.values[pair.valueCount++] = (numerator / denominator) * pairing.scale;
        else pair.zeroDenominator.push({ postId, reason: `${INPUT_LABELS[pairing.denominator]} is 0` });
      }
    }
  }
  return aggregate;
}
