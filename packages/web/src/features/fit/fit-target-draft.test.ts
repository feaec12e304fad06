import { describe, expect, it } from 'vitest';
import { agesOf, toTarget } from './fit-target-draft';

const lists = { locations: 'Hà Nội, TP.HCM', interests: '', niches: 'Làm đẹp' };

describe('fit target form', () => {
  it('ticks every age box a saved range overlaps', () => {
    expect(agesOf({ min: 18, max: 29 })).toEqual(['18-24', '25-34']);
    expect(agesOf({ min: 40, max: 60 })).toEqual(['35-44', '45+']);
    expect(agesOf(null)).toEqual([]);
  });

  it('keeps a saved range that no box matches exactly until an age box is changed', () => {
    const kept = toTarget(['18-24', '25-34'], { min: 18, max: 29 }, ['female'], lists);
    expect(kept.ageRange).toEqual({ min: 18, max: 29 });
    const changed = toTarget(['18-24', '25-34'], undefined, ['female'], lists);
    expect(changed.ageRange).toEqual({ min: 18, max: 34 });
  });

  it('leaves out criteria not chosen instead of sending empty ones', () => {
    expect(toTarget([], undefined, [], lists)).toEqual({
      ageRange: null,
      genders: null,
      locations: ['Hà Nội', 'TP.HCM'],
      interests: null,
      niches: ['Làm đẹp'],
    });
  });
});
