import { createAudience } from './audience';
import type { CreatorPlan } from './cast';
import { accountUrl, type HandleRegistry } from './handles';
import type { Random } from './random';
import { PLATFORM_ER_FACTOR, TIER_PROFILES, tierOfFollowers } from './tiers';
import { type DemoAccount, type DemoPlatform, type DemoTier, MAIN_PLATFORMS } from './types';
import { NICHES } from './vocabulary-niches';

/** An account plus the hidden parameters later stages draw from. */
export interface AccountModel {
  account: DemoAccount;
  plan: CreatorPlan;
  isMain: boolean;
  /** ER by followers for this account, %, before per-post noise. */
  engagementRate: number;
  weeklyGrowth: number;
}

function logUniform(random: Random, [low, high]: [number, number]): number {
  return Math.round(low * (high / low) ** random.next());
}

function secondaryPlatforms(random: Random, plan: CreatorPlan): DemoPlatform[] {
  const count = random.weighted([
    [0, 35],
    [1, 45],
    [2, 20],
  ] as const);
  const weights = NICHES[plan.niche].platforms;
  const chosen: DemoPlatform[] = [];
  let open = MAIN_PLATFORMS.filter((platform) => platform !== plan.platform);
  for (let index = 0; index < count; index += 1) {
    const platform = random.weighted(open.map((candidate) => [candidate, weights[candidate] + 0.5] as const));
    chosen.push(platform);
    open = open.filter((candidate) => candidate !== platform);
  }
  if (plan.hasZaloAccount) chosen.push('zalo');
  return chosen;
}

function engagementRate(random: Random, tier: DemoTier, platform: DemoPlatform): number {
  return random.float(...TIER_PROFILES[tier].engagementRate) * PLATFORM_ER_FACTOR[platform];
}

/** The creator's main account sits in the planned tier; other accounts are smaller, in whatever tier that gives. */
export function createAccounts(
  random: Random,
  plan: CreatorPlan,
  handleBase: string,
  location: string,
  handles: HandleRegistry,
  followersAt: Date,
): AccountModel[] {
  const mainFollowers = logUniform(random, TIER_PROFILES[plan.tier].followers);
  const platforms: DemoPlatform[] = [plan.platform, ...secondaryPlatforms(random, plan)];
  return platforms.map((platform, index) => {
    const isMain = index === 0;
    const followers = isMain
      ? mainFollowers
      : Math.round(Math.min(mainFollowers * 0.9, Math.max(60, mainFollowers * random.logNormal(0.25, 0.9))));
    const tier = tierOfFollowers(followers);
    const handle = handles.claim(platform, handleBase);
    const zaloId = String(random.int(1_000_000_000, 4_999_999_999));
    return {
      account: {
        key: `acc-${plan.key}-${platform}`,
        creatorKey: plan.key,
        platform,
        handle,
        url: accountUrl(platform, handle, zaloId),
        followers,
        followersAt,
        tier,
        audience: createAudience(random, plan.niche, platform, location),
      },
      plan,
      isMain,
      engagementRate: engagementRate(random, tier, platform),
      weeklyGrowth: random.chance(0.12)
        ? random.float(-0.006, 0)
        : random.float(...TIER_PROFILES[tier].weeklyGrowth),
    };
  });
}
