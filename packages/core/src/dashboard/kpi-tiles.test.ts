import { describe, expect, it } from 'vitest';
import { evaluateFromTotals } from './evaluate-totals';
import { buildKpiTiles } from './kpi-tiles';

const DAY = 86_400_000;
const start = Date.UTC(2026, 4, 1);
const end = start + 10 * DAY;

describe('buildKpiTiles', () => {
  it('paces a cumulative KPI against the elapsed share and projects its final value', () => {
    const reach = evaluateFromTotals('reach', { inputs: { reach: 40_000 }, pairs: {}, freshness: null })!;
    const [tile] = buildKpiTiles({
      plan: [{ kpiId: 'reach', target: 100_000 }],
      actuals: { reach },
      start,
      end,
      now: start + 5 * DAY,
    });
    expect(tile?.progressPercent).toBe(40);
    expect(tile?.pacing).toMatchObject({
      ok: true,
      expected: 50_000,
      pacingPercent: 80,
      status: 'off_track',
    });
    expect(tile?.projection).toMatchObject({ ok: true, projected: 80_000, method: 'pace' });
  });

  it('compares a rate with its target directly (lower is better for CPA)', () => {
    const cpa = evaluateFromTotals('cpa', {
      inputs: { cost: 1_000_000, orders: 10 },
      pairs: {},
      freshness: null,
    })!;
    const [tile] = buildKpiTiles({
      plan: [{ kpiId: 'cpa', target: 125_000 }],
      actuals: { cpa },
      start,
      end,
      now: start + DAY,
    });
    expect(tile?.kpi.value).toBe(100_000);
    expect(tile?.progressPercent).toBe(125);
    expect(tile?.pacing).toMatchObject({ ok: true, status: 'ahead', method: 'target', pacingPercent: 80 });
    expect(tile?.projection).toMatchObject({ ok: true, projected: 100_000, method: 'current' });
  });

  it('explains a tile without target, dates or value', () => {
    const tiles = buildKpiTiles({
      plan: [
        { kpiId: 'reach', target: null },
        { kpiId: 'nps', target: 40 },
      ],
      actuals: {},
      start: null,
      end: null,
      now: start,
    });
    expect(tiles[0]?.pacing).toEqual({ ok: false, reason: 'no target set' });
    expect(tiles[1]?.kpi.reason).toBe('not computed for this campaign');
    expect(tiles[1]?.pacing.ok).toBe(false);
  });
});
