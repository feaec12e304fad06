/**
 * A sliding window kept sorted, so its median is O(1) and its median absolute deviation O(log w)
 * (the k-th smallest of two sorted distance sequences). Insert and remove are a binary search plus
 * one array shift.
 */
export class SortedWindow {
  private readonly values: number[] = [];

  get size(): number {
    return this.values.length;
  }

  insert(value: number): void {
    this.values.splice(this.lowerBound(value), 0, value);
  }

  remove(value: number): void {
    const index = this.lowerBound(value);
    if (this.values[index] === value) this.values.splice(index, 1);
  }

  median(): number | null {
    const n = this.values.length;
    if (n === 0) return null;
    const mid = n >> 1;
    return n % 2 === 1 ? this.at(mid) : (this.at(mid - 1) + this.at(mid)) / 2;
  }

  /** Median of |x − median| over the window (unscaled MAD). */
  medianAbsoluteDeviation(): number | null {
    const center = this.median();
    if (center === null) return null;
    const n = this.values.length;
    const split = this.lowerBound(center);
    const leftLength = split;
    const rightLength = n - split;
    const left = (k: number) => center - this.at(split - 1 - k);
    const right = (k: number) => this.at(split + k) - center;
    const kth = (k: number) => kthOfTwoSorted(left, leftLength, right, rightLength, k);
    return n % 2 === 1 ? kth((n - 1) / 2) : (kth(n / 2 - 1) + kth(n / 2)) / 2;
  }

  /** Mean absolute deviation from the median: the fallback scale when the MAD is zero. */
  meanAbsoluteDeviation(): number | null {
    const center = this.median();
    if (center === null) return null;
    let total = 0;
    for (const v of this.values) total += Math.abs(v - center);
    return total / this.values.length;
  }

  private at(index: number): number {
    return this.values[index] as number;
  }

  private lowerBound(value: number): number {
    let low = 0;
    let high = this.values.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.at(mid) < value) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** The element of rank k (0-based) in the merge of two ascending sequences given as accessors. */
export function kthOfTwoSorted(
  a: (i: number) => number,
  aLength: number,
  b: (i: number) => number,
  bLength: number,
  k: number,
): number {
  let low = Math.max(0, k + 1 - bLength);
  let high = Math.min(k + 1, aLength);
  while (low <= high) {
    const takeA = (low + high) >> 1;
    const takeB = k + 1 - takeA;
    const aLeft = takeA > 0 ? a(takeA - 1) : Number.NEGATIVE_INFINITY;
    const aRight = takeA < aLength ? a(takeA) : Number.POSITIVE_INFINITY;
    const bLeft = takeB > 0 ? b(takeB - 1) : Number.NEGATIVE_INFINITY;
    const bRight = takeB < bLength ? b(takeB) : Number.POSITIVE_INFINITY;
    if (aLeft > bRight) high = takeA - 1;
    else if (bLeft > aRight) low = takeA + 1;
    else return Math.max(aLeft, bLeft);
  }
  throw new RangeError(`rank ${k} is outside the merged sequences`);
}
