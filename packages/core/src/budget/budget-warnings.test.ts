import { describe, expect, it } from 'vitest';
import { type BudgetLine, summariseBudget } from './budget-warnings';

const fullPlan: BudgetLine[] = [
  { category: 'creator_fee', planned: 60_000_000, committed: 50_000_000 },
  { category: 'media', planned: 20_000_000, committed: null },
  { category: 'production', planned: 10_000_000, committed: null },
  { category: 'customer_care', planned: 10_000_000, committed: null },
];

describe('summariseBudget', () => {
  it('adds planned, committed and spent per category and in total', () => {
    const summary = summariseBudget({
      total: 100_000_000,
      lines: fullPlan,
      spent: [
        { category: 'creator_fee', amount: 30_000_000 },
        { category: 'creator_fee', amount: 5_000_000 },
        { category: 'media', amount: 4_000_000 },
      ],
      creators: [],
    });
    expect(summary.planned).toBe(100_000_000);
    expect(summary.committed).toBe(50_000_000);
    expect(summary.spent).toBe(39_000_000);
    expect(summary.categories.find((c) => c.category === 'creator_fee')?.spent).toBe(35_000_000);
    expect(summary.categories.find((c) => c.category === 'other')).toEqual({
      category: 'other',
      planned: null,
      committed: null,
      spent: 0,
    });
    expect(summary.warnings).toEqual([]);
  });

  it('warns about a missing category, but not about "other"', () => {
    const summary = summariseBudget({ total: null, lines: fullPlan.slice(0, 3), spent: [], creators: [] });
    expect(summary.warnings).toEqual([{ code: 'missing_category', category: 'customer_care' }]);
  });

  it('warns when committed or spent exceeds the plan and when lines exceed the total', () => {
    const summary = summariseBudget({
      total: 90_000_000,
      lines: fullPlan.map((line) =>
        line.category === 'creator_fee' ? { ...line, committed: 70_000_000 } : line,
      ),
      spent: [{ category: 'media', amount: 25_000_000 }],
      creators: [],
    });
    expect(summary.warnings).toEqual([
      {
        code: 'committed_above_planned',
        category: 'creator_fee',
        planned: 60_000_000,
        committed: 70_000_000,
      },
      { code: 'spent_above_planned', category: 'media', planned: 20_000_000, spent: 25_000_000 },
      { code: 'lines_above_total', total: 90_000_000, planned: 100_000_000 },
    ]);
  });

  it('flags one creator above 40 % of the budget and fees the KOL line cannot pay', () => {
    const summary = summariseBudget({
      total: 100_000_000,
      lines: fullPlan,
      spent: [],
      creators: [
        { creatorId: 'a', name: 'Mega', fee: 45_000_000 },
        { creatorId: 'b', name: 'Micro', fee: 20_000_000 },
        { creatorId: 'c', name: 'Chưa báo giá', fee: null },
      ],
    });
    expect(summary.warnings).toEqual([
      { code: 'creator_fees_above_kol_budget', planned: 60_000_000, fees: 65_000_000 },
      { code: 'creator_concentration', creatorId: 'a', name: 'Mega', fee: 45_000_000, share: 0.45 },
    ]);
  });

  it('does not flag a creator at exactly 40 %', () => {
    const summary = summariseBudget({
      total: 100_000_000,
      lines: fullPlan,
      spent: [],
      creators: [{ creatorId: 'a', name: 'A', fee: 40_000_000 }],
    });
    expect(summary.warnings).toEqual([]);
  });
});
