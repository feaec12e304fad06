import { type FitTarget, type Gender, splitList } from './fit-api';

/** Age ranges offered as checkboxes; the saved target is the span from the lowest to the highest ticked. */
export const AGE_OPTIONS = [
  { key: '13-17', min: 13, max: 17 },
  { key: '18-24', min: 18, max: 24 },
  { key: '25-34', min: 25, max: 34 },
  { key: '35-44', min: 35, max: 44 },
  { key: '45+', min: 45, max: 65 },
] as const;

export function toTarget(
  ages: string[],
  keptAgeRange: FitTarget['ageRange'],
  genders: Gender[],
  lists: Record<'locations' | 'interests' | 'niches', string>,
) {
  const chosen = AGE_OPTIONS.filter((option) => ages.includes(option.key));
  const target: FitTarget = {
    ageRange:
      keptAgeRange !== undefined
        ? keptAgeRange
        : chosen.length > 0
          ? { min: Math.min(...chosen.map((o) => o.min)), max: Math.max(...chosen.map((o) => o.max)) }
          : null,
    genders: genders.length > 0 ? genders : null,
    locations: splitList(lists.locations),
    interests: splitList(lists.interests),
    niches: splitList(lists.niches),
  };
  return target;
}

/** The age boxes a saved range overlaps (a saved 18–29 ticks 18-24 and 25-34). */
export const agesOf = (range: FitTarget['ageRange']) =>
  range ? AGE_OPTIONS.filter((o) => o.max >= range.min && o.min <= range.max).map((o) => o.key) : [];
