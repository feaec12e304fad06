export interface PeriodRange {
  /** Epoch ms, inclusive. */
  from: number;
  to: number;
}

/** The period of the same length that ends right before `range` starts. */
export function previousPeriod(range: PeriodRange): PeriodRange {
  const length = range.to - range.from;
  return { from: range.from - length - 1, to: range.from - 1 };
}

export interface ValueDelta {
  current: number | null;
  previous: number | null;
  /** current − previous; null when either is missing. */
  change: number | null;
  /** change ÷ |previous| × 100; null when either is missing or previous is 0. */
  changePercent: number | null;
}

export function compareValues(current: number | null, previous: number | null): ValueDelta {
  if (current === null || previous === null) return { current, previous, change: null, changePercent: null };
  const change = current - previous;
  return {
    current,
    previous,
    change,
    changePercent: previous === 0 ? null : (change / Math.abs(previous)) * 100,
  };
}
