import type { Random } from './random';
import { AGE_BANDS, type AgeBand, type DemoAudience, type DemoPlatform } from './types';
import { NICHES, type NicheId, SECONDARY_NICHES } from './vocabulary-niches';
import { AUDIENCE_PROVINCES } from './vocabulary-places';

/** TikTok skews young, Facebook older. */
const PLATFORM_AGE_TILT: Record<DemoPlatform, Record<AgeBand, number>> = {
  tiktok: { '13-17': 1.5, '18-24': 1.3, '25-34': 0.9, '35-44': 0.7, '45+': 0.5 },
  instagram: { '13-17': 0.9, '18-24': 1.3, '25-34': 1.1, '35-44': 0.7, '45+': 0.4 },
  facebook: { '13-17': 0.4, '18-24': 0.8, '25-34': 1.1, '35-44': 1.5, '45+': 1.8 },
  youtube: { '13-17': 1.1, '18-24': 1, '25-34': 1, '35-44': 1, '45+': 1 },
  zalo: { '13-17': 0.2, '18-24': 0.6, '25-34': 1.2, '35-44': 1.6, '45+': 1.8 },
};

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Fractions rounded to 3 decimals that still add up to exactly 1. */
function normalizeShares<K extends string>(
  weights: Record<K, number>,
  keys: readonly K[],
): Record<K, number> {
  const total = keys.reduce((sum, key) => sum + weights[key], 0);
  const shares = {} as Record<K, number>;
  let assigned = 0;
  keys.forEach((key, index) => {
    const share = index === keys.length - 1 ? round3(1 - assigned) : round3(weights[key] / total);
    shares[key] = share;
    assigned += share;
  });
  return shares;
}

function topLocations(random: Random, location: string): { name: string; share: number }[] {
  const home = AUDIENCE_PROVINCES[location] ?? location;
  const bigCities = ['TP. Hồ Chí Minh', 'Hà Nội'].filter((city) => city !== home);
  const others = random.sample(
    Object.values(AUDIENCE_PROVINCES).filter(
      (province) => province !== home && !bigCities.includes(province),
    ),
    2,
  );
  let remaining = 0.92;
  const entries: { name: string; share: number }[] = [];
  for (const [name, low, high] of [
    [home, 0.22, 0.45],
    ...bigCities.map((city) => [city, 0.12, 0.25] as const),
    ...others.map((province) => [province, 0.02, 0.06] as const),
  ] as const) {
    const share = round3(Math.min(remaining, random.float(low, high)));
    remaining -= share;
    entries.push({ name, share });
  }
  return entries.sort((left, right) => right.share - left.share);
}

export function createAudience(
  random: Random,
  niche: NicheId,
  platform: DemoPlatform,
  location: string,
): DemoAudience {
  const profile = NICHES[niche];
  const tilt = PLATFORM_AGE_TILT[platform];
  const ageWeights = {} as Record<AgeBand, number>;
  for (const band of AGE_BANDS) ageWeights[band] = profile.ages[band] * tilt[band] * random.logNormal(1, 0.2);
  const female = round3(random.float(...profile.female));
  const other = round3(random.float(0, 0.02));
  const secondary = random.pick(SECONDARY_NICHES[niche]);
  return {
    ageBands: normalizeShares(ageWeights, AGE_BANDS),
    gender: { female, male: round3(1 - female - other), other },
    topLocations: topLocations(random, location),
    interests: [...random.sample(profile.interests, 3), random.pick(NICHES[secondary].interests)].filter(
      (interest, index, all) => all.indexOf(interest) === index,
    ),
  };
}
