import { addDays, vietnamDate } from './time';
import type {
  DemoCampaign,
  DemoCampaignCreator,
  DemoContract,
  DemoContractMilestone,
  DemoCost,
  DemoDeliverable,
} from './types';

const RIGHTS_DAYS_AFTER_END = 90;
const FINAL_PAYMENT_DAYS_AFTER_END = 15;

function dayAfter(date: string, days: number): string {
  return vietnamDate(addDays(new Date(`${date}T12:00:00+07:00`), days));
}

function promised(own: readonly DemoDeliverable[]): DemoContract['deliverables'] {
  const counts = new Map<string, DemoContract['deliverables'][number]>();
  for (const item of own) {
    const key = `${item.type}|${item.platform}`;
    const entry = counts.get(key) ?? { type: item.type, platform: item.platform, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/**
 * The contract's payments are the creator's recorded fee costs (each one a paid milestone pointing at its cost, so
 * the fee is counted once); whatever of the fee is not paid yet is a last milestone due 15 days after the campaign.
 */
function milestones(fee: number, campaign: DemoCampaign, paidCosts: readonly DemoCost[]) {
  const rows: DemoContractMilestone[] = paidCosts.map((cost) => ({
    label: cost.note,
    amount: cost.amount,
    dueOn: cost.incurredOn,
    paidAt: new Date(`${cost.incurredOn}T10:00:00+07:00`),
    costKey: cost.key,
  }));
  const rest = fee - paidCosts.reduce((sum, cost) => sum + cost.amount, 0);
  if (rest > 0)
    rows.push({
      label: 'Thanh toán sau nghiệm thu',
      amount: rest,
      dueOn: dayAfter(campaign.endDate, FINAL_PAYMENT_DAYS_AFTER_END),
      paidAt: null,
      costKey: null,
    });
  return rows;
}

/**
 * A signed contract for every creator who reached "contracted" or "completed" on a campaign: the agreed
 * fee paid as the demo's fee costs record it (the rest due 15 days after the campaign), what they promised to
 * publish, exclusivity against the campaign's competitors while it runs, and usage rights for 90 days after.
 */
export function demoContracts(
  campaigns: readonly DemoCampaign[],
  members: readonly DemoCampaignCreator[],
  deliverables: readonly DemoDeliverable[],
  costs: readonly DemoCost[],
): DemoContract[] {
  const byKey = new Map(campaigns.map((campaign) => [campaign.key, campaign]));
  return members.flatMap((member) => {
    const campaign = byKey.get(member.campaignKey);
    if (!campaign || (member.status !== 'contracted' && member.status !== 'completed')) return [];
    const own = deliverables.filter(
      (item) => item.campaignKey === member.campaignKey && item.creatorKey === member.creatorKey,
    );
    const signedAt = addDays(member.createdAt, 2);
    const signedOn = vietnamDate(signedAt);
    return [
      {
        key: `k-${member.campaignKey}-${member.creatorKey}`,
        campaignKey: member.campaignKey,
        creatorKey: member.creatorKey,
        title: `Hợp đồng ${campaign.name}`,
        status: member.status === 'completed' ? 'completed' : 'signed',
        fee: member.fee,
        deliverables: promised(own),
        exclusivityStart: campaign.startDate,
        exclusivityEnd: campaign.endDate,
        competitors: campaign.competitors,
        scandalClause:
          'Bên B hoàn trả toàn bộ phí nếu có phát ngôn hoặc hành vi gây ảnh hưởng tiêu cực đến thương hiệu.',
        contentApprovalClause: 'Mọi nội dung phải được Bên A duyệt trước khi đăng ít nhất 24 giờ.',
        usageRightsChannels: ['facebook', 'tiktok', 'website'],
        usageRightsExpiresOn: dayAfter(campaign.endDate, RIGHTS_DAYS_AFTER_END),
        signedOn,
        milestones: milestones(
          member.fee,
          campaign,
          costs.filter(
            (cost) =>
              cost.campaignKey === member.campaignKey &&
              cost.creatorKey === member.creatorKey &&
              cost.category === 'creator_fee',
          ),
        ),
      },
    ];
  });
}
