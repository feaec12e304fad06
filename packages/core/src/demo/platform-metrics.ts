import type { DemoMetricName, DemoPlatform, DemoPostFormat } from './types';

/**
 * Metrics each platform reports for a post (KPIS.md: TikTok has no reach or impressions, Facebook no views or
 * saves, Instagram has views, reach, impressions and every engagement component; here only YouTube reports
 * watch time). `clicks` exist only where a tracked link was used, i.e. on campaign posts. Every other
 * metric is stored as null.
 */
export const PLATFORM_METRICS: Record<DemoPlatform, readonly DemoMetricName[]> = {
  tiktok: ['views', 'likes', 'comments', 'shares', 'saves', 'clicks'],
  facebook: ['reach', 'impressions', 'likes', 'comments', 'shares', 'clicks'],
  instagram: ['views', 'reach', 'impressions', 'likes', 'comments', 'shares', 'saves', 'clicks'],
  youtube: ['views', 'impressions', 'likes', 'comments', 'shares', 'clicks', 'watchTimeS'],
  zalo: ['views', 'likes', 'comments', 'shares', 'clicks'],
};

export const POST_FORMATS_BY_PLATFORM: Record<DemoPlatform, readonly (readonly [DemoPostFormat, number])[]> =
  {
    tiktok: [
      ['video', 90],
      ['livestream', 10],
    ],
    facebook: [
      ['post', 50],
      ['video', 30],
      ['reel', 15],
      ['livestream', 5],
    ],
    instagram: [
      ['reel', 60],
      ['post', 40],
    ],
    youtube: [
      ['video', 50],
      ['short', 50],
    ],
    zalo: [['post', 1]],
  };

/** The format a sponsored deliverable takes on each platform. */
export const CAMPAIGN_FORMAT: Record<DemoPlatform, DemoPostFormat> = {
  tiktok: 'video',
  facebook: 'video',
  instagram: 'reel',
  youtube: 'video',
  zalo: 'post',
};

/** Organic posts per account over the history window. */
export const POSTS_PER_ACCOUNT: Record<DemoPlatform, [number, number]> = {
  tiktok: [8, 18],
  facebook: [6, 15],
  instagram: [6, 15],
  youtube: [5, 10],
  zalo: [5, 8],
};
