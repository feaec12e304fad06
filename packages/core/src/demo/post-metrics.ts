import { PLATFORM_METRICS } from './platform-metrics';
import type { PostKind, PostModel } from './posts';
import type { Random } from './random';
import { TIER_RESPONSE } from './tiers';
import { addHours } from './time';
import type { DemoMetricName, DemoPlatform, DemoPostMetrics, DemoPostSnapshot } from './types';

type Component = 'likes' | 'comments' | 'shares' | 'saves';

/** How a post's engagements split into components, per platform (0 = not reported). */
const SPLIT: Record<DemoPlatform, Record<Component, number>> = {
  tiktok: { likes: 0.82, comments: 0.05, shares: 0.04, saves: 0.09 },
  instagram: { likes: 0.86, comments: 0.04, shares: 0.03, saves: 0.07 },
  facebook: { likes: 0.86, comments: 0.08, shares: 0.06, saves: 0 },
  youtube: { likes: 0.93, comments: 0.05, shares: 0.02, saves: 0 },
  zalo: { likes: 0.85, comments: 0.1, shares: 0.05, saves: 0 },
};

const KIND_FACTOR: Record<PostKind, number> = { organic: 1, campaign: 0.85, competitor: 0.9, gambling: 0.7 };

/** Snapshot offsets after publishing, in hours: +1 h, +1 d, +3 d, +7 d, +14 d, +30 d. */
export const SNAPSHOT_OFFSETS_HOURS = [1, 24, 72, 168, 336, 720] as const;
const SATURATION_HOURS = 720;

export interface MetricOptions {
  /** Followers who are real people at publish time. */
  followers: number;
  /** Extra comments from bought engagement. */
  commentMultiplier: number;
  /** Engagement lost after bought followers (they never engage and reach drops). */
  engagementMultiplier: number;
}

function components(random: Random, platform: DemoPlatform, engagements: number, commentWeight: number) {
  const weights = { ...SPLIT[platform] };
  weights.comments *= commentWeight;
  for (const key of Object.keys(weights) as Component[]) weights[key] *= random.logNormal(1, 0.2);
  const total = weights.likes + weights.comments + weights.shares + weights.saves;
  const share = (key: Component) => Math.round((engagements * weights[key]) / total);
  return {
    likes: share('likes'),
    comments: share('comments'),
    shares: share('shares'),
    saves: share('saves'),
  };
}

/** Final (≈30-day) metrics of a post, from the account's ER and its tier's reach; unreported metrics are null. */
export function finalPostMetrics(random: Random, model: PostModel, options: MetricOptions): DemoPostMetrics {
  const { platform } = model.post;
  const { format } = model.post;
  const followers = options.followers;
  const tookOff = random.chance(0.04) ? random.float(2.5, 4) : 1;
  const rate = model.account.engagementRate * random.logNormal(1, 0.35) * tookOff * KIND_FACTOR[model.kind];
  const engagements = Math.max(1, (followers * rate * options.engagementMultiplier) / 100);
  const live = format === 'livestream' ? 5 : 1;
  const parts = components(random, platform, engagements, live * options.commentMultiplier);
  const at = (low: number, high: number) => random.float(low, high);
  const values: Record<DemoMetricName, number> = {
    ...parts,
    views: 0,
    reach: 0,
    impressions: 0,
    clicks: 0,
    watchTimeS: 0,
  };
  if (platform === 'tiktok') {
    values.views = engagements / (live > 1 ? at(0.08, 0.15) : at(0.045, 0.11));
    values.clicks = values.views * at(0.006, 0.015);
  } else if (platform === 'instagram') {
    values.reach = Math.max(followers * at(0.15, 0.45), engagements * at(8, 14));
    values.impressions = values.reach * at(1.2, 1.7);
    values.views = values.reach * (format === 'reel' ? at(1.2, 1.8) : at(1, 1.3));
    values.clicks = values.impressions * at(0.008, 0.016);
  } else if (platform === 'facebook') {
    values.reach = Math.max(followers * at(0.06, 0.3), engagements * at(8, 15));
    values.impressions = values.reach * at(1.3, 2);
    values.clicks = values.impressions * at(0.004, 0.009);
  } else if (platform === 'youtube') {
    values.views =
      Math.max(followers * at(0.04, 0.3), engagements * at(18, 30)) * (format === 'short' ? 2 : 1);
    values.impressions = values.views * at(6, 12);
    values.watchTimeS = values.views * (format === 'short' ? at(15, 35) : at(150, 420));
    values.clicks = values.views * at(0.01, 0.03);
  } else {
    values.views = Math.max(followers * at(0.1, 0.35), engagements * at(8, 12));
    values.clicks = values.views * at(0.01, 0.03);
  }
  values.clicks *= TIER_RESPONSE[model.account.account.tier].clicks;
  const reported = new Set(PLATFORM_METRICS[platform]);
  if (model.kind !== 'campaign') reported.delete('clicks');
  const metric = (name: DemoMetricName) => (reported.has(name) ? Math.round(values[name]) : null);
  return {
    views: metric('views'),
    reach: metric('reach'),
    impressions: metric('impressions'),
    likes: metric('likes'),
    comments: metric('comments'),
    shares: metric('shares'),
    saves: metric('saves'),
    clicks: metric('clicks'),
    watchTimeS: metric('watchTimeS'),
  };
}

/** Cumulative, saturating snapshots at the offsets that have already happened (the last one reaches `final`). */
export function snapshotSeries(
  random: Random,
  model: PostModel,
  final: DemoPostMetrics,
  now: Date,
): DemoPostSnapshot[] {
  const tau = model.post.platform === 'youtube' ? random.float(48, 120) : random.float(12, 48);
  const saturation = 1 - Math.exp(-SATURATION_HOURS / tau);
  const snapshots: DemoPostSnapshot[] = [];
  for (const hours of SNAPSHOT_OFFSETS_HOURS) {
    const at = addHours(model.post.publishedAt, hours);
    if (at.getTime() > now.getTime()) break;
    const fraction = hours >= SATURATION_HOURS ? 1 : (1 - Math.exp(-hours / tau)) / saturation;
    const scale = (value: number | null) => (value === null ? null : Math.round(value * fraction));
    snapshots.push({
      postKey: model.post.key,
      at,
      views: scale(final.views),
      reach: scale(final.reach),
      impressions: scale(final.impressions),
      likes: scale(final.likes),
      comments: scale(final.comments),
      shares: scale(final.shares),
      saves: scale(final.saves),
      clicks: scale(final.clicks),
      watchTimeS: scale(final.watchTimeS),
    });
  }
  return snapshots;
}
