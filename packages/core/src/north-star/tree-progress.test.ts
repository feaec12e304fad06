import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KpiTreeNodeInput } from './kpi-tree-types';
import { computeKpiTreeProgress } from './tree-progress';

const PERIOD = { periodStart: '2026-01-01', periodEnd: '2026-01-10' };

function node(partial: Partial<KpiTreeNodeInput> & Pick<KpiTreeNodeInput, 'id'>): KpiTreeNodeInput {
  return {
    parentId: null,
    kpiId: 'conversions',
    target: 100,
    weight: 1,
    campaignValues: [],
    ...PERIOD,
    ...partial,
  };
}

describe('computeKpiTreeProgress', () => {
  // Halfway through a 10-day period (5 of 10 days elapsed on 2026-01-05).
  const tree = [
    node({ id: 'company', target: 1000 }),
    node({ id: 'team-a', parentId: 'company', target: 600, campaignValues: [100, null] }),
    node({ id: 'anh', parentId: 'team-a', target: 100, campaignValues: [50] }),
    node({ id: 'team-b', parentId: 'company', target: 400, campaignValues: [300] }),
  ];
  const result = computeKpiTreeProgress(tree, '2026-01-05');

  it('adds up conversions from campaigns and children at every level', () => {
    expect(result.get('anh')?.actual).toBe(50);
    expect(result.get('team-a')?.actual).toBe(150);
    expect(result.get('team-b')?.actual).toBe(300);
    expect(result.get('company')?.actual).toBe(450);
    expect(result.get('company')?.contributions).toBe(2);
    expect(result.get('company')?.rolledUpChildren).toEqual(['team-a', 'team-b']);
  });

  it('paces each node against its target spread over the elapsed days', () => {
    const company = result.get('company');
    expect(company?.elapsed).toBe(0.5);
    expect(company?.expectedToDate).toBe(500);
    expect(company?.progress).toBe(0.45);
    // 450 of 500 expected = 90 %: 10 % behind is at risk (bands 5 % / 15 %).
    expect(company?.status).toBe('at_risk');
    expect(result.get('team-a')?.status).toBe('off_track'); // 150 of 300
    expect(result.get('team-b')?.status).toBe('ahead'); // 300 of 200
    expect(result.get('anh')?.status).toBe('on_track'); // 50 of 50
  });

  it('averages rates with the children weights instead of adding them', () => {
    const rates = computeKpiTreeProgress(
      [
        node({ id: 'root', kpiId: 'engagement_rate', target: 5 }),
        node({ id: 'a', parentId: 'root', kpiId: 'engagement_rate', weight: 3, campaignValues: [4] }),
        node({ id: 'b', parentId: 'root', kpiId: 'engagement_rate', weight: 1, campaignValues: [8] }),
      ],
      '2026-01-05',
    );
    const root = rates.get('root');
    expect(root?.rule).toBe('weighted_mean');
    expect(root?.actual).toBe(5); // (4×3 + 8×1) / 4
    expect(root?.expectedToDate).toBe(5); // a rate's target does not accumulate
    expect(root?.status).toBe('on_track');
  });

  it('reads lower-is-better KPIs the other way round', () => {
    const cpa = computeKpiTreeProgress(
      [node({ id: 'cpa', kpiId: 'cpa', target: 50_000, campaignValues: [40_000] })],
      '2026-01-05',
    ).get('cpa');
    expect(cpa?.progress).toBe(1.25);
    expect(cpa?.status).toBe('ahead');
  });

  it('shows a child measuring another KPI without adding it to the parent', () => {
    const mixed = computeKpiTreeProgress(
      [
        node({ id: 'root', campaignValues: [10] }),
        node({ id: 'reach-team', parentId: 'root', kpiId: 'reach', campaignValues: [5_000] }),
      ],
      '2026-01-05',
    );
    expect(mixed.get('root')?.actual).toBe(10);
    expect(mixed.get('root')?.excludedChildren).toEqual([{ id: 'reach-team', reason: 'different_kpi' }]);
    expect(mixed.get('reach-team')?.actual).toBe(5_000);
  });

  it('says not started before the period and no data when nothing reported', () => {
    const early = computeKpiTreeProgress([node({ id: 'n', campaignValues: [5] })], '2025-12-31').get('n');
    expect(early?.status).toBe('not_started');
    expect(early?.expectedToDate).toBeNull();
    const empty = computeKpiTreeProgress([node({ id: 'n', campaignValues: [null] })], '2026-01-05').get('n');
    expect(empty?.actual).toBeNull();
    expect(empty?.progress).toBeNull();
    expect(empty?.status).toBe('no_data');
  });

  it('refuses a cycle and an unknown parent', () => {
    expect(() =>
      computeKpiTreeProgress(
        [node({ id: 'a', parentId: 'b' }), node({ id: 'b', parentId: 'a' })],
        '2026-01-05',
      ),
    ).toThrow(/cycle/);
    expect(() => computeKpiTreeProgress([node({ id: 'a', parentId: 'ghost' })], '2026-01-05')).toThrow(
      /unknown parent/,
    );
  });

  it('sums every campaign value of a one-KPI tree into the root', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 4 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (valuesPerTeam) => {
          const nodes = [
            node({ id: 'root' }),
            ...valuesPerTeam.map((values, i) =>
              node({ id: `team-${i}`, parentId: 'root', campaignValues: values }),
            ),
          ];
          const total = valuesPerTeam.flat().reduce((sum, v) => sum + v, 0);
          const hasAny = valuesPerTeam.some((values) => values.length > 0);
          const root = computeKpiTreeProgress(nodes, '2026-01-10').get('root');
          expect(root?.actual).toBe(hasAny ? total : null);
        },
      ),
    );
  });
});
