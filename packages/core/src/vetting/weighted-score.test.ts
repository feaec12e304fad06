import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SignalAssessment } from './signal';
import { combineSignals } from './weighted-score';

function signal(id: string, subscore: number | null): SignalAssessment {
  return {
    id,
    label: { vi: id, en: id },
    status: subscore === null ? 'not_available' : 'ok',
    rawValue: subscore,
    unit: 'share',
    reference: null,
    thresholds: {},
    subscore,
    explanation: { vi: '', en: '' },
  };
}

describe('combineSignals', () => {
  it('re-normalises weights over available signals', () => {
    const result = combineSignals([signal('a', 1), signal('b', 0.5), signal('c', null)], {
      a: 0.2,
      b: 0.3,
      c: 0.5,
    });
    // effective weights 0.4 and 0.6 → 40 + 30
    expect(result.score).toBeCloseTo(70, 10);
    expect(result.coverage).toBeCloseTo(0.5, 12);
    expect(result.notAvailable).toEqual(['c']);
    expect(result.signals[0]!.maxPoints).toBeCloseTo(40, 10);
    expect(result.signals[1]!.contribution).toBeCloseTo(30, 10);
    expect(result.signals[2]!.contribution).toBeNull();
    expect(result.signals[2]!.effectiveWeight).toBe(0);
  });
  it('is null, not zero, when nothing is available', () => {
    const result = combineSignals([signal('a', null)], { a: 1 });
    expect(result.score).toBeNull();
    expect(result.coverage).toBe(0);
  });
  it('property: score within 0–100, equals the sum of contributions, and ignores missing signals', () => {
    const entry = fc.record({
      weight: fc.double({ min: 0.01, max: 10, noNaN: true }),
      subscore: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), (entries) => {
        const ids = entries.map((_, i) => `s${i}`);
        const weights = Object.fromEntries(entries.map((e, i) => [ids[i]!, e.weight]));
        const result = combineSignals(
          entries.map((e, i) => signal(ids[i]!, e.subscore)),
          weights,
        );
        const available = entries.filter((e) => e.subscore !== null);
        if (available.length === 0) return result.score === null;
        const expected =
          (100 * available.reduce((s, e) => s + e.weight * e.subscore!, 0)) /
          available.reduce((s, e) => s + e.weight, 0);
        const sum = result.signals.reduce((s, x) => s + (x.contribution ?? 0), 0);
        const onlyAvailable = combineSignals(
          entries.flatMap((e, i) => (e.subscore === null ? [] : [signal(ids[i]!, e.subscore)])),
          weights,
        );
        return (
          result.score !== null &&
          !Number.isNaN(result.score) &&
          result.score >= 0 &&
          result.score <= 100 &&
          Math.abs(result.score - expected) < 1e-9 &&
          Math.abs(sum - result.score) < 1e-9 &&
          Math.abs((onlyAvailable.score ?? -1) - result.score) < 1e-9
        );
      }),
    );
  });
});
