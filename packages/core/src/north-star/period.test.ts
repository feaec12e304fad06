import { describe, expect, it } from 'vitest';
import { elapsedShare } from './period';
import { placementProblem } from './tree-shape';

describe('elapsedShare', () => {
  it('counts whole local days, the first day included', () => {
    expect(elapsedShare('2026-03-01', '2026-03-10', '2026-03-01')).toBe(0.1);
    expect(elapsedShare('2026-03-01', '2026-03-10', '2026-03-04')).toBe(0.4);
    expect(elapsedShare('2026-03-01', '2026-03-10', '2026-02-28')).toBe(0);
    expect(elapsedShare('2026-03-01', '2026-03-10', '2026-03-10')).toBe(1);
    expect(elapsedShare('2026-03-01', '2026-03-10', '2026-04-01')).toBe(1);
  });

  it('crosses month ends (February 2028 has 29 days)', () => {
    expect(elapsedShare('2028-02-20', '2028-03-10', '2028-03-01')).toBe(11 / 20);
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => elapsedShare('2026-03-10', '2026-03-01', '2026-03-05')).toThrow(/before it starts/);
  });
});

describe('placementProblem', () => {
  it('keeps company → team → individual', () => {
    expect(placementProblem('company', null)).toBeNull();
    expect(placementProblem('team', 'company')).toBeNull();
    expect(placementProblem('individual', 'team')).toBeNull();
    expect(placementProblem('individual', 'company')).toMatch(/under a team node/);
    expect(placementProblem('company', 'team')).toMatch(/no parent/);
    expect(placementProblem('team', null)).toMatch(/needs a company parent/);
  });
});
