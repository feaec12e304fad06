import {
  publishedEngagementBand,
  type SimulatedInput,
  type TierBand,
  workspaceTierBands,
} from '@lantoa/core/forecast';
import type { TierId } from '@lantoa/core/tiers';
import type { PostHistory } from './post-histories';

export interface CreatorBasics {
  id: string;
  tier: TierId | null;
  followers: number | null;
}

export type BandFor = (input: SimulatedInput, tier: TierId | null) => TierBand | null;

/**
 * Tier bands for creators without enough posts: seed 000's published ER band for engagements, else (and for every
 * other count) the spread of the workspace's own creators of that tier.
 */
export function tierBands(creators: readonly CreatorBasics[], histories: Map<string, PostHistory>): BandFor {
  const measured = new Map<SimulatedInput, ReturnType<typeof workspaceTierBands>>();
  return (input, tier) => {
    if (tier === null) return null;
    if (input === 'engagements') {
      const published = publishedEngagementBand(tier);
      if (published) return published;
    }
    let bands = measured.get(input);
    if (!bands) {
      bands = workspaceTierBands(
        creators.map((c) => ({
          tier: c.tier,
          followers: c.followers,
          values: histories.get(c.id)?.[input] ?? [],
        })),
      );
      measured.set(input, bands);
    }
    return bands[tier] ?? null;
  };
}
