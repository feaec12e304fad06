import type { CampaignBlueprint } from './campaign-blueprints';
import { campaignEnd, campaignStart } from './campaigns';
import type { Deliverable } from './deliverables';
import type { Random } from './random';
import { roundFee } from './rate-card';
import { addDays, vietnamDate } from './time';
import type { DemoCampaignCreator, DemoCost } from './types';

/**
 * What has been spent so far: a finished campaign paid each fee after sign-off; a live one paid a 50 % deposit
 * and the rest once the creator's posts were all out; a planned one no fee yet. Shared costs
 * (production, media, customer care, samples) come from the blueprint, when their date has passed.
 */
export function createCosts(
  random: Random,
  blueprint: CampaignBlueprint,
  members: readonly DemoCampaignCreator[],
  deliverables: readonly Deliverable[],
  now: Date,
): DemoCost[] {
  const costs: Omit<DemoCost, 'key'>[] = [];
  const start = campaignStart(blueprint, now);
  for (const member of members) {
    const base = {
      campaignKey: blueprint.key,
      creatorKey: member.creatorKey,
      category: 'creator_fee' as const,
    };
    if (blueprint.status === 'completed') {
      const paidOn = addDays(campaignEnd(blueprint, now), random.int(3, 10));
      costs.push({
        ...base,
        amount: member.fee,
        incurredOn: vietnamDate(paidOn),
        note: 'Thanh toán phí KOL sau nghiệm thu',
      });
    } else if (blueprint.status === 'live') {
      const deposit = roundFee(member.fee / 2);
      const depositOn = vietnamDate(addDays(start, -random.int(1, 5)));
      costs.push({ ...base, amount: deposit, incurredOn: depositOn, note: 'Đặt cọc 50% phí KOL' });
      const own = deliverables.filter((item) => item.creatorKey === member.creatorKey);
      const lastPost = Math.max(...own.map((item) => item.publishAt.getTime()));
      const paidOn = new Date(lastPost + 2 * 86_400_000);
      if (own.length > 0 && paidOn.getTime() <= now.getTime()) {
        const note = 'Thanh toán phần còn lại sau khi đăng bài';
        costs.push({ ...base, amount: member.fee - deposit, incurredOn: vietnamDate(paidOn), note });
      }
    }
  }
  for (const shared of blueprint.otherCosts) {
    const incurred = addDays(start, shared.dayInCampaign);
    if (incurred.getTime() > now.getTime()) continue;
    const { category, amount, note } = shared;
    costs.push({
      campaignKey: blueprint.key,
      creatorKey: null,
      category,
      amount,
      incurredOn: vietnamDate(incurred),
      note,
    });
  }
  return costs.map((cost, index) => ({
    key: `${blueprint.key}-cost-${String(index + 1).padStart(3, '0')}`,
    ...cost,
  }));
}
