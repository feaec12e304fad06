import { deliverableLateness } from '../deliverables';
import type { CampaignBlueprint } from './campaign-blueprints';
import type { Deliverable } from './deliverables';
import type { PostModel } from './posts';
import type { Random } from './random';
import type { DemoDeliverable, DemoDeliverableStatus, DemoDeliverableType, DemoPlatform } from './types';

const HOUR_MS = 3_600_000;
const VERIFIED_AFTER_MS = 3 * 24 * HOUR_MS;

const PLATFORM_LABEL: Record<DemoPlatform, string> = {
  tiktok: 'TikTok',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  zalo: 'Zalo',
};
const TYPE_LABEL: Record<DemoDeliverableType, string> = {
  video: 'Video',
  post: 'Bài đăng',
  story: 'Story',
  livestream: 'Livestream',
};
const UPCOMING_STATUSES: readonly (readonly [DemoDeliverableStatus, number])[] = [
  ['draft', 3],
  ['in_review', 3],
  ['changes_requested', 1],
  ['approved', 2],
  ['scheduled', 3],
];

function typeOf(platform: DemoPlatform, format: string | null): DemoDeliverableType {
  if (format === 'story' || format === 'livestream' || format === 'post') return format;
  if (format === null && platform === 'facebook') return 'post';
  return 'video';
}

/** Published: due a little after posting (on time) or, for one in five, well before it (late). */
function publishedDue(random: Random, publishedAt: Date): Date {
  const offsetHours = random.chance(0.2) ? -random.int(6, 72) : random.int(0, 48);
  return new Date(publishedAt.getTime() + offsetHours * HOUR_MS);
}

/**
 * The demo's deliverables as the team tracks them: those whose post is out are published (verified after
 * three days) and linked to it, with their lateness; upcoming ones sit somewhere in the approval flow
 * (only drafts for a campaign still being planned).
 */
export function demoDeliverableRows(
  random: Random,
  deliverables: readonly Deliverable[],
  posts: readonly PostModel[],
  blueprints: ReadonlyMap<string, CampaignBlueprint>,
  now: Date,
): DemoDeliverable[] {
  const postByPlan = new Map(
    posts
      .filter((model) => model.kind === 'campaign')
      .map((model) => [`${model.post.accountKey}|${model.post.publishedAt.getTime()}`, model.post]),
  );
  const numberByCreatorCampaign = new Map<string, number>();
  return deliverables.map((plan, index) => {
    const account = plan.account.account;
    const post = postByPlan.get(`${account.key}|${plan.publishAt.getTime()}`) ?? null;
    const type = typeOf(account.platform, post?.format ?? null);
    const pairKey = `${plan.campaignKey}|${plan.creatorKey}`;
    const number = (numberByCreatorCampaign.get(pairKey) ?? 0) + 1;
    numberByCreatorCampaign.set(pairKey, number);
    const base = {
      key: `d-${String(index + 1).padStart(3, '0')}`,
      campaignKey: plan.campaignKey,
      creatorKey: plan.creatorKey,
      platform: account.platform,
      type,
      title: `${TYPE_LABEL[type]} ${PLATFORM_LABEL[account.platform]} #${number}`,
      important: number === 1 && (account.tier === 'macro' || account.tier === 'mega'),
    };
    if (post) {
      const dueAt = publishedDue(random, post.publishedAt);
      const verified = now.getTime() - post.publishedAt.getTime() > VERIFIED_AFTER_MS;
      return {
        ...base,
        status: verified ? 'verified' : 'published',
        dueAt,
        scheduledAt: post.publishedAt,
        publishedAt: post.publishedAt,
        verifiedAt: verified ? new Date(post.publishedAt.getTime() + VERIFIED_AFTER_MS) : null,
        liveUrl: post.url,
        postKey: post.key,
        lateness: deliverableLateness({ dueAt, publishedAt: post.publishedAt, now }),
      };
    }
    const planning = blueprints.get(plan.campaignKey)?.status === 'planned';
    const status = planning ? 'draft' : random.weighted(UPCOMING_STATUSES);
    return {
      ...base,
      status,
      dueAt: plan.publishAt,
      scheduledAt: status === 'scheduled' ? plan.publishAt : null,
      publishedAt: null,
      verifiedAt: null,
      liveUrl: null,
      postKey: null,
      lateness: deliverableLateness({ dueAt: plan.publishAt, publishedAt: null, now }),
    };
  });
}
