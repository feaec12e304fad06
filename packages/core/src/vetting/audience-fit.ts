import {
  type AgeBand,
  ageComponent,
  type FitComponentId,
  type Gender,
  genderComponent,
  listComponent,
  locationComponent,
  missingComponent,
} from './fit-components';
import type { SignalAssessment } from './signal';
import { combineSignals, type WeightedScore } from './weighted-score';

/** A creator's audience as reported by the platform; shares are fractions in [0, 1]. */
export interface CreatorAudience {
  ageBands?: readonly AgeBand[] | null;
  gender?: Partial<Record<Gender, number>> | null;
  /** Top provinces/cities; names in any common form ("TP.HCM", "Sài Gòn", "Hanoi"). */
  locations?: readonly { name: string; share: number }[] | null;
  interests?: readonly string[] | null;
  /** The creator's own content niches. */
  niches?: readonly string[] | null;
}

export interface TargetAudience {
  ageRange?: { min: number; max: number } | null;
  genders?: readonly Gender[] | null;
  locations?: readonly string[] | null;
  interests?: readonly string[] | null;
  niches?: readonly string[] | null;
}

/**
 * Nominal weights (sum 1): age and niche first (seed 001: "đúng đối tượng khách hàng", fit not
 * fame), then gender and location, interests last (platform interest labels are coarse).
 */
export const FIT_WEIGHTS: Readonly<Record<FitComponentId, number>> = {
  age: 0.25,
  gender: 0.2,
  location: 0.2,
  interests: 0.15,
  niche: 0.2,
};

export interface AudienceFitResult extends WeightedScore<FitComponentId> {
  /** Criteria the target does not specify: neither scored nor listed as missing. */
  notRequested: FitComponentId[];
}

const nonEmpty = <T>(items: readonly T[] | null | undefined): items is readonly T[] =>
  !!items && items.length > 0;

/** Audience fit (B3), 0–100, with one reason per criterion. */
export function scoreAudienceFit(
  audience: CreatorAudience,
  target: TargetAudience,
  weights: Readonly<Record<FitComponentId, number>> = FIT_WEIGHTS,
): AudienceFitResult {
  const components: SignalAssessment<FitComponentId>[] = [];
  const notRequested: FitComponentId[] = [];
  const { ageRange, genders, locations, interests, niches } = target;
  if (ageRange && ageRange.max >= ageRange.min) {
    components.push(
      nonEmpty(audience.ageBands) ? ageComponent(audience.ageBands, ageRange) : missingComponent('age'),
    );
  } else notRequested.push('age');
  if (nonEmpty(genders)) {
    const split = audience.gender;
    components.push(
      split && Object.keys(split).length > 0 ? genderComponent(split, genders) : missingComponent('gender'),
    );
  } else notRequested.push('gender');
  if (nonEmpty(locations)) {
    components.push(
      nonEmpty(audience.locations)
        ? locationComponent(audience.locations, locations)
        : missingComponent('location'),
    );
  } else notRequested.push('location');
  if (nonEmpty(interests)) {
    components.push(
      nonEmpty(audience.interests)
        ? listComponent('interests', audience.interests, interests)
        : missingComponent('interests'),
    );
  } else notRequested.push('interests');
  if (nonEmpty(niches)) {
    components.push(
      nonEmpty(audience.niches) ? listComponent('niche', audience.niches, niches) : missingComponent('niche'),
    );
  } else notRequested.push('niche');
  return { ...combineSignals(components, weights), notRequested };
}
