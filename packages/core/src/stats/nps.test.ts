import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nps, npsFromCounts } from './nps';

describe('nps', () => {
  it('gives 35 for the KPI worked example answers', () => {
    const answers = [10, 9, 9, 8, 7, 10, 6, 3, 9, 10, 8, 5, 9, 10, 7, 9, 2, 10, 9, 8];
    const result = nps(answers);
    expect(result).toMatchObject({ ok: true, promoters: 11, passives: 5, detractors: 4, n: 20 });
    if (result.ok) expect(result.nps).toBeCloseTo(35, 12);
  });

  it('computes the standard error from the +1/0/−1 score variance', () => {
    // 70 promoters, 20 passives, 10 detractors: NPS 60; Var = (0.7 + 0.1 − 0.6²)/100 = 0.0044.
    const result = npsFromCounts({ promoters: 70, passives: 20, detractors: 10 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.nps).toBeCloseTo(60, 12);
    expect(result.standardError).toBeCloseTo(6.63324958, 7);
    expect(result.interval[0]).toBeCloseTo(46.99906972, 6);
    expect(result.interval[1]).toBeCloseTo(73.00093028, 6);
  });

  it('refuses empty or invalid answers', () => {
    expect(nps([])).toMatchObject({ ok: false, code: 'no_answers' });
    expect(nps([11])).toMatchObject({ ok: false, code: 'invalid_answer' });
    expect(nps([7.5])).toMatchObject({ ok: false, code: 'invalid_answer' });
  });

  it('stays finite and inside [−100, 100]', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }), (answers) => {
        const result = nps(answers);
        if (!result.ok) return false;
        const [low, high] = result.interval;
        return (
          [result.nps, result.standardError, low, high].every(Number.isFinite) &&
          low >= -100 &&
          high <= 100 &&
          low <= result.nps &&
          result.nps <= high
        );
      }),
    );
  });
});
