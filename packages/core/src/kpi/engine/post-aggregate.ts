import { ENGAGEMENT_COMPONENTS, POST_INPUTS } from '../inputs';
import { NO_SNAPSHOT_SLOT, zeroSlot } from './post-exclusions';
import { POST_PAIRINGS } from './post-pairings';
import type { PreparedKpiData } from './prepared';
import type { PostExclusion } from './result';

const INPUTS = POST_INPUTS.length;
const PAIRS = POST_PAIRINGS.length;
const COMPONENTS = ENGAGEMENT_COMPONENTS.length;

/**
 * Sums of one scope's posts, indexed like POST_INPUTS (inputs) and POST_PAIRINGS (pairs). Plain arrays: a
 * scope is often a handful of posts, and small typed arrays cost more to allocate than they save.
 */
export interface PostAggregate {
  postCount: number;
  inputSum: number[];
  inputCount: number[];
  /** Newest snapshot (or follower snapshot) time that contributed, -Infinity if none. */
  inputFreshness: number[];
  /** Lists are null until a post is excluded (most scopes exclude nothing for most inputs). */
  inputExcluded: (PostExclusion[] | null)[];
  /** Per ENGAGEMENT_COMPONENTS index: posts with recorded engagements that lacked the component. */
  engagementComponentsMissing: number[];
  pairNumerator: number[];
  pairDenominator: number[];
  pairCount: number[];
  pairFreshness: number[];
  pairExcluded: (PostExclusion[] | null)[];
  /** pair × COMPONENTS + component: included posts of the pair that lacked the engagement component. */
  pairComponentsMissing: number[];
  /** Per-post ratios with a non-zero denominator, for pairings that keep values (medians). */
  pairValues: (number[] | null)[];
  pairZeroDenominator: (PostExclusion[] | null)[];
}

function emptyAggregate(postCount: number): PostAggregate {
  return {
    postCount,
    inputSum: new Array<number>(INPUTS).fill(0),
    inputCount: new Array<number>(INPUTS).fill(0),
    inputFreshness: new Array<number>(INPUTS).fill(Number.NEGATIVE_INFINITY),
    inputExcluded: new Array<PostExclusion[] | null>(INPUTS).fill(null),
    engagementComponentsMissing: new Array<number>(COMPONENTS).fill(0),
    pairNumerator: new Array<number>(PAIRS).fill(0),
    pairDenominator: new Array<number>(PAIRS).fill(0),
    pairCount: new Array<number>(PAIRS).fill(0),
    pairFreshness: new Array<number>(PAIRS).fill(Number.NEGATIVE_INFINITY),
    pairExcluded: new Array<PostExclusion[] | null>(PAIRS).fill(null),
    pairComponentsMissing: new Array<number>(PAIRS * COMPONENTS).fill(0),
    pairValues: POST_PAIRINGS.map((pairing) => (pairing.keepValues ? [] : null)),
    pairZeroDenominator: new Array<PostExclusion[] | null>(PAIRS).fill(null),
  };
}

/**
 * One pass over the posts of a scope (`order[start..end)`, or posts start..end when `order` is null):
 * sums of every post input, and Σnumerator / Σdenominator of every per-post ratio over the posts that
 * recorded both (pairwise-complete). Which inputs a post recorded was worked out once by prepare.
 */
export function aggregatePosts(
  prepared: PreparedKpiData,
  order: Int32Array | null,
  start: number,
  end: number,
): PostAggregate {
  const { posts } = prepared;
  const { inputColumns, pairNumeratorColumns, pairDenominatorColumns, recordedMask, pairMask, exclusions } =
    posts;
  const { snapshotAt, followersAt, hasSnapshot, engagementComponentBits } = posts;
  const aggregate = emptyAggregate(end - start);
  const { inputSum, inputCount, inputFreshness, inputExcluded, engagementComponentsMissing } = aggregate;
  const { pairNumerator, pairDenominator, pairCount, pairFreshness, pairExcluded, pairComponentsMissing } =
    aggregate;
  for (let i = start; i < end; i++) {
    const p = order ? order[i]! : i;
    const recorded = recordedMask[p]!;
    const noSnapshot = hasSnapshot[p] === 0;
    const snapshotTime = snapshotAt[p]!;
    const followerTime = followersAt[p]!;
    for (let k = 0; k < INPUTS; k++) {
      if ((recorded >> k) & 1) {
        inputSum[k]! += inputColumns[k]![p]!;
        inputCount[k]!++;
        const at = k === FOLLOWERS ? followerTime : snapshotTime;
        if (at > inputFreshness[k]!) inputFreshness[k] = at;
      } else {
        const exclusion = exclusions.get(p, noSnapshot && k !== FOLLOWERS ? NO_SNAPSHOT_SLOT : k);
        const list = inputExcluded[k];
        if (list) list.push(exclusion);
        else inputExcluded[k] = [exclusion];
      }
    }
    const hasEngagements = (recorded >> ENGAGEMENTS) & 1;
    if (hasEngagements) countMissing(engagementComponentsMissing, 0, recorded, engagementComponentBits);
    const included = pairMask[p]!;
    for (let j = 0; j < PAIRS; j++) {
      const pairing = POST_PAIRINGS_INDEXED[j]!;
      if (!((included >> j) & 1)) {
        const missing =
          (recorded >> pairing.denominatorIndex) & 1 ? pairing.numeratorIndex : pairing.denominatorIndex;
        const exclusion = exclusions.get(p, noSnapshot ? NO_SNAPSHOT_SLOT : missing);
        const list = pairExcluded[j];
        if (list) list.push(exclusion);
        else pairExcluded[j] = [exclusion];
        continue;
      }
      const numerator = pairNumeratorColumns[j]![p]!;
      const denominator = pairDenominatorColumns[j]![p]!;
      pairNumerator[j]! += numerator;
      pairDenominator[j]! += denominator;
      pairCount[j]!++;
      const at =
        pairing.denominatorIndex === FOLLOWERS && followerTime > snapshotTime ? followerTime : snapshotTime;
      if (at > pairFreshness[j]!) pairFreshness[j] = at;
      if (pairing.countsComponents) {
        countMissing(pairComponentsMissing, j * COMPONENTS, recorded, engagementComponentBits);
      }
      const values = aggregate.pairValues[j];
      if (values) {
        if (denominator > 0) values.push((numerator / denominator) * pairing.scale);
        else {
          const exclusion = exclusions.get(p, zeroSlot(pairing.denominatorIndex));
          const list = aggregate.pairZeroDenominator[j];
          if (list) list.push(exclusion);
          else aggregate.pairZeroDenominator[j] = [exclusion];
        }
      }
    }
  }
  return aggregate;
}

const FOLLOWERS = POST_INPUTS.indexOf('followers');
const ENGAGEMENTS = POST_INPUTS.indexOf('engagements');

const POST_PAIRINGS_INDEXED = POST_PAIRINGS.map((pairing) => ({
  scale: pairing.scale,
  denominatorIndex: POST_INPUTS.indexOf(pairing.denominator),
  numeratorIndex: POST_INPUTS.indexOf(pairing.numerator[0]!),
  countsComponents: pairing.numerator.includes('engagements'),
}));

/** `componentBits[c]` is the recorded-mask bit of engagement component c, or -1 when it is not in the set. */
function countMissing(
  counts: number[],
  offset: number,
  recorded: number,
  componentBits: readonly number[],
): void {
  for (let c = 0; c < COMPONENTS; c++) {
    const bit = componentBits[c]!;
    if (bit >= 0 && !((recorded >> bit) & 1)) counts[offset + c]!++;
  }
}
