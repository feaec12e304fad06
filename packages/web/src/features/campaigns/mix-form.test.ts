import { describe, expect, it } from 'vitest';
import { emptyTierCounts, type MixFormState, readMixForm, solverStatusKey } from './mix-form';

const base: MixFormState = {
  goal: 'reach',
  budget: '120.000.000',
  maxShare: '40',
  overlap: '30',
  niches: 'beauty, food',
  shortlistId: '',
  minPerTier: emptyTierCounts(),
  maxPerTier: emptyTierCounts(),
  minQuality: '',
  maxRisk: '',
};

describe('readMixForm', () => {
  it('sends per-tier limits, minimum quality and maximum risk only when filled in', () => {
    const read = readMixForm({
      ...base,
      minPerTier: { ...emptyTierCounts(), nano: '3' },
      maxPerTier: { ...emptyTierCounts(), nano: '10', mega: '0' },
      minQuality: '60',
      maxRisk: 'medium',
    });
    expect(read).toEqual({
      ok: true,
      request: {
        goal: 'reach',
        budget: 120_000_000,
        maxSharePerCreator: 0.4,
        overlapPenalty: 0.3,
        nichesToCover: ['beauty', 'food'],
        minPerTier: { nano: 3 },
        maxPerTier: { nano: 10, mega: 0 },
        minQuality: 60,
        maxRisk: 'medium',
        shortlistId: undefined,
      },
    });
    const plain = readMixForm(base);
    expect(plain.ok && [plain.request.minPerTier, plain.request.minQuality, plain.request.maxRisk]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('names each wrong field: fractions, a minimum above the maximum, quality over 100, a zero share', () => {
    const read = readMixForm({
      ...base,
      maxShare: '0',
      minPerTier: { ...emptyTierCounts(), micro: '5', nano: '1.5' },
      maxPerTier: { ...emptyTierCounts(), micro: '2' },
      minQuality: '120',
    });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => [e.field, e.key])).toEqual([
      ['maxShare', 'share'],
      ['minQuality', 'quality'],
      ['minPerTier.nano', 'wholeNumber'],
      ['maxPerTier.micro', 'minAboveMax'],
    ]);
    expect(read.errors[3]?.values).toEqual({ tier: 'micro', min: 5, max: 2 });
  });
});

describe('solverStatusKey', () => {
  it('maps the HiGHS statuses the server passes through', () => {
    expect(solverStatusKey('Optimal')).toBe('optimal');
    expect(solverStatusKey('Time limit reached')).toBe('timeLimit');
    expect(solverStatusKey('Time limit reached (greedy fallback)')).toBe('greedyFallback');
    expect(solverStatusKey('No candidates')).toBe('noCandidates');
    expect(solverStatusKey('Unbounded')).toBe('other');
  });
});
