import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paceKpi } from './pace-kpi';
import { projectFinal } from './projection';

describe('projectFinal', () => {
  it('extrapolates by the planned share with a log-normal interval shrinking with progress', () => {
    // 400 delivered at half the plan: projected 800; σ_eff = 0.4 · 0.5 = 0.2; z(80 %) = 1.2815516.
    const result = projectFinal({ actual: 400, share: 0.5, residualLogSd: 0.4, target: 1000 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.projected).toBe(800);
    expect(result.interval[0]).toBeCloseTo(619.1214237, 6);
    expect(result.interval[1]).toBeCloseTo(1033.7229104, 6);
    // P(final ≥ 1000) = Φ(ln(0.8) / 0.2) = 0.1322715
    expect(result.probabilityOnTarget).toBeCloseTo(0.1322714837, 8);
  });

  it('is exact at the end and knows when the target is already reached or lost', () => {
    expect(projectFinal({ actual: 900, share: 1, residualLogSd: 0.4 })).toMatchObject({
      projected: 900,
      interval: [900, 900],
    });
    expect(projectFinal({ actual: 1200, share: 0.3, residualLogSd: 0.4, target: 1000 })).toMatchObject({
      probabilityOnTarget: 1,
    });
    expect(
      projectFinal({ actual: 1200, share: 0.3, residualLogSd: 0.4, target: 1000, direction: 'lower' }),
    ).toMatchObject({
      probabilityOnTarget: 0,
    });
  });

  it('never puts the lower bound below what is already delivered', () => {
    const result = projectFinal({ actual: 100, share: 0.1, residualLogSd: 3 });
    expect(result.ok && result.interval[0]).toBe(100);
  });

  it('explains missing data and zero progress', () => {
    expect(projectFinal({ actual: null, share: 0.5, residualLogSd: 0.4 })).toMatchObject({
      ok: false,
      code: 'no_data',
    });
    expect(projectFinal({ actual: 10, share: 0, residualLogSd: 0.4 })).toMatchObject({
      ok: false,
      code: 'no_progress',
    });
  });
});

describe('paceKpi', () => {
  it('combines expected, pacing and projection for a linear campaign', () => {
    const DAY = 86_400_000;
    const pace = paceKpi({ target: 1000, start: 0, end: 10 * DAY, now: 5 * DAY, actual: 400 });
    expect(pace.expected).toMatchObject({ ok: true, expected: 500 });
    expect(pace.pacing).toMatchObject({ ok: true, pacingPercent: 80, status: 'off_track' });
    expect(pace.projection).toMatchObject({ ok: true, projected: 800 });
  });

  it('never returns NaN or infinity', () => {
    const finiteNumbers = (value: unknown): boolean => {
      if (typeof value === 'number') return Number.isFinite(value);
      if (Array.isArray(value)) return value.every(finiteNumbers);
      if (value && typeof value === 'object') return Object.values(value).every(finiteNumbers);
      return true;
    };
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.option(fc.double({ min: 0, max: 1e12, noNaN: true })),
        fc.integer({ min: -10, max: 40 }),
        fc.array(
          fc.record({
            publishAt: fc.integer({ min: -5, max: 40 }),
            expectedValue: fc.double({ min: 0, max: 1e6, noNaN: true }),
          }),
          { maxLength: 5 },
        ),
        fc.constantFrom('higher' as const, 'lower' as const),
        (target, actual, nowDay, posts, direction) => {
          const DAY = 86_400_000;
          const pace = paceKpi({
            target,
            actual,
            direction,
            start: 0,
            end: 30 * DAY,
            now: nowDay * DAY,
            posts: posts.map((p) => ({
              publishAt: p.publishAt * DAY,
              expectedValue: p.expectedValue,
              platform: 'tiktok',
            })),
          });
          return finiteNumbers(pace);
        },
      ),
    );
  });
});
