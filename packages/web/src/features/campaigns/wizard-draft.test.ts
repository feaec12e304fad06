import { describe, expect, it } from 'vitest';
import { draftToInput, emptyDraft, parseDecimal, parseMoney, stepProblem } from './wizard-draft';

describe('wizard draft', () => {
  it('reads money typed with Vietnamese thousands separators', () => {
    expect(parseMoney('300.000.000')).toBe(300_000_000);
    expect(parseMoney('1 500 000 ₫')).toBe(1_500_000);
    expect(parseMoney('')).toBeNull();
  });

  it('reads a decimal comma and refuses words', () => {
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(parseDecimal(' 3.75 ')).toBe(3.75);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('nhiều')).toBeNull();
  });

  it('turns the draft into the API body: competitors split, empty budget lines dropped', () => {
    const draft = {
      ...emptyDraft(),
      name: '  Tết 2027 ',
      objectives: ['awareness' as const],
      kpis: [{ kpiId: 'reach', target: '1.000.000'.replace(/\./g, ''), deadline: '' }],
      competitors: 'Klairs, Some By Mi,\nCocoon',
      budgetAmount: '200.000.000',
      budgetLines: { ...emptyDraft().budgetLines, creator_fee: '150.000.000' },
    };
    const input = draftToInput(draft);
    expect(input.name).toBe('Tết 2027');
    expect(input.kpis).toEqual([{ kpiId: 'reach', target: 1_000_000, deadline: null }]);
    expect(input.competitors).toEqual(['Klairs', 'Some By Mi', 'Cocoon']);
    expect(input.budgetAmount).toBe(200_000_000);
    expect(input.budgetLines).toEqual([{ category: 'creator_fee', planned: 150_000_000, committed: null }]);
  });

  it('keeps the planner on a step until it is complete', () => {
    const draft = emptyDraft();
    expect(stepProblem('goals', draft)).toBe('noGoal');
    expect(stepProblem('kpis', draft)).toBe('noKpi');
    expect(
      stepProblem('details', { ...draft, name: 'A', startDate: '2026-12-10', endDate: '2026-12-01' }),
    ).toBe('endBeforeStart');
    expect(stepProblem('budget', draft)).toBeNull();
  });
});
