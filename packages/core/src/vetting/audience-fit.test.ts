import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CreatorAudience, scoreAudienceFit, type TargetAudience } from './audience-fit';

const audience: CreatorAudience = {
  ageBands: [
    { min: 13, max: 17, share: 0.1 },
    { min: 18, max: 24, share: 0.4 },
    { min: 25, max: 34, share: 0.3 },
    { min: 35, max: 44, share: 0.15 },
    { min: 45, max: null, share: 0.05 },
  ],
  gender: { female: 0.7, male: 0.3 },
  locations: [
    { name: 'TP.HCM', share: 0.3 },
    { name: 'Hà Nội', share: 0.2 },
    { name: 'Đà Nẵng', share: 0.05 },
  ],
  interests: ['Làm đẹp', 'Du lịch'],
  niches: ['Beauty'],
};
const target: TargetAudience = {
  ageRange: { min: 18, max: 30 },
  genders: ['female'],
  locations: ['Sài Gòn', 'HN'],
  interests: ['lam dep', 'the thao'],
  niches: ['beauty', 'skincare'],
};

const component = (result: ReturnType<typeof scoreAudienceFit>, id: string) =>
  result.signals.find((signal) => signal.id === id)!;

describe('scoreAudienceFit', () => {
  it('hand-computed components and score', () => {
    const result = scoreAudienceFit(audience, target);
    // age: 0.4 + 0.3 × 6/10 = 0.58 → 0.58 / 0.6
    expect(component(result, 'age').rawValue).toBeCloseTo(0.58, 12);
    expect(component(result, 'age').subscore).toBeCloseTo(0.58 / 0.6, 12);
    expect(component(result, 'gender').subscore).toBeCloseTo(0.7 / 0.8, 12);
    // "Sài Gòn" = TP.HCM and "HN" = Hà Nội: 0.3 + 0.2 = 0.5 → full
    expect(component(result, 'location').rawValue).toBeCloseTo(0.5, 12);
    expect(component(result, 'location').subscore).toBe(1);
    expect(component(result, 'location').explanation.en).toContain('lower bound');
    expect(component(result, 'interests').subscore).toBe(0.5);
    expect(component(result, 'niche').subscore).toBe(1);
    const expected = 100 * (0.25 * (0.58 / 0.6) + 0.2 * (0.7 / 0.8) + 0.2 * 1 + 0.15 * 0.5 + 0.2 * 1);
    expect(result.score).toBeCloseTo(expected, 10);
    expect(result.notRequested).toEqual([]);
  });
  it('missing creator data is listed and re-normalised away, not scored as zero', () => {
    const result = scoreAudienceFit({ ...audience, gender: null }, target);
    expect(result.notAvailable).toEqual(['gender']);
    const expected = (100 * (0.25 * (0.58 / 0.6) + 0.2 + 0.15 * 0.5 + 0.2)) / 0.8;
    expect(result.score).toBeCloseTo(expected, 10);
  });
  it('criteria the target does not ask for are "not requested"', () => {
    const result = scoreAudienceFit(audience, { genders: ['male'] });
    expect(result.notRequested).toEqual(['age', 'location', 'interests', 'niche']);
    expect(result.score).toBeCloseTo((100 * 0.3) / 0.8, 10);
  });
  it('shares outside 0–1 make the component not available instead of a wrong number', () => {
    const result = scoreAudienceFit({ gender: { female: 70, male: 30 } }, { genders: ['female'] });
    expect(result.score).toBeNull();
    expect(component(result, 'gender').explanation.en).toContain('Invalid share');
  });
  it('no niche match gives 0 for the niche', () => {
    const result = scoreAudienceFit({ niches: ['Gaming'] }, { niches: ['Làm đẹp'] });
    expect(result.score).toBe(0);
  });
  it('property: score within 0–100 or null, never NaN', () => {
    const share = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.double());
    const arbitraryAudience = fc.record(
      {
        ageBands: fc.array(
          fc.record({
            min: fc.integer({ min: 0, max: 80 }),
            max: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
            share,
          }),
        ),
        gender: fc.record({ female: share, male: share }, { requiredKeys: [] }),
        locations: fc.array(fc.record({ name: fc.constantFrom('HCM', 'Hà Nội', 'Huế', 'x'), share })),
        interests: fc.array(fc.string()),
        niches: fc.array(fc.constantFrom('beauty', 'food', 'tech')),
      },
      { requiredKeys: [] },
    );
    const arbitraryTarget = fc.record(
      {
        ageRange: fc.record({ min: fc.integer({ min: 0, max: 60 }), max: fc.integer({ min: 0, max: 70 }) }),
        genders: fc.subarray(['female', 'male', 'other'] as const),
        locations: fc.array(fc.constantFrom('Sài Gòn', 'HN', 'Đà Nẵng')),
        interests: fc.array(fc.string(), { maxLength: 3 }),
        niches: fc.array(fc.constantFrom('beauty', 'food'), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arbitraryAudience, arbitraryTarget, (a, t) => {
        const { score } = scoreAudienceFit(a, t);
        return score === null || (!Number.isNaN(score) && score >= 0 && score <= 100);
      }),
    );
  });
});
