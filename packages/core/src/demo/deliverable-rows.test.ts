import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED, generateDemoWorkspace } from './index';

const NOW = new Date('2026-05-20T03:00:00Z');
const demo = generateDemoWorkspace({ seed: DEFAULT_DEMO_SEED, now: NOW });
const postsByKey = new Map(demo.posts.map((post) => [post.key, post]));
const campaignStatus = new Map(demo.campaigns.map((campaign) => [campaign.key, campaign.status]));

describe('demo deliverables', () => {
  it('links every campaign post to exactly one deliverable of the same creator and campaign', () => {
    const linked = demo.deliverables.filter((item) => item.postKey !== null);
    const campaignPosts = demo.posts.filter((post) => post.campaignKey !== null);
    const organicWithCampaign = campaignPosts.filter((post) => !linked.some((d) => d.postKey === post.key));
    expect(organicWithCampaign).toEqual([]);
    expect(new Set(linked.map((item) => item.postKey)).size).toBe(linked.length);
    for (const item of linked) {
      const post = postsByKey.get(item.postKey ?? '');
      expect(post?.creatorKey).toBe(item.creatorKey);
      expect(post?.campaignKey).toBe(item.campaignKey);
      expect(item.publishedAt).toEqual(post?.publishedAt);
      expect(item.liveUrl).toBe(post?.url);
    }
  });

  it('marks published ones on time or late against their due date, and some of each', () => {
    const published = demo.deliverables.filter((item) => item.publishedAt !== null);
    for (const item of published) {
      const late = (item.publishedAt?.getTime() ?? 0) > item.dueAt.getTime();
      expect(item.lateness).toBe(late ? 'late' : 'on_time');
      expect(['published', 'verified']).toContain(item.status);
    }
    expect(published.some((item) => item.lateness === 'late')).toBe(true);
    expect(published.some((item) => item.lateness === 'on_time')).toBe(true);
  });

  it('keeps the planned campaign in drafts and nothing unpublished marked published', () => {
    for (const item of demo.deliverables.filter((d) => d.publishedAt === null)) {
      expect(['published', 'verified']).not.toContain(item.status);
      if (campaignStatus.get(item.campaignKey) === 'planned') expect(item.status).toBe('draft');
    }
    expect(demo.deliverables.some((item) => campaignStatus.get(item.campaignKey) === 'planned')).toBe(true);
  });
});
