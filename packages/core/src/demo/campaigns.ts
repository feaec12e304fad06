import type { Assignment } from './assignments';
import type { CampaignBlueprint } from './campaign-blueprints';
import type { Deliverable } from './deliverables';
import type { Random } from './random';
import { roundFee } from './rate-card';
import { roundTo } from './tiers';
import { addDays, vietnamDate } from './time';
import type { DemoCampaign, DemoCampaignCreator, DemoCampaignFitTarget, DemoCampaignKpi } from './types';
import { NICHES } from './vocabulary-niches';

export function campaignStart(blueprint: CampaignBlueprint, now: Date): Date {
  return addDays(now, blueprint.startInDays);
}

export function campaignEnd(blueprint: CampaignBlueprint, now: Date): Date {
  return addDays(now, blueprint.startInDays + blueprint.durationDays);
}

/** The budget covers the negotiated fees and the shared costs, plus the blueprint's headroom. */
export function campaignBudget(blueprint: CampaignBlueprint, fees: readonly number[]): number {
  const planned =
    fees.reduce((sum, fee) => sum + fee, 0) +
    blueprint.otherCosts.reduce((sum, cost) => sum + cost.amount, 0);
  return roundTo(planned * blueprint.budgetHeadroom, 10_000_000);
}

export function createCampaign(blueprint: CampaignBlueprint, now: Date, budgetAmount: number): DemoCampaign {
  return {
    key: blueprint.key,
    name: blueprint.name,
    brand: blueprint.brand,
    description: blueprint.description,
    status: blueprint.status,
    funnelStage: blueprint.funnelStage,
    competitors: [...blueprint.competitors],
    startDate: vietnamDate(campaignStart(blueprint, now)),
    endDate: vietnamDate(campaignEnd(blueprint, now)),
    currency: 'VND',
    budgetAmount,
    createdAt: addDays(now, -blueprint.createdDaysAgo),
  };
}

export function createCampaignKpis(blueprint: CampaignBlueprint, now: Date): DemoCampaignKpi[] {
  return blueprint.kpis.map((kpi) => ({
    key: `${blueprint.key}-kpi-${kpi.kpiId}`,
    campaignKey: blueprint.key,
    kpiId: kpi.kpiId,
    target: kpi.target,
    deadline: vietnamDate(campaignEnd(blueprint, now)),
  }));
}

/** The audience the brand described when it planned the campaign, saved as the campaign's fit target. */
export function createCampaignFitTarget(blueprint: CampaignBlueprint, now: Date): DemoCampaignFitTarget {
  const { ageRange, genders, locations, interests } = blueprint.audience;
  return {
    campaignKey: blueprint.key,
    target: {
      ageRange: { ...ageRange },
      genders: [...genders],
      locations: [...locations],
      interests: [...interests],
      niches: blueprint.niches.map((niche) => NICHES[niche].label),
    },
    updatedAt: addDays(now, -blueprint.createdDaysAgo),
  };
}

/** The fee is the creator's rate for each deliverable, negotiated down by up to 20 %. */
export function createCampaignCreator(
  random: Random,
  blueprint: CampaignBlueprint,
  assignment: Assignment,
  deliverables: readonly Deliverable[],
  videoFees: ReadonlyMap<string, number>,
  now: Date,
): DemoCampaignCreator {
  const listPrice = deliverables.reduce(
    (sum, item) => sum + (videoFees.get(item.account.account.key) ?? 0),
    0,
  );
  return {
    campaignKey: blueprint.key,
    creatorKey: assignment.creatorKey,
    fee: roundFee(listPrice * random.float(0.8, 1)),
    status: assignment.status,
    createdAt: addDays(now, -blueprint.createdDaysAgo + random.int(1, 5)),
  };
}
