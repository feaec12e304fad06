import { describe, expect, it } from 'vitest';
import { type DailySentiment, negativeSpikes } from './negative-spikes';

function day(n: number, negative: number, total: number): DailySentiment {
  return { day: `2026-03-${String(n).padStart(2, '0')}`, negative, total };
}

describe('negativeSpikes', () => {
  it('flags a day whose negative share jumps far above the baseline', () => {
    // Ten days at 10 % negative, then 60 %: (0.6 − 0.1) / max(scale, 0.05) ≥ 3.5.
    const days = [...Array.from({ length: 10 }, (_, i) => day(i + 1, 2, 20)), day(11, 12, 20)];
    const spikes = negativeSpikes(days);
    expect(spikes).toHaveLength(1);
    expect(spikes[0]?.day).toBe('2026-03-11');
    expect(spikes[0]?.negativeShare).toBeCloseTo(0.6);
    expect(spikes[0]?.expectedShare).toBeCloseTo(0.1);
  });

  it('ignores small wiggles and days with too few comments', () => {
    const days = [
      ...Array.from({ length: 10 }, (_, i) => day(i + 1, 2 + (i % 2), 20)),
      day(11, 4, 4), // 100 % negative but only 4 comments
      day(12, 3, 20),
    ];
    expect(negativeSpikes(days)).toEqual([]);
  });

  it('needs five judged days of history before flagging', () => {
    expect(negativeSpikes([day(1, 1, 10), day(2, 1, 10), day(3, 1, 10), day(4, 9, 10)])).toEqual([]);
  });
});
