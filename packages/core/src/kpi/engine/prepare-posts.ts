import {
  ENGAGEMENT_COMPONENTS,
  type EngagementComponent,
  POST_INPUTS,
  POST_METRICS,
  type PostInput,
} from '../inputs';
import type { KpiRange, PostRecord, PostSnapshot } from './dataset';
import { nearestSnapshotIndex } from './follower-series';
import { PostExclusionCache } from './post-exclusions';
import { POST_PAIRINGS } from './post-pairings';
import type { PreparedAccounts, PreparedPosts } from './prepared';

function publishedInRange(post: PostRecord, range: KpiRange): boolean {
  if (range.from !== undefined && post.publishedAt < range.from) return false;
  if (range.to !== undefined && post.publishedAt > range.to) return false;
  return true;
}

/** The post's current value: its latest snapshot at or before the range end (the first one on equal times). */
function currentSnapshot(post: PostRecord, rangeEnd: number): PostSnapshot | undefined {
  let best: PostSnapshot | undefined;
  for (const snapshot of post.snapshots) {
    if (snapshot.at <= rangeEnd && (best === undefined || snapshot.at > best.at)) best = snapshot;
  }
  return best;
}

function emptyColumns(count: number): Record<PostInput, Float64Array> {
  const columns = {} as Record<PostInput, Float64Array>;
  for (const input of POST_INPUTS) columns[input] = new Float64Array(count).fill(Number.NaN);
  return columns;
}

export function preparePosts(
  posts: readonly PostRecord[],
  accounts: PreparedAccounts,
  range: KpiRange,
  rangeEnd: number,
  engagementSet: readonly EngagementComponent[],
): PreparedPosts {
  const kept = posts.filter((post) => publishedInRange(post, range));
  const count = kept.length;
  const ids = new Array<string>(count);
  const columns = emptyColumns(count);
  const prepared: PreparedPosts = {
    count,
    ids,
    index: new Map(),
    creator: new Int32Array(count).fill(-1),
    account: new Int32Array(count).fill(-1),
    hasSnapshot: new Uint8Array(count),
    snapshotAt: new Float64Array(count).fill(Number.NaN),
    followersAt: new Float64Array(count).fill(Number.NaN),
    columns,
    inputColumns: POST_INPUTS.map((input) => columns[input]),
    recordedMask: new Uint16Array(count),
    pairMask: new Uint16Array(count),
    pairNumeratorColumns: [],
    pairDenominatorColumns: POST_PAIRINGS.map((pairing) => columns[pairing.denominator]),
    engagementComponentBits: ENGAGEMENT_COMPONENTS.map((component) =>
      engagementSet.includes(component) ? POST_INPUTS.indexOf(component) : -1,
    ),
    exclusions: new PostExclusionCache(ids),
  };
  const engagementColumns = engagementSet.map((component) => columns[component]);
  for (let p = 0; p < count; p++) {
    const post = kept[p]!;
    ids[p] = post.id;
    prepared.index.set(post.id, p);
    const snapshot = currentSnapshot(post, rangeEnd);
    if (snapshot) {
      prepared.hasSnapshot[p] = 1;
      prepared.snapshotAt[p] = snapshot.at;
      for (const metric of POST_METRICS) {
        const value = snapshot[metric];
        if (typeof value === 'number' && Number.isFinite(value)) columns[metric][p] = value;
      }
      let engagements = Number.NaN;
      for (const column of engagementColumns) {
        const value = column[p]!;
        if (!Number.isNaN(value)) engagements = !Number.isNaN(engagements) ? engagements + value : value;
      }
      columns.engagements[p] = engagements;
    }
    const accountIndex = accounts.index.get(post.account);
    if (accountIndex === undefined) continue;
    prepared.account[p] = accountIndex;
    prepared.creator[p] = accounts.creator[accountIndex]!;
    const series = accounts.followers[accountIndex]!;
    const nearest = nearestSnapshotIndex(series, post.publishedAt);
    if (nearest >= 0) {
      columns.followers[p] = series.counts[nearest]!;
      prepared.followersAt[p] = series.times[nearest]!;
    }
  }
  prepared.pairNumeratorColumns = POST_PAIRINGS.map((pairing) =>
    numeratorColumn(columns, pairing.numerator, count),
  );
  markRecorded(prepared);
  return prepared;
}

/** A pairing's numerator per post: the input column itself, or the sum of the recorded inputs (NaN if none). */
function numeratorColumn(
  columns: Record<PostInput, Float64Array>,
  inputs: readonly PostInput[],
  count: number,
): Float64Array {
  if (inputs.length === 1) return columns[inputs[0]!];
  const sum = new Float64Array(count).fill(Number.NaN);
  for (const input of inputs) {
    const column = columns[input];
    for (let p = 0; p < count; p++) {
      const value = column[p]!;
      if (!Number.isNaN(value)) sum[p] = Number.isNaN(sum[p]!) ? value : sum[p]! + value;
    }
  }
  return sum;
}

function markRecorded(posts: PreparedPosts): void {
  const { inputColumns, pairNumeratorColumns, pairDenominatorColumns, recordedMask, pairMask } = posts;
  for (let p = 0; p < posts.count; p++) {
    let recorded = 0;
    for (let k = 0; k < inputColumns.length; k++) if (!Number.isNaN(inputColumns[k]![p]!)) recorded |= 1 << k;
    recordedMask[p] = recorded;
    let paired = 0;
    for (let j = 0; j < pairNumeratorColumns.length; j++) {
      if (!Number.isNaN(pairNumeratorColumns[j]![p]!) && !Number.isNaN(pairDenominatorColumns[j]![p]!))
        paired |= 1 << j;
    }
    pairMask[p] = paired;
  }
}
