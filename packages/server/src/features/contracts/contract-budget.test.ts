import { summariseBudget } from '@lantoa/core/budget';
import { describe, expect, it } from 'vitest';
import { mergeContractsIntoBudget } from './contract-budget';

const budget = {
  lines: [
    { category: 'creator_fee' as const, planned: 30_000_000, committed: 5_000_000 },
    { category: 'media' as const, planned: 10_000_000, committed: null },
  ],
  spent: [{ category: 'media' as const, amount: 2_000_000 }],
  creators: [
    { creatorId: 'a', name: 'An', fee: 8_000_000 },
    { creatorId: 'b', name: 'Bình', fee: 6_000_000 },
  ],
};

describe('mergeContractsIntoBudget', () => {
  it('commits signed fees and uses the contract fee; spending stays the recorded costs', () => {
    const merged = mergeContractsIntoBudget(budget, {
      committed: 36_000_000,
      creators: [
        { creatorId: 'a', name: 'An', fee: 12_000_000 },
        { creatorId: 'c', name: 'Chi', fee: 24_000_000 },
      ],
    });
    expect(merged.lines[0]?.committed).toBe(36_000_000);
    expect(merged.lines[1]?.committed).toBeNull();
    expect(merged.creators).toEqual([
      { creatorId: 'a', name: 'An', fee: 12_000_000 },
      { creatorId: 'b', name: 'Bình', fee: 6_000_000 },
      { creatorId: 'c', name: 'Chi', fee: 24_000_000 },
    ]);
    const summary = summariseBudget({ total: 50_000_000, ...merged });
    expect(summary.committed).toBe(36_000_000);
    expect(summary.spent).toBe(2_000_000);
    expect(summary.warnings).toContainEqual({
      code: 'committed_above_planned',
      category: 'creator_fee',
      planned: 30_000_000,
      committed: 36_000_000,
    });
  });

  it('keeps the hand-entered commitment when no contract is signed', () => {
    const merged = mergeContractsIntoBudget(budget, { committed: null, creators: [] });
    expect(merged.lines[0]?.committed).toBe(5_000_000);
    expect(merged.spent).toEqual(budget.spent);
    expect(merged.creators).toEqual(budget.creators);
  });
});
