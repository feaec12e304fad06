import type { Random } from './random';
import { DEMO_TIERS, type DemoTier, MAIN_PLATFORMS } from './types';
import { NICHE_IDS, NICHES, type NicheId } from './vocabulary-niches';

export type MainPlatform = (typeof MAIN_PLATFORMS)[number];
export type FlagRole = 'followerSpike' | 'genericComments' | 'riskyCaptions' | 'competitorCollaboration';

/** Who a creator is before any row is written: their main account's platform and tier, niche, and planted flag. */
export interface CreatorPlan {
  key: string;
  platform: MainPlatform;
  tier: DemoTier;
  niche: NicheId;
  flag: FlagRole | null;
  hasZaloAccount: boolean;
}

type DraftPlan = Omit<CreatorPlan, 'key'>;

/** Creators beyond the tier × platform grid and the flagged ones, by tier of their main account. */
const EXTRA_TIERS: Record<DemoTier, number> = { koc: 4, nano: 12, micro: 10, macro: 8, mega: 5 };

const FLAGGED: readonly DraftPlan[] = [
  { platform: 'instagram', tier: 'macro', niche: 'fashion', flag: 'followerSpike', hasZaloAccount: false },
  { platform: 'tiktok', tier: 'micro', niche: 'travel', flag: 'followerSpike', hasZaloAccount: false },
  { platform: 'tiktok', tier: 'micro', niche: 'beauty', flag: 'genericComments', hasZaloAccount: false },
  { platform: 'tiktok', tier: 'micro', niche: 'gaming', flag: 'riskyCaptions', hasZaloAccount: false },
  {
    platform: 'instagram',
    tier: 'micro',
    niche: 'beauty',
    flag: 'competitorCollaboration',
    hasZaloAccount: false,
  },
];

const PLATFORM_WEIGHTS: readonly (readonly [MainPlatform, number])[] = [
  ['tiktok', 35],
  ['facebook', 25],
  ['instagram', 25],
  ['youtube', 15],
];

const ZALO_ACCOUNTS = 2;

/**
 * 64 creators: one per tier × main platform (so every tier exists on every main platform), the planted
 * flagged creators, then a tier mix weighted towards nano and micro. Keys `c01…` follow a shuffled order.
 */
export function planCast(random: Random): CreatorPlan[] {
  const nicheWeights = NICHE_IDS.map((id) => [id, NICHES[id].weight] as const);
  const drawNiche = () => random.weighted(nicheWeights);
  const drafts: DraftPlan[] = [];
  for (const tier of DEMO_TIERS) {
    for (const platform of MAIN_PLATFORMS) {
      drafts.push({ platform, tier, niche: drawNiche(), flag: null, hasZaloAccount: false });
    }
  }
  drafts.push(...FLAGGED.map((plan) => ({ ...plan })));
  for (const tier of DEMO_TIERS) {
    for (let count = 0; count < EXTRA_TIERS[tier]; count += 1) {
      drafts.push({
        platform: random.weighted(PLATFORM_WEIGHTS),
        tier,
        niche: drawNiche(),
        flag: null,
        hasZaloAccount: false,
      });
    }
  }
  const zaloCandidates = drafts.filter(
    (plan) =>
      plan.flag === null && plan.tier !== 'koc' && (plan.niche === 'parenting' || plan.niche === 'food'),
  );
  for (const plan of random.sample(zaloCandidates, ZALO_ACCOUNTS)) plan.hasZaloAccount = true;
  return random
    .shuffle(drafts)
    .map((plan, index) => ({ key: `c${String(index + 1).padStart(2, '0')}`, ...plan }));
}
