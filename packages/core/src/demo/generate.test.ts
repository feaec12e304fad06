import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED, type DemoWorkspace, generateDemoWorkspace } from './index';

const NOW = new Date('2026-05-20T03:00:00Z');
const DAY = 86_400_000;
const demo = generateDemoWorkspace({ seed: DEFAULT_DEMO_SEED, now: NOW });

/** KPIS.md boundaries, written out here rather than imported so the test checks the generator independently. */
function tier(followers: number): string {
  if (followers < 1_000) return 'koc';
  if (followers < 10_000) return 'nano';
  if (followers < 50_000) return 'micro';
  if (followers < 500_000) return 'macro';
  return 'mega';
}

function tierPlatformPairs(workspace: DemoWorkspace): Set<string> {
  return new Set(workspace.accounts.map((account) => `${account.platform}/${tier(account.followers)}`));
}

describe('generateDemoWorkspace: determinism', () => {
  it('gives deep-equal data for the same seed and now', () => {
    expect(generateDemoWorkspace({ seed: DEFAULT_DEMO_SEED, now: NOW })).toEqual(demo);
  });

  it('gives different data for a different seed', () => {
    const other = generateDemoWorkspace({ seed: DEFAULT_DEMO_SEED + 1, now: NOW });
    expect(other.creators.map((creator) => creator.name)).not.toEqual(
      demo.creators.map((creator) => creator.name),
    );
  });

  it('places every date relative to now', () => {
    const later = generateDemoWorkspace({ seed: DEFAULT_DEMO_SEED, now: new Date(NOW.getTime() + 30 * DAY) });
    const shift = (date: string) =>
      new Date(new Date(`${date}T00:00:00Z`).getTime() + 30 * DAY).toISOString().slice(0, 10);
    expect(later.campaigns.map((campaign) => campaign.startDate)).toEqual(
      demo.campaigns.map((c) => shift(c.startDate)),
    );
    expect(later.creators[0]?.createdAt.getTime()).toBe(
      (demo.creators[0]?.createdAt.getTime() ?? 0) + 30 * DAY,
    );
  });
});

describe('generateDemoWorkspace: creators and accounts', () => {
  it('has at least 60 creators with unique keys and names', () => {
    expect(demo.creators.length).toBeGreaterThanOrEqual(60);
    expect(new Set(demo.creators.map((creator) => creator.key)).size).toBe(demo.creators.length);
    expect(new Set(demo.creators.map((creator) => creator.name)).size).toBe(demo.creators.length);
  });

  it('gives each creator 1–3 TikTok/Facebook/Instagram/YouTube accounts, and two creators a Zalo OA', () => {
    for (const creator of demo.creators) {
      const main = demo.accounts.filter(
        (account) => account.creatorKey === creator.key && account.platform !== 'zalo',
      );
      expect(main.length).toBeGreaterThanOrEqual(1);
      expect(main.length).toBeLessThanOrEqual(3);
    }
    expect(demo.accounts.filter((account) => account.platform === 'zalo')).toHaveLength(2);
  });

  it('covers every tier on every main platform, including KOC under 1,000 and mega over 500K', () => {
    const pairs = tierPlatformPairs(demo);
    for (const platform of ['tiktok', 'facebook', 'instagram', 'youtube']) {
      for (const name of ['koc', 'nano', 'micro', 'macro', 'mega'])
        expect(pairs).toContain(`${platform}/${name}`);
    }
    expect(demo.accounts.filter((account) => account.followers < 1_000).length).toBeGreaterThanOrEqual(4);
    expect(demo.accounts.filter((account) => account.followers > 500_000).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps handles unique per platform regardless of case', () => {
    const keys = demo.accounts.map((account) => `${account.platform}:${account.handle.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('sets each account to its latest follower snapshot', () => {
    for (const account of demo.accounts) {
      const snapshots = demo.followerSnapshots.filter((snapshot) => snapshot.accountKey === account.key);
      const latest = snapshots.reduce((best, snapshot) => (snapshot.at > best.at ? snapshot : best));
      expect(account.followers).toBe(latest.followers);
      expect(account.followersAt).toEqual(latest.at);
    }
  });

  it('prices a main video inside the tier band of seed 000 (± rounding and negotiation)', () => {
    const bands: Record<string, [number, number]> = {
      nano: [1_000_000, 5_000_000],
      micro: [5_000_000, 20_000_000],
      macro: [20_000_000, 120_000_000],
      mega: [100_000_000, 500_000_000],
    };
    for (const account of demo.accounts.filter((item) => item.platform === 'tiktok')) {
      const band = bands[tier(account.followers)];
      const creator = demo.creators.find((item) => item.key === account.creatorKey);
      const video = creator?.rateCard.find(
        (item) => item.platform === 'tiktok' && item.deliverable.startsWith('Video'),
      );
      if (!band || !video) continue;
      expect(video.amount).toBeGreaterThanOrEqual(band[0] * 0.8);
      expect(video.amount).toBeLessThanOrEqual(band[1] * 1.2);
    }
  });

  it('has audiences whose age and gender shares add up to 1', () => {
    for (const { audience } of demo.accounts) {
      const ages = Object.values(audience.ageBands).reduce((sum, share) => sum + share, 0);
      expect(ages).toBeCloseTo(1, 6);
      expect(audience.gender.female + audience.gender.male + audience.gender.other).toBeCloseTo(1, 6);
      expect(audience.topLocations.reduce((sum, location) => sum + location.share, 0)).toBeLessThanOrEqual(1);
    }
  });
});

describe('generateDemoWorkspace: property over seeds', () => {
  it('always covers every tier on every main platform and plants a follower spike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const workspace = generateDemoWorkspace({ seed, now: NOW });
        expect(tierPlatformPairs(workspace).size).toBeGreaterThanOrEqual(20);
        expect(new Set(workspace.campaigns.map((campaign) => campaign.status)).size).toBe(3);
        expect(workspace.flagged.followerSpike.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 4 },
    );
  });
});
