import type { CampaignBlueprint } from './campaign-blueprints';
import type { CreatorPlan, FlagRole } from './cast';
import type { Random } from './random';
import { DEMO_TIERS, type DemoCampaignCreatorStatus, type DemoCreatorStatus } from './types';

export interface Assignment {
  campaignKey: string;
  creatorKey: string;
  status: DemoCampaignCreatorStatus;
}

/** Flagged creators placed where vetting matters: on the shortlist of the planned campaign, or already live. */
const FLAGGED_PLACEMENT: Partial<Record<FlagRole, string>> = {
  followerSpike: 'camp-senviet',
  competitorCollaboration: 'camp-senviet',
  genericComments: 'camp-may',
};

function campaignCreatorStatus(blueprint: CampaignBlueprint, random: Random): DemoCampaignCreatorStatus {
  if (blueprint.status === 'completed') return 'completed';
  if (blueprint.status === 'live') return 'contracted';
  return random.chance(0.5) ? 'negotiating' : 'selected';
}

/**
 * Picks each campaign's creators by the blueprint's tier mix among creators in no other campaign, preferring
 * its niches, then its platforms. Flagged creators (one spike creator per campaign at most) are placed first.
 */
export function assignCampaigns(
  plans: readonly CreatorPlan[],
  blueprints: readonly CampaignBlueprint[],
  random: Random,
) {
  const used = new Set<string>();
  const assignments: Assignment[] = [];
  for (const blueprint of blueprints) {
    const chosen: CreatorPlan[] = [];
    const placed = new Set<FlagRole>();
    for (const plan of plans) {
      if (plan.flag === null || FLAGGED_PLACEMENT[plan.flag] !== blueprint.key || placed.has(plan.flag))
        continue;
      placed.add(plan.flag);
      chosen.push(plan);
    }
    for (const tier of DEMO_TIERS) {
      const wanted = (blueprint.tierMix[tier] ?? 0) - chosen.filter((plan) => plan.tier === tier).length;
      if (wanted <= 0) continue;
      const open = plans.filter((plan) => plan.tier === tier && plan.flag === null && !used.has(plan.key));
      const fit = (plan: CreatorPlan) =>
        (blueprint.niches.includes(plan.niche) ? 2 : 0) +
        (blueprint.platforms.includes(plan.platform) ? 1 : 0);
      const ranked = random.shuffle(open).sort((left, right) => fit(right) - fit(left));
      chosen.push(...ranked.slice(0, wanted));
    }
    for (const plan of chosen) {
      used.add(plan.key);
      assignments.push({
        campaignKey: blueprint.key,
        creatorKey: plan.key,
        status: campaignCreatorStatus(blueprint, random),
      });
    }
  }
  return assignments;
}

const FREE_STATUSES: readonly (readonly [DemoCreatorStatus, number])[] = [
  ['prospect', 55],
  ['contacted', 25],
  ['negotiating', 8],
  ['archived', 12],
];

/** Pipeline status that agrees with the creator's campaigns; exactly one unflagged free creator is blocked. */
export function creatorStatuses(
  plans: readonly CreatorPlan[],
  assignments: readonly Assignment[],
  random: Random,
) {
  const statuses = new Map<string, DemoCreatorStatus>();
  let blocked = false;
  for (const plan of plans) {
    const campaigns = assignments.filter((assignment) => assignment.creatorKey === plan.key);
    let status: DemoCreatorStatus;
    if (campaigns.some((assignment) => assignment.status === 'contracted')) status = 'contracted';
    else if (campaigns.some((assignment) => assignment.status === 'negotiating')) status = 'negotiating';
    else if (campaigns.some((assignment) => assignment.status === 'selected')) status = 'contacted';
    else if (campaigns.length > 0) status = random.chance(0.6) ? 'contracted' : 'archived';
    else if (plan.flag !== null) status = 'prospect';
    else if (!blocked) {
      status = 'blocked';
      blocked = true;
    } else status = random.weighted(FREE_STATUSES);
    statuses.set(plan.key, status);
  }
  return statuses;
}
