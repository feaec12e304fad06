import type { AccountModel } from './accounts';
import { assignCampaigns, creatorStatuses } from './assignments';
import { CAMPAIGN_BLUEPRINTS } from './campaign-blueprints';
import {
  campaignBudget,
  createCampaign,
  createCampaignCreator,
  createCampaignFitTarget,
  createCampaignKpis,
} from './campaigns';
import { type FlagRole, planCast } from './cast';
import { demoContracts } from './contracts';
import { type CreatorDelivery, createConversions } from './conversions';
import { createCosts } from './costs';
import { type CreatorModel, createCreator } from './creators';
import { demoDeliverableRows } from './deliverable-rows';
import { type Deliverable, planDeliverables } from './deliverables';
import { type FollowerCurve, followerCurve, weeklySnapshotTimes } from './follower-history';
import { followerSnapshotRows } from './follower-snapshots';
import { HandleRegistry } from './handles';
import { createPostActivity } from './post-activity';
import { createAccountPosts, type PostModel } from './posts';
import { createRandom } from './random';
import { TIER_RESPONSE } from './tiers';
import type { DemoFlaggedCreators, DemoOptions, DemoWorkspace } from './types';

/** The seed `lantoa demo` and the "load demo data" button use. */
export const DEFAULT_DEMO_SEED = 20_260_301;

const blueprintsByKey = new Map(CAMPAIGN_BLUEPRINTS.map((blueprint) => [blueprint.key, blueprint]));

function flagged(creators: readonly CreatorModel[], role: FlagRole): string[] {
  return creators.filter((model) => model.accounts[0]?.plan.flag === role).map((model) => model.creator.key);
}

/**
 * A realistic Vietnamese workspace — creators, accounts, follower history, posts with metric snapshots,
 * comments, three campaigns with KPIs, costs and conversions — computed from `seed` alone, with every date
 * placed relative to `now`. Same seed and `now`, same data.
 */
