import type { MixCandidate, MixConstraints } from '@lantoa/core/mix';
import type { TierId } from '@lantoa/core/tiers';

/** Small seeded PRNG (mulberry32) so every run of the bench sees the same market. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NICHES = [
  'làm đẹp',
  'ẩm thực',
  'du lịch',
  'công nghệ',
  'mẹ và bé',
  'thời trang',
  'thể thao',
  'tài chính',
];
const CITIES = ['Hà Nội', 'TP.HCM', 'Đà Nẵng', 'Cần Thơ', 'Hải Phòng'];
/** Followers range, fee per follower (VND) and ER (%), loosely after seed 000's tier table. */
const TIERS: {
  tier: TierId;
  share: number;
  followers: [number, number];
  feePerFollower: number;
  er: number;
}[] = [
  { tier: 'nano', share: 0.55, followers: [1_000, 10_000], feePerFollower: 120, er: 3.3 },
  { tier: 'micro', share: 0.3, followers: [10_000, 50_000], feePerFollower: 90, er: 1.8 },
  { tier: 'macro', share: 0.12, followers: [50_000, 500_000], feePerFollower: 60, er: 0.8 },
  { tier: 'mega', share: 0.03, followers: [500_000, 3_000_000], feePerFollower: 40, er: 0.7 },
];

function pickTier(draw: number) {
  let cumulative = 0;
  for (const tier of TIERS) {
    cumulative += tier.share;
    if (draw < cumulative) return tier;
  }
  return TIERS[TIERS.length - 1] as (typeof TIERS)[number];
}

export function syntheticCandidates(count: number, seed = 7): MixCandidate[] {
  const random = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const tier = pickTier(random());
    const followers = Math.round(tier.followers[0] + random() * (tier.followers[1] - tier.followers[0]));
    const reach = Math.round(followers * (0.15 + random() * 0.35));
    const engagements = Math.round((followers * tier.er * (0.5 + random())) / 100);
    const niche = NICHES[Math.floor(random() * NICHES.length)] ?? 'làm đẹp';
    const city = CITIES[Math.floor(random() * CITIES.length)] ?? 'Hà Nội';
    return {
      id: `c${i}`,
      name: `Creator ${i}`,
      tier: tier.tier,
      fee:
        Math.round((followers * tier.feePerFollower * (0.6 + random() * 0.8)) / 100_000) * 100_000 + 500_000,
      expected: {
        reach,
        engagements,
        clicks: Math.round(engagements * 0.08),
        conversions: Math.round(engagements * 0.01 * (0.5 + random())),
      },
      quality: Math.round(40 + random() * 60),
      risk: random() < 0.1 ? 'high' : random() < 0.3 ? 'medium' : 'low',
      niches: [niche],
      audienceSegment: `${niche}|${city}`,
    };
  });
}

/**
 * A demanding plan: tier minimums and maximums, niches to cover, a share cap and an overlap penalty. `filters`
 * 'loose' drops the quality and risk filters so every candidate is eligible (the model gets one column each).
 */
export function benchConstraints(budget: number, filters: 'strict' | 'loose' = 'strict'): MixConstraints {
  if (filters === 'loose') {
    const { minQuality: _quality, maxRisk: _risk, ...loose } = benchConstraints(budget);
    return loose;
  }
  return {
    goal: 'engagements',
    budget,
    minPerTier: { nano: 10, micro: 5, macro: 1 },
    maxPerTier: { mega: 1, macro: 6 },
    nichesToCover: ['làm đẹp', 'ẩm thực', 'mẹ và bé', 'công nghệ'],
    maxSharePerCreator: 0.25,
    minQuality: 50,
    maxRisk: 'medium',
    overlapPenalty: 0.3,
  };
}
