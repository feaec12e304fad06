import type { Random } from './random';
import { positionInTier, roundTo, TIER_PROFILES } from './tiers';
import type { DemoPlatform, DemoRateCardItem, DemoTier } from './types';

/** Deliverables per platform as a multiple of the main video fee; the first is the main deliverable. */
const DELIVERABLES: Record<DemoPlatform, readonly (readonly [string, number])[]> = {
  tiktok: [
    ['Video TikTok (60 giây)', 1],
    ['Livestream TikTok (2 giờ)', 1.6],
  ],
  instagram: [
    ['Reels Instagram', 0.9],
    ['Bài ảnh Instagram', 0.6],
    ['Story Instagram (3 khung)', 0.35],
  ],
  facebook: [
    ['Video Facebook', 0.9],
    ['Bài viết Facebook', 0.6],
  ],
  youtube: [
    ['Video YouTube tích hợp (60–90 giây)', 1.15],
    ['YouTube Shorts', 0.6],
  ],
  zalo: [['Bài viết Zalo OA', 0.4]],
};

/** Fees round to 100K below 5 tr and to 500K above, as quoted in Vietnamese rate cards. */
export function roundFee(amount: number): number {
  return amount < 5_000_000 ? roundTo(amount, 100_000) : roundTo(amount, 500_000);
}

/**
 * The account's fee for one main video: the tier's VND range, placed by where the account sits in its tier.
 * Squaring the position keeps most fees in the lower part of the range; only the biggest accounts ask the top.
 */
export function videoFee(random: Random, followers: number, tier: DemoTier): number {
  const [low, high] = TIER_PROFILES[tier].videoFee;
  const position = positionInTier(followers, tier);
  return low * (high / low) ** (position * position) * random.float(0.85, 1.15);
}

export function rateCardItems(platform: DemoPlatform, fee: number, tier: DemoTier): DemoRateCardItem[] {
  return DELIVERABLES[platform]
    .filter(([deliverable]) => !(deliverable.startsWith('Livestream') && (tier === 'koc' || tier === 'nano')))
    .map(([deliverable, multiple]) => ({ deliverable, platform, amount: roundFee(fee * multiple) }));
}
