import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creatorModel } from './creator-model';
import { costPerResult, forecastKpi } from './forecast';

const settings = {
  confidence: 0.8,
  simulations: 1000,
  minHistory: 3,
  priorLogSd: 0.8,
  priorWeight: 2,
  bandCoverage: 0.8,
};

describe('creatorModel', () => {
  it('fits a log-normal to history and shrinks the spread toward the prior', () => {
    // log1p of [99, 999, 9999] = ln 100, ln 1000, ln 10000: mean ln 1000, sample variance 2·(ln 10)² / 2.
    // Shrunk variance = (2·(ln 10)² + 2·0.8²) / 4 = 2.9709490.
    const model = creatorModel({ id: 'a', plannedPosts: 2, history: [99, 999, 9999] }, settings);
    if (typeof model === 'string') throw new Error(model);
    expect(model.source).toBe('history');
    expect(model.logCenter).toBeCloseTo(Math.log(1000), 12);
    expect(model.logSd).toBeCloseTo(Math.sqrt((2 * Math.LN10 ** 2 + 2 * 0.64) / 4), 12);
    expect(model.logCenterSd).toBeCloseTo(model.logSd / Math.sqrt(3), 12);
  });

  it('falls back to the benchmark band when history is short', () => {
    // 20 000 followers, ER band 1.5–2 %: typical = 20 000 · √3 / 100 = 346.41; sd = ln(4/3) / (2 · 1.2815516).
    const model = creatorModel(
      { id: 'b', plannedPosts: 1, followers: 20_000, history: [10], benchmark: { low: 1.5, high: 2 } },
      settings,
    );
    if (typeof model === 'string') throw new Error(model);
    expect(model.source).toBe('benchmark');
    expect(model.logCenter).toBeCloseTo(Math.log1p(200 * Math.sqrt(3)), 12);
    expect(model.logCenterSd).toBeCloseTo(Math.log(2 / 1.5) / (2 * 1.2815515655446004), 9);
  });

  it('says why a creator cannot be modelled', () => {
    expect(creatorModel({ id: 'c', plannedPosts: 1, history: [5] }, settings)).toContain('only 1 past posts');
    expect(creatorModel({ id: 'd', plannedPosts: 1.5 }, settings)).toContain('whole number');
  });
});

describe('forecastKpi', () => {
  const plans = [
    { id: 'nano', plannedPosts: 4, history: [900, 1100, 1000, 1000, 950, 1050] },
    { id: 'micro', plannedPosts: 2, followers: 20_000, benchmark: { low: 1.5, high: 2 } },
    { id: 'ghost', plannedPosts: 3 },
  ];

  it('sums creators, skips the ones without basis, and is deterministic for a seed', () => {
    const first = forecastKpi(plans, { seed: 3 });
    const again = forecastKpi(plans, { seed: 3 });
    if (!first.ok || !again.ok) throw new Error('expected forecasts');
    expect(first.total).toEqual(again.total);
    expect(first.skipped).toEqual([
      { id: 'ghost', reason: 'no history and no benchmark band with followers' },
    ]);
    expect(first.creators.map((c) => [c.id, c.source])).toEqual([
      ['nano', 'history'],
      ['micro', 'benchmark'],
    ]);
    const [low, high] = first.total.interval;
    expect(low).toBeLessThan(first.total.median);
    expect(first.total.median).toBeLessThan(high);
  });

  it('matches the log-normal mean exp(μ + (σc² + σ²)/2) − 1 per post', () => {
    const plan = { id: 'x', plannedPosts: 4, history: [999, 999, 999, 999] };
    // Zero sample variance: σ² = 2·0.64/5 = 0.256 (n − 1 = 3, prior weight 2); σc² = σ²/4.
    const sigma2 = (2 * 0.64) / 5;
    const expected = 4 * (1000 * Math.exp((sigma2 / 4 + sigma2) / 2) - 1);
    const result = forecastKpi([plan], { simulations: 40_000, seed: 11 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.total.mean / expected).toBeGreaterThan(0.98);
    expect(result.total.mean / expected).toBeLessThan(1.02);
  });

  it('refuses a plan with no usable creator', () => {
    expect(forecastKpi([{ id: 'ghost', plannedPosts: 1 }])).toMatchObject({ ok: false, code: 'no_basis' });
  });

  it('never returns NaN or infinity', () => {
    const plan = fc.record({
      id: fc.string(),
      plannedPosts: fc.integer({ min: 0, max: 5 }),
      followers: fc.option(fc.integer({ min: 0, max: 5_000_000 })),
      history: fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { maxLength: 6 }),
      benchmark: fc.option(
        fc.record({
          low: fc.double({ min: 0.01, max: 5, noNaN: true }),
          high: fc.double({ min: 5, max: 20, noNaN: true }),
        }),
      ),
    });
    fc.assert(
      fc.property(fc.array(plan, { minLength: 1, maxLength: 4 }), (plans) => {
        const result = forecastKpi(plans, { simulations: 200 });
        if (!result.ok) return result.code === 'no_basis';
        const numbers = [result.total.mean, result.total.median, ...result.total.interval];
        return numbers.every((n) => Number.isFinite(n) && n >= 0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('costPerResult', () => {
  it('inverts the quantiles', () => {
    const result = costPerResult(1_000_000, { mean: 5200, median: 5000, interval: [4000, 8000] });
    expect(result).toEqual({ median: 200, interval: [125, 250] });
    expect(costPerResult(10, { mean: 0, median: 0, interval: [0, 0] })).toEqual({
      median: null,
      interval: [null, null],
    });
  });
});
