import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../text/fold';
import { analyzeComments } from '../vetting/comment-quality';
import {
  DEFAULT_DEMO_SEED,
  type DemoMetricName,
  type DemoPostSnapshot,
  generateDemoWorkspace,
} from './index';

const NOW = new Date('2026-05-20T03:00:00Z');
const demo = generateDemoWorkspace({ seed: DEFAULT_DEMO_SEED, now: NOW });
const accounts = new Map(demo.accounts.map((account) => [account.key, account]));
const snapshotsByPost = new Map<string, DemoPostSnapshot[]>();
for (const snapshot of demo.postSnapshots) {
  snapshotsByPost.set(snapshot.postKey, [...(snapshotsByPost.get(snapshot.postKey) ?? []), snapshot]);
}
const METRICS: DemoMetricName[] = [
  'views',
  'reach',
  'impressions',
  'likes',
  'comments',
  'shares',
  'saves',
  'clicks',
  'watchTimeS',
];

function latest(postKey: string): DemoPostSnapshot {
  const snapshots = snapshotsByPost.get(postKey) ?? [];
  const last = snapshots[snapshots.length - 1];
  if (!last) throw new Error(`post ${postKey} has no snapshot`);
  return last;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

describe('demo posts and metric snapshots', () => {
  it('has 5–20 posts per account', () => {
    for (const account of demo.accounts) {
      const count = demo.posts.filter((post) => post.accountKey === account.key).length;
      expect(count).toBeGreaterThanOrEqual(5);
      expect(count).toBeLessThanOrEqual(20);
    }
  });

  it('stores null, never 0, for what a platform does not report (KPIS.md)', () => {
    const missing: Record<string, DemoMetricName[]> = {
      tiktok: ['reach', 'impressions', 'watchTimeS'],
      facebook: ['views', 'saves', 'watchTimeS'],
      instagram: ['watchTimeS'],
      youtube: ['reach', 'saves'],
    };
    const present: Record<string, DemoMetricName[]> = {
      tiktok: ['views', 'likes', 'comments', 'shares', 'saves'],
      facebook: ['reach', 'impressions', 'likes', 'comments', 'shares'],
      instagram: ['views', 'reach', 'impressions', 'likes', 'comments', 'shares', 'saves'],
      youtube: ['views', 'likes', 'comments', 'watchTimeS'],
    };
    for (const post of demo.posts) {
      for (const snapshot of snapshotsByPost.get(post.key) ?? []) {
        for (const metric of missing[post.platform] ?? []) expect(snapshot[metric]).toBeNull();
        for (const metric of present[post.platform] ?? []) expect(snapshot[metric]).not.toBeNull();
        if (post.campaignKey === null) expect(snapshot.clicks).toBeNull();
      }
    }
  });

  it('keeps every post with snapshots after publishing, before now, cumulative (non-decreasing) and whole', () => {
    for (const post of demo.posts) {
      const snapshots = snapshotsByPost.get(post.key) ?? [];
      expect(snapshots.length).toBeGreaterThanOrEqual(1);
      let previous: DemoPostSnapshot | null = null;
      for (const snapshot of snapshots) {
        expect(snapshot.at.getTime()).toBeGreaterThan(post.publishedAt.getTime());
        expect(snapshot.at.getTime()).toBeLessThanOrEqual(NOW.getTime());
        for (const metric of METRICS) {
          const value = snapshot[metric];
          if (value !== null) expect(Number.isInteger(value) && value >= 0).toBe(true);
          if (previous && value !== null) expect(value).toBeGreaterThanOrEqual(previous[metric] ?? 0);
        }
        if (previous) expect(snapshot.at.getTime()).toBeGreaterThan(previous.at.getTime());
        previous = snapshot;
      }
    }
  });

  it('gives smaller tiers a higher ER by followers, and TikTok a higher one than Facebook', () => {
    const rates = (platform: string, low: number, high: number) =>
      demo.posts
        .filter((post) => post.platform === platform)
        .flatMap((post) => {
          const account = accounts.get(post.accountKey);
          if (!account || account.followers < low || account.followers >= high) return [];
          const snapshot = latest(post.key);
          const engagements =
            (snapshot.likes ?? 0) + (snapshot.comments ?? 0) + (snapshot.shares ?? 0) + (snapshot.saves ?? 0);
          return [(engagements / account.followers) * 100];
        });
    for (const platform of ['tiktok', 'facebook', 'instagram', 'youtube']) {
      expect(median(rates(platform, 1_000, 10_000))).toBeGreaterThan(
        median(rates(platform, 500_000, Infinity)),
      );
    }
    expect(median(rates('tiktok', 1_000, 10_000))).toBeGreaterThan(median(rates('facebook', 1_000, 10_000)));
  });

  it('writes Vietnamese captions with hashtags, and ad disclosures on most sponsored posts', () => {
    const sponsored = demo.posts.filter((post) => post.campaignKey !== null);
    const disclosed = sponsored.filter((post) => /#quangcao|#hợptác|#ad\b|Hợp tác cùng/.test(post.caption));
    expect(sponsored.length).toBeGreaterThan(10);
    expect(disclosed.length / sponsored.length).toBeGreaterThan(0.6);
    expect(disclosed.length).toBeLessThan(sponsored.length);
    const organic = demo.posts.filter(
      (post) => post.campaignKey === null && !demo.flagged.riskyCaptions.includes(post.creatorKey),
    );
    expect(organic.every((post) => post.caption.includes('#'))).toBe(true);
  });
});

describe('demo follower history', () => {
  it('has about weekly snapshots over six months for every account', () => {
    for (const account of demo.accounts) {
      const snapshots = demo.followerSnapshots.filter((snapshot) => snapshot.accountKey === account.key);
      expect(snapshots.length).toBeGreaterThanOrEqual(26);
      const span = (snapshots[snapshots.length - 1]?.at.getTime() ?? 0) - (snapshots[0]?.at.getTime() ?? 0);
      expect(span / 86_400_000).toBeGreaterThanOrEqual(175);
    }
  });

  it('shows a jump of more than 30 % between consecutive snapshots for the flagged creators only', () => {
    const spiking = new Set<string>();
    for (const account of demo.accounts) {
      const snapshots = demo.followerSnapshots.filter((snapshot) => snapshot.accountKey === account.key);
      for (let index = 1; index < snapshots.length; index += 1) {
        const before = snapshots[index - 1]?.followers ?? 0;
        const after = snapshots[index]?.followers ?? 0;
        if (after > before * 1.3) spiking.add(account.creatorKey);
      }
    }
    expect(spiking.size).toBeGreaterThanOrEqual(1);
    expect([...spiking].sort()).toEqual([...demo.flagged.followerSpike].sort());
  });
});

describe('demo comments and planted risks', () => {
  const postsOf = (creatorKey: string) =>
    new Set(demo.posts.filter((post) => post.creatorKey === creatorKey).map((post) => post.key));

  it('never stores more comments than the post reports, after publishing and before now, without sentiment', () => {
    const published = new Map(demo.posts.map((post) => [post.key, post.publishedAt.getTime()]));
    for (const post of demo.posts) {
      const stored = demo.comments.filter((comment) => comment.postKey === post.key).length;
      expect(stored).toBeLessThanOrEqual(latest(post.key).comments ?? 0);
    }
    for (const comment of demo.comments) {
      expect(comment.at.getTime()).toBeGreaterThan(published.get(comment.postKey) ?? Infinity);
      expect(comment.at.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(comment).not.toHaveProperty('sentiment');
    }
  });

  it('mixes purchase intent, objections, spam, teencode and English', () => {
    const texts = demo.comments.map((comment) => foldDiacritics(comment.text));
    for (const sample of [
      'gia bao nhieu a',
      'mua o dau vay shop',
      'dat qua',
      'hang fake a',
      'follow cheo nhe',
    ]) {
      expect(texts.some((text) => text.includes(sample))).toBe(true);
    }
    expect(texts.some((text) => text.includes('http') || text.includes('bit.ly'))).toBe(true);
    expect(texts.some((text) => /\b(ko|dc|sp|ib)\b/.test(text))).toBe(true);
    expect(demo.comments.some((comment) => comment.lang === 'en')).toBe(true);
  });

  it('makes the flagged creator’s comments mostly generic and duplicated, unlike everyone else’s', () => {
    const [flagged] = demo.flagged.genericComments;
    const flaggedPosts = postsOf(flagged ?? '');
    const analyse = (posts: Set<string>) =>
      analyzeComments(
        demo.comments
          .filter((comment) => posts.has(comment.postKey))
          .map((comment) => ({ text: comment.text, authorId: comment.author })),
      );
    const suspicious = analyse(flaggedPosts);
    expect(suspicious.genericShare ?? 0).toBeGreaterThan(0.4);
    expect(suspicious.duplicateShare ?? 0).toBeGreaterThan(0.4);
    expect(suspicious.lowQualityShare ?? 0).toBeGreaterThan(0.8);
    const others = demo.creators
      .filter((creator) => creator.key !== flagged)
      .map((creator) => analyse(postsOf(creator.key)))
      .filter((analysis) => analysis.total >= 30)
      .map((analysis) => analysis.lowQualityShare ?? 0);
    expect(median(others)).toBeLessThan(0.5);
    expect(Math.max(...others)).toBeLessThan(suspicious.lowQualityShare ?? 0);
  });

  it('plants a gambling ad and a competitor collaboration in the flagged creators’ captions', () => {
    const captions = (keys: string[]) =>
      demo.posts.filter((post) => keys.includes(post.creatorKey)).map((post) => post.caption);
    expect(captions(demo.flagged.riskyCaptions).some((caption) => caption.includes('cá cược'))).toBe(true);
    const competitors = demo.campaigns.flatMap((campaign) => campaign.competitors).map(foldDiacritics);
    const collaborations = captions(demo.flagged.competitorCollaboration).map(foldDiacritics);
    expect(collaborations.some((caption) => competitors.some((brand) => caption.includes(brand)))).toBe(true);
    const others = demo.posts.filter((post) => !demo.flagged.riskyCaptions.includes(post.creatorKey));
    expect(others.some((post) => post.caption.includes('cá cược'))).toBe(false);
  });
});
