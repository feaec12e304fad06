import { INPUT_LABELS, POST_INPUTS } from '../inputs';
import type { PostExclusion } from './result';

const NO_SNAPSHOT_REASON = 'no snapshot at or before the end of the range';

const INPUT_COUNT = POST_INPUTS.length;

/** Reason slots: "no <input> recorded" per input, then "no snapshot", then "<input> is 0" per input. */
export const NO_SNAPSHOT_SLOT = INPUT_COUNT;
export const zeroSlot = (input: number) => INPUT_COUNT + 1 + input;
const SLOT_COUNT = 2 * INPUT_COUNT + 1;

const REASONS: readonly string[] = [
  ...POST_INPUTS.map((input) => `no ${INPUT_LABELS[input]} recorded`),
  NO_SNAPSHOT_REASON,
  ...POST_INPUTS.map((input) => `${INPUT_LABELS[input]} is 0`),
];

/**
 * Exclusion records shared by every scope of one prepared dataset: a post left out for the same reason at
 * campaign and at creator level is the same (read-only) object, created once.
 */
export class PostExclusionCache {
  private readonly cache: (PostExclusion | undefined)[];

  constructor(private readonly postIds: readonly string[]) {
    this.cache = new Array(postIds.length * SLOT_COUNT);
  }

  get(post: number, slot: number): PostExclusion {
    const key = post * SLOT_COUNT + slot;
    let exclusion = this.cache[key];
    if (exclusion === undefined) {
      exclusion = { postId: this.postIds[post]!, reason: REASONS[slot]! };
      this.cache[key] = exclusion;
    }
    return exclusion;
  }
}
