import type { AccountModel } from './accounts';
import type { Assignment } from './assignments';
import type { CampaignBlueprint } from './campaign-blueprints';
import type { Random } from './random';
import { vietnamTime } from './time';

/** A sponsored post a creator owes a campaign; it becomes a post once its time has passed. */
export interface Deliverable {
  campaignKey: string;
  creatorKey: string;
  account: AccountModel;
  publishAt: Date;
}

const PRIME_HOURS: readonly (readonly [number, number])[] = [
  [11, 2],
  [12, 3],
  [19, 3],
  [20, 4],
  [21, 3],
  [22, 1],
];

export function primeTime(random: Random, now: Date, daysFromNow: number): Date {
  return vietnamTime(now, daysFromNow, random.weighted(PRIME_HOURS), random.int(0, 59));
}

/**
 * One or two deliverables per assigned creator, spread over the campaign, mostly on the main account.
 * `firstEarly` forces the first one into the first ten days (so a live campaign's flagged creator has posted).
 */
export function planDeliverables(
  random: Random,
  blueprint: CampaignBlueprint,
  assignment: Assignment,
  accounts: readonly AccountModel[],
  now: Date,
  firstEarly: boolean,
): Deliverable[] {
  const main = accounts.find((model) => model.isMain);
  if (!main) return [];
  const tier = main.account.tier;
  const count = tier === 'mega' ? 1 : tier === 'macro' ? 2 : random.int(1, 2);
  const secondaries = accounts.filter((model) => !model.isMain && model.account.platform !== 'zalo');
  return Array.from({ length: count }, (_, index) => {
    const account =
      index === 1 && secondaries.length > 0 && random.chance(0.3) ? random.pick(secondaries) : main;
    const lastDay =
      firstEarly && index === 0 ? Math.min(10, blueprint.durationDays - 2) : blueprint.durationDays - 2;
    const day = blueprint.startInDays + random.int(1, lastDay);
    return {
      campaignKey: blueprint.key,
      creatorKey: assignment.creatorKey,
      account,
      publishAt: primeTime(random, now, day),
    };
  });
}
