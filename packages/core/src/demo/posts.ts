import type { AccountModel } from './accounts';
import type { CampaignBlueprint } from './campaign-blueprints';
import { campaignCaption, organicCaption } from './captions';
import { type Deliverable, primeTime } from './deliverables';
import { CAMPAIGN_FORMAT, POST_FORMATS_BY_PLATFORM, POSTS_PER_ACCOUNT } from './platform-metrics';
import { postIdentity } from './post-ids';
import type { Random } from './random';
import { addHours, HOUR_MS } from './time';
import type { DemoPost, DemoPostFormat } from './types';
import { COMPETITOR_CAPTIONS, GAMBLING_CAPTIONS } from './vocabulary-risk';

export type PostKind = 'organic' | 'campaign' | 'competitor' | 'gambling';

export interface PostModel {
  post: DemoPost;
  account: AccountModel;
  kind: PostKind;
  blueprint: CampaignBlueprint | null;
}

const HISTORY_DAYS = 175;
const MAX_POSTS_PER_ACCOUNT = 20;
/** A post needs at least its +1 h snapshot. */
const MIN_AGE_MS = 2 * HOUR_MS;

interface Draft {
  publishedAt: Date;
  format: DemoPostFormat;
  caption: string;
  kind: PostKind;
  blueprint: CampaignBlueprint | null;
}

function pastPrimeTime(random: Random, now: Date, daysAgo: number): Date {
  const at = primeTime(random, now, -daysAgo);
  return now.getTime() - at.getTime() < MIN_AGE_MS ? addHours(at, -24) : at;
}

export function promoCode(blueprint: CampaignBlueprint, handleBase: string): string {
  return `${blueprint.promoPrefix}${handleBase
    .replace(/[^a-z]/g, '')
    .slice(0, 6)
    .toUpperCase()}`;
}

function specialDrafts(random: Random, model: AccountModel, now: Date): Draft[] {
  const { flag } = model.plan;
  if (!model.isMain || (flag !== 'riskyCaptions' && flag !== 'competitorCollaboration')) return [];
  const captions =
    flag === 'riskyCaptions' ? random.sample(GAMBLING_CAPTIONS, 3) : random.sample(COMPETITOR_CAPTIONS, 2);
  const kind: PostKind = flag === 'riskyCaptions' ? 'gambling' : 'competitor';
  return captions.map((caption) => ({
    publishedAt: pastPrimeTime(
      random,
      now,
      flag === 'riskyCaptions' ? random.int(3, 90) : random.int(20, 60),
    ),
    format: CAMPAIGN_FORMAT[model.account.platform],
    caption,
    kind,
    blueprint: null,
  }));
}

/**
 * All posts of one account: its published campaign deliverables, planted risky posts, and organic posts in
 * prime time over the last ~6 months (5–20 per account). Keys number the posts in publishing order.
 */
export function createAccountPosts(
  random: Random,
  model: AccountModel,
  deliverables: readonly Deliverable[],
  blueprints: ReadonlyMap<string, CampaignBlueprint>,
  handleBase: string,
  now: Date,
): PostModel[] {
  const drafts: Draft[] = [...specialDrafts(random, model, now)];
  for (const deliverable of deliverables) {
    const blueprint = blueprints.get(deliverable.campaignKey);
    if (!blueprint || now.getTime() - deliverable.publishAt.getTime() < MIN_AGE_MS) continue;
    const caption = campaignCaption(random, blueprint, promoCode(blueprint, handleBase), model.plan.niche);
    const format = CAMPAIGN_FORMAT[model.account.platform];
    drafts.push({ publishedAt: deliverable.publishAt, format, caption, kind: 'campaign', blueprint });
  }
  const organicCount = Math.max(
    3,
    Math.min(random.int(...POSTS_PER_ACCOUNT[model.account.platform]), MAX_POSTS_PER_ACCOUNT - drafts.length),
  );
  for (let index = 0; index < organicCount; index += 1) {
    drafts.push({
      publishedAt: pastPrimeTime(random, now, random.int(1, HISTORY_DAYS)),
      format: random.weighted(POST_FORMATS_BY_PLATFORM[model.account.platform]),
      caption: organicCaption(random, model.plan.niche),
      kind: 'organic',
      blueprint: null,
    });
  }
  drafts.sort((left, right) => left.publishedAt.getTime() - right.publishedAt.getTime());
  return drafts.map((draft, index) => ({
    post: {
      key: `p-${model.account.key}-${String(index + 1).padStart(2, '0')}`,
      creatorKey: model.plan.key,
      accountKey: model.account.key,
      campaignKey: draft.blueprint?.key ?? null,
      platform: model.account.platform,
      ...postIdentity(random, model.account, draft.format),
      caption: draft.caption,
      format: draft.format,
      publishedAt: draft.publishedAt,
    },
    account: model,
    kind: draft.kind,
    blueprint: draft.blueprint,
  }));
}
