import type { CurrencyCode } from '../../money';
import type { EngagementComponent, PostInput, ScopeInput } from '../inputs';
import type { Platform } from '../platforms';
import type { KpiDataset, KpiRange } from './dataset';
import type { FollowerSeries } from './follower-series';
import type { PostExclusionCache } from './post-exclusions';

/** Posts in range as columns: one Float64Array per input, NaN where not recorded. */
export interface PreparedPosts {
  count: number;
  ids: string[];
  index: Map<string, number>;
  /** Creator index, or -1 when the account is unknown. */
  creator: Int32Array;
  /** Account index, or -1 when unknown. */
  account: Int32Array;
  /** 1 when the post has a snapshot at or before the range end. */
  hasSnapshot: Uint8Array;
  /** Time of the snapshot used as the post's current value (NaN if none). */
  snapshotAt: Float64Array;
  /** Time of the follower snapshot used as the post's followers (NaN if none). */
  followersAt: Float64Array;
  columns: Record<PostInput, Float64Array>;
  /** `columns` in POST_INPUTS order. */
  inputColumns: Float64Array[];
  /** Bit k set when the post recorded POST_INPUTS[k]. */
  recordedMask: Uint16Array;
  /** Bit j set when the post recorded both sides of POST_PAIRINGS[j]. */
  pairMask: Uint16Array;
  pairNumeratorColumns: Float64Array[];
  pairDenominatorColumns: Float64Array[];
  /** Per ENGAGEMENT_COMPONENTS index: its bit in `recordedMask`, or -1 when not in the engagement set. */
  engagementComponentBits: number[];
  exclusions: PostExclusionCache;
}

export interface PreparedAccounts {
  ids: string[];
  index: Map<string, number>;
  creator: Int32Array;
  platform: Platform[];
  followers: FollowerSeries[];
}

/** Posts grouped by creator (compressed rows): creator c owns postOrder[postOffsets[c] .. postOffsets[c+1]). */
export interface PreparedCreators {
  ids: string[];
  index: Map<string, number>;
  postOffsets: Int32Array;
  postOrder: Int32Array;
  accounts: number[][];
}

/** Scope-level inputs aggregated from cost/conversion/site entries; slot `creators.ids.length` is the campaign. */
export interface ScopeInputTable {
  sums: Partial<Record<ScopeInput, Float64Array>>;
  /** Newest `at` of a dated entry that contributed, -Infinity if none was dated. */
  freshness: Partial<Record<ScopeInput, Float64Array>>;
}

export interface PreparedKpiData {
  dataset: KpiDataset;
  currency: CurrencyCode;
  range: KpiRange;
  rangeEnd: number;
  engagementSet: readonly EngagementComponent[];
  posts: PreparedPosts;
  accounts: PreparedAccounts;
  creators: PreparedCreators;
  scopeInputs: ScopeInputTable;
}
