import { describe, expect, it } from 'vitest';
import { contractTermProblems, signingDay } from './contract-rules';

const base = {
  status: 'draft' as const,
  fee: 10_000_000,
  milestones: [{ amount: 4_000_000 }, { amount: 6_000_000 }],
  exclusivityStart: '2026-04-01',
  exclusivityEnd: '2026-04-30',
};

describe('contract terms', () => {
  it('accepts payments that add up to the fee and a window in order', () => {
    expect(contractTermProblems(base)).toEqual([]);
  });

  it('names the milestones when they add up to more than the fee', () => {
    const problems = contractTermProblems({
      ...base,
      milestones: [{ amount: 7_000_000 }, { amount: 4_000_000 }],
    });
    expect(problems).toEqual([
      {
        path: 'body.milestones',
        message: expect.stringContaining('11.000.000 ₫, more than the fee of 10.000.000 ₫'),
      },
    ]);
  });

  it('wants both ends of the exclusivity window, in order', () => {
    expect(contractTermProblems({ ...base, exclusivityEnd: null })[0]?.path).toBe('body.exclusivityEnd');
    expect(contractTermProblems({ ...base, exclusivityStart: null })[0]?.path).toBe('body.exclusivityStart');
    expect(contractTermProblems({ ...base, exclusivityEnd: '2026-03-31' })).toEqual([
      { path: 'body.exclusivityEnd', message: 'ends (2026-03-31) before it starts (2026-04-01)' },
    ]);
  });

  it('dates a signed contract today unless a signing day is given', () => {
    expect(signingDay('signed', null, '2026-05-02')).toBe('2026-05-02');
    expect(signingDay('signed', '2026-04-28', '2026-05-02')).toBe('2026-04-28');
    expect(signingDay('sent', null, '2026-05-02')).toBeNull();
  });
});
