import { describe, expect, it } from 'vitest';
import { splitEligible } from './eligibility';
import { explainMix } from './explain-mix';
import { greedyMix } from './greedy-mix';
import { buildMixModel } from './lp-model';
import { mixObjective } from './mix-objective';
import { summariseMix } from './mix-summary';
import type { MixCandidate, MixConstraints } from './mix-types';
import { pickedFromColumns, scenarioConstraints } from './scenarios';

function candidate(id: string, over: Partial<MixCandidate>): MixCandidate {
  return {
    id,
    name: id,
    tier: 'nano',
    fee: 1_000_000,
    expected: { reach: 10_000, engagements: 500, clicks: 50, conversions: 5 },
    quality: 80,
    risk: 'low',
    niches: [],
    audienceSegment: null,
    ...over,
  };
}

const base: MixConstraints = { goal: 'reach', budget: 10_000_000 };

describe('splitEligible', () => {
  it('rules out creators with the rule that rules them out', () => {
    const { eligible, excluded } = splitEligible(
      [
        candidate('ok', {}),
        candidate('nofee', { fee: null }),
        candidate('noest', { expected: { reach: null, engagements: 1, clicks: 1, conversions: 1 } }),
        candidate('lowq', { quality: 30 }),
        candidate('risky', { risk: 'high' }),
        candidate('pricey', { fee: 5_000_000 }),
      ],
      { ...base, minQuality: 50, maxRisk: 'medium', maxSharePerCreator: 0.4 },
    );
    expect(eligible.map((c) => [c.id, c.value])).toEqual([['ok', 10_000]]);
    expect(excluded).toEqual([
      { id: 'nofee', reason: 'no_fee' },
      { id: 'noest', reason: 'no_estimate' },
      { id: 'lowq', reason: 'below_min_quality' },
      { id: 'risky', reason: 'above_max_risk' },
      { id: 'pricey', reason: 'above_max_share' },
    ]);
  });
});

describe('greedyMix', () => {
  it('takes the best result per đồng first and stops at the budget', () => {
    const { eligible } = splitEligible(
      [
        candidate('a', {
          fee: 6_000_000,
          expected: { reach: 90_000, engagements: 0, clicks: 0, conversions: 0 },
        }),
        candidate('b', {
          fee: 5_000_000,
          expected: { reach: 50_000, engagements: 0, clicks: 0, conversions: 0 },
        }),
        candidate('c', {
          fee: 5_000_000,
          expected: { reach: 49_000, engagements: 0, clicks: 0, conversions: 0 },
        }),
      ],
      base,
    );
    // ratios: a 15 000/M, b 10 000/M, c 9 800/M → a (6 M), then b does not fit (11 M), c does not fit either.
    expect(greedyMix(eligible, base)).toEqual([0]);
    // b + c = 99 000 within 10 M beats a alone (90 000): greedy is not optimal here.
    expect(mixObjective(eligible, [1, 2], base)).toBe(99_000);
  });

  it('covers a required niche before filling the budget', () => {
    const { eligible } = splitEligible(
      [
        candidate('beauty', { niches: ['làm đẹp'], fee: 2_000_000 }),
        candidate('food', { niches: ['ẩm thực'] }),
      ],
      { ...base, budget: 2_000_000 },
    );
    const constraints = { ...base, budget: 2_000_000, nichesToCover: ['làm đẹp'] };
    expect(greedyMix(eligible, constraints)).toEqual([0]);
  });
});

describe('buildMixModel', () => {
  it('writes the budget, tier, niche and overlap rows in LP format', () => {
    const { eligible } = splitEligible(
      [
        candidate('a', { audienceSegment: 's', niches: ['n'] }),
        candidate('b', { audienceSegment: 's', tier: 'micro', fee: 3_000_000 }),
      ],
      base,
    );
    const model = buildMixModel(eligible, {
      ...base,
      minPerTier: { micro: 1 },
      maxPerTier: { nano: 0 },
      nichesToCover: ['n', 'không ai'],
      overlapPenalty: 0.5,
    });
    expect(model.columns).toEqual(['x0', 'x1']);
    expect(model.lp).toContain('budget:\n  1000000 x0 + 3000000 x1 <= 10000000');
    expect(model.lp).toContain('tier_min_micro:\n  1 x1 >= 1');
    expect(model.lp).toContain('tier_max_nano:\n  1 x0 <= 0');
    expect(model.lp).toContain('niche_0:\n  1 x0 >= 1');
    expect(model.uncoverableNiches).toEqual(['không ai']);
    // mean value 10 000 × 0.5 = 5 000 lost per extra creator in the segment
    expect(model.segments).toEqual([{ column: 'e0', members: [0, 1], penaltyPerExtra: 5_000 }]);
    expect(model.lp).toContain('seg_0:\n  1 e0 - 1 x0 - 1 x1 >= -1');
    expect(mixObjective(eligible, [0, 1], { ...base, overlapPenalty: 0.5 })).toBe(15_000);
  });
});

describe('summary, explanations, scenarios', () => {
  it('adds expected results, cost per result and concentration', () => {
    const { eligible } = splitEligible(
      [candidate('a', { fee: 3_000_000 }), candidate('b', { fee: 1_000_000, risk: null })],
      base,
    );
    const summary = summariseMix(eligible, 'reach');
    expect(summary.cost).toBe(4_000_000);
    expect(summary.expected.reach).toEqual({ total: 20_000, missing: 0 });
    expect(summary.costPerResult).toBe(200);
    expect(summary.maxShare).toBe(0.75);
    expect(summary.concentration).toBeCloseTo(0.75 ** 2 + 0.25 ** 2, 10);
    expect(summary.risk).toEqual({ low: 1, medium: 0, high: 0, unknown: 1 });
  });

  it('says why each creator was picked or skipped', () => {
    const constraints = { ...base, maxPerTier: { micro: 1 }, nichesToCover: ['n'] };
    const { eligible, excluded } = splitEligible(
      [
        candidate('niche', { niches: ['n'] }),
        candidate('m1', { tier: 'micro' }),
        candidate('m2', { tier: 'micro' }),
        candidate('nofee', { fee: null }),
      ],
      constraints,
    );
    const reasons = explainMix(eligible, [0, 1], excluded, constraints).map((e) => [
      e.id,
      e.picked,
      e.reason,
    ]);
    expect(reasons).toEqual([
      ['niche', true, 'covers_niche'],
      ['m1', true, 'best_value'],
      ['m2', false, 'tier_full'],
      ['nofee', false, 'no_fee'],
    ]);
  });

  it('says when the expected result for the goal comes from a tier benchmark', () => {
    const { eligible, excluded } = splitEligible(
      [candidate('new', { benchmarked: ['reach'] }), candidate('known', { benchmarked: ['clicks'] })],
      base,
    );
    const flags = explainMix(eligible, [0], excluded, base).map((e) => [e.id, e.fromBenchmark]);
    expect(flags).toEqual([
      ['new', true],
      ['known', false],
    ]);
  });

  it('turns "1 mega" into one creator of the mega tier, and reads solver columns', () => {
    const mega = scenarioConstraints('one_mega', { ...base, nichesToCover: ['n'] });
    expect(mega).toMatchObject({ allowedTiers: ['mega'], maxCreators: 1, nichesToCover: [] });
    expect(pickedFromColumns(['x0', 'x1', 'x2'], { x0: 1, x1: 0.0000001, x2: 0.9999 })).toEqual([0, 2]);
  });
});