export function generateDemoWorkspace({ seed, now }: DemoOptions): DemoWorkspace {
  const root = createRandom(seed);
  const plans = planCast(root.fork('cast'));
  const assignments = assignCampaigns(plans, CAMPAIGN_BLUEPRINTS, root.fork('assignments'));
  const statuses = creatorStatuses(plans, assignments, root.fork('statuses'));
  const snapshotTimes = weeklySnapshotTimes(now);
  const handles = new HandleRegistry(root.fork('handles'));
  const takenNames = new Set<string>();

  const creatorRandom = root.fork('creators');
  const creators = plans.map((plan) => {
    const own = assignments.filter((assignment) => assignment.creatorKey === plan.key);
    const earliest = Math.max(
      10,
      ...own.map((item) => (blueprintsByKey.get(item.campaignKey)?.createdDaysAgo ?? 0) + 5),
    );
    return createCreator(creatorRandom, plan, handles, takenNames, {
      status: statuses.get(plan.key) ?? 'prospect',
      pastCollaborator: own.some((item) => item.status === 'completed'),
      addedAtLeastDaysAgo: earliest,
      now,
      followersAt: snapshotTimes[snapshotTimes.length - 1] ?? now,
    });
  });
  const accounts: AccountModel[] = creators.flatMap((model) => model.accounts);
  const creatorsByKey = new Map(creators.map((model) => [model.creator.key, model]));

  const followerRandom = root.fork('followers');
  const curves = new Map<string, FollowerCurve>();
  for (const model of accounts) {
    const bought = model.isMain && model.plan.flag === 'followerSpike';
    curves.set(model.account.key, followerCurve(followerRandom, model, snapshotTimes, bought));
  }

  const deliverableRandom = root.fork('deliverables');
  const deliverables: Deliverable[] = assignments.flatMap((assignment) => {
    const blueprint = blueprintsByKey.get(assignment.campaignKey);
    const creator = creatorsByKey.get(assignment.creatorKey);
    if (!blueprint || !creator) return [];
    const firstEarly = creator.accounts[0]?.plan.flag === 'genericComments';
    return planDeliverables(deliverableRandom, blueprint, assignment, creator.accounts, now, firstEarly);
  });

  const campaignRandom = root.fork('campaigns');
  const campaignCreators = assignments.map((assignment) => {
    const blueprint = blueprintsByKey.get(assignment.campaignKey);
    const own = deliverables.filter(
      (item) => item.creatorKey === assignment.creatorKey && item.campaignKey === assignment.campaignKey,
    );
    const fees = creatorsByKey.get(assignment.creatorKey)?.videoFees ?? new Map<string, number>();
    if (!blueprint) throw new Error(`unknown campaign ${assignment.campaignKey}`);
    return createCampaignCreator(campaignRandom, blueprint, assignment, own, fees, now);
  });

  const postRandom = root.fork('posts');
  const activeDeliverables = deliverables.filter(
    (item) => blueprintsByKey.get(item.campaignKey)?.status !== 'planned',
  );
  const postModels: PostModel[] = creators.flatMap((creator) => {
    const promoBase = (creator.accounts[0]?.account.handle ?? creator.creator.key)
      .replace(/^@/, '')
      .toLowerCase();
    return creator.accounts.flatMap((model) => {
      const own = activeDeliverables.filter((item) => item.account.account.key === model.account.key);
      return createAccountPosts(
        postRandom.fork(model.account.key),
        model,
        own,
        blueprintsByKey,
        promoBase,
        now,
      );
    });
  });

  const activityRandom = root.fork('activity');
  const clicksByPost = new Map<string, number>();
  const postSnapshots = [];
  const comments = [];
  for (const model of postModels) {
    const curve = curves.get(model.account.account.key);
    if (!curve) continue;
    const activity = createPostActivity(activityRandom.fork(model.post.key), model, curve, now);
    postSnapshots.push(...activity.snapshots);
    comments.push(...activity.comments);
    clicksByPost.set(model.post.key, activity.clicks);
  }

  const snapshotRandom = root.fork('follower-snapshots');
  const followerSnapshots = accounts.flatMap((model) => {
    const curve = curves.get(model.account.key);
    const last = curve?.points[curve.points.length - 1];
    if (!curve || !last) return [];
    model.account.followers = last.followers;
    model.account.followersAt = last.at;
    const times = postModels
      .filter((post) => post.post.accountKey === model.account.key)
      .map((post) => post.post.publishedAt.getTime());
    return followerSnapshotRows(snapshotRandom, model, curve, times);
  });

  const moneyRandom = root.fork('money');
  const costs = CAMPAIGN_BLUEPRINTS.flatMap((blueprint) => {
    const members = campaignCreators.filter((member) => member.campaignKey === blueprint.key);
    const own = activeDeliverables.filter((item) => item.campaignKey === blueprint.key);
    return createCosts(moneyRandom.fork(`costs-${blueprint.key}`), blueprint, members, own, now);
  });
  const conversions = CAMPAIGN_BLUEPRINTS.flatMap((blueprint) => {
    const deliveries: CreatorDelivery[] = campaignCreators
      .filter((member) => member.campaignKey === blueprint.key)
      .map((member) => {
        const posts = postModels.filter(
          (post) => post.post.campaignKey === blueprint.key && post.post.creatorKey === member.creatorKey,
        );
        const clicks = posts.reduce((sum, post) => sum + (clicksByPost.get(post.post.key) ?? 0), 0);
        const main = creatorsByKey.get(member.creatorKey)?.accounts[0];
        const boughtEngagement = main?.plan.flag === 'genericComments' ? 0.25 : 1;
        const trust = main ? TIER_RESPONSE[main.account.tier].orders : 1;
        return {
          creatorKey: member.creatorKey,
          posts,
          clicks,
          conversionMultiplier: boughtEngagement * trust,
        };
      })
      .filter((delivery) => delivery.posts.length > 0);
    return deliveries.length > 0
      ? createConversions(moneyRandom.fork(`conversions-${blueprint.key}`), blueprint, deliveries, now)
      : [];
  });

  const flags: DemoFlaggedCreators = {
    followerSpike: flagged(creators, 'followerSpike'),
    genericComments: flagged(creators, 'genericComments'),
    riskyCaptions: flagged(creators, 'riskyCaptions'),
    competitorCollaboration: flagged(creators, 'competitorCollaboration'),
  };
  const campaignRows = CAMPAIGN_BLUEPRINTS.map((blueprint) => {
    const fees = campaignCreators
      .filter((member) => member.campaignKey === blueprint.key)
      .map((member) => member.fee);
    return createCampaign(blueprint, now, campaignBudget(blueprint, fees));
  });
  const deliverableRows = demoDeliverableRows(
    root.fork('deliverable-rows'),
    deliverables,
    postModels,
    blueprintsByKey,
    now,
  );
  return {
    creators: creators.map((model) => model.creator),
    accounts: accounts.map((model) => model.account),
    followerSnapshots,
    posts: postModels.map((model) => model.post),
    postSnapshots,
    comments,
    campaigns: campaignRows,
    campaignKpis: CAMPAIGN_BLUEPRINTS.flatMap((blueprint) => createCampaignKpis(blueprint, now)),
    campaignFitTargets: CAMPAIGN_BLUEPRINTS.map((blueprint) => createCampaignFitTarget(blueprint, now)),
    campaignCreators,
    costs,
    conversions,
    deliverables: deliverableRows,
    contracts: demoContracts(campaignRows, campaignCreators, deliverableRows, costs),
    flagged: flags,
  };
}
