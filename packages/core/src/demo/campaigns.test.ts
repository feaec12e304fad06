import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED, generateDemoWorkspace } from './index';

const NOW = new Date('2026-05-20T03:00:00Z');
const TODAY = '2026-05-20';
const demo = generateDemoWorkspace({ seed: DEFAULT_DEMO_SEED, now: NOW });
const campaignKeys = new Set(demo.campaigns.map((campaign) => campaign.key));
const creatorKeys = new Set(demo.creators.map((creator) => creator.key));

describe('demo campaigns', () => {
  it('has one completed, one live and one planned campaign, dated accordingly', () => {
    const campaign = (status: string) => {
      const found = demo.campaigns.find((item) => item.status === status);
      if (!found) throw new Error(`no ${status} campaign`);
      return found;
    };
    expect(demo.campaigns.map((item) => item.status).sort()).toEqual(['completed', 'live', 'planned']);
    expect(campaign('completed').endDate < TODAY).toBe(true);
    expect(campaign('live').startDate <= TODAY && TODAY <= campaign('live').endDate).toBe(true);
    expect(campaign('planned').startDate > TODAY).toBe(true);
  });

  it('gives each campaign 3–5 KPIs with positive targets', () => {
    for (const campaign of demo.campaigns) {
      const kpis = demo.campaignKpis.filter((kpi) => kpi.campaignKey === campaign.key);
      expect(kpis.length).toBeGreaterThanOrEqual(3);
      expect(kpis.length).toBeLessThanOrEqual(5);
      for (const kpi of kpis) expect(kpi.target).toBeGreaterThan(0);
    }
  });

  it('links creators, costs and conversions only to existing campaigns and creators', () => {
    const members = new Set(
      demo.campaignCreators.map((member) => `${member.campaignKey}/${member.creatorKey}`),
    );
    for (const member of demo.campaignCreators) {
      expect(campaignKeys).toContain(member.campaignKey);
      expect(creatorKeys).toContain(member.creatorKey);
    }
    for (const row of [...demo.costs, ...demo.conversions]) {
      expect(campaignKeys).toContain(row.campaignKey);
      if (row.creatorKey !== null) expect(members).toContain(`${row.campaignKey}/${row.creatorKey}`);
    }
    for (const post of demo.posts) {
      if (post.campaignKey !== null) expect(members).toContain(`${post.campaignKey}/${post.creatorKey}`);
    }
  });

  it('records money as positive whole VND, a creator fee for each creator of the finished campaign', () => {
    for (const cost of demo.costs) expect(Number.isInteger(cost.amount) && cost.amount > 0).toBe(true);
    const completed = demo.campaigns.find((campaign) => campaign.status === 'completed');
    const members = demo.campaignCreators.filter((member) => member.campaignKey === completed?.key);
    for (const member of members) {
      const fees = demo.costs.filter(
        (cost) => cost.creatorKey === member.creatorKey && cost.category === 'creator_fee',
      );
      expect(fees.reduce((sum, cost) => sum + cost.amount, 0)).toBe(member.fee);
    }
    const shared = demo.costs.filter((cost) => cost.creatorKey === null).map((cost) => cost.category);
    expect(shared).toEqual(expect.arrayContaining(['production', 'media', 'customer_care']));
  });

  it('has no posts, sales or creator fees yet for the planned campaign', () => {
    const planned = demo.campaigns.find((campaign) => campaign.status === 'planned');
    expect(demo.posts.filter((post) => post.campaignKey === planned?.key)).toHaveLength(0);
    expect(demo.conversions.filter((conversion) => conversion.campaignKey === planned?.key)).toHaveLength(0);
    expect(
      demo.costs.filter((cost) => cost.campaignKey === planned?.key && cost.category === 'creator_fee'),
    ).toHaveLength(0);
  });

  it('records conversions as events in the past: leads worth 0, mostly approved sales, some pending, reversed and refunds', () => {
    expect(demo.conversions.length).toBeGreaterThan(100);
    for (const conversion of demo.conversions) {
      expect(conversion.occurredAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      if (conversion.type === 'lead') expect(conversion.amount).toBe(0);
      else expect(conversion.amount).toBeGreaterThan(0);
    }
    const sales = demo.conversions.filter((conversion) => conversion.type === 'sale');
    const approved = sales.filter((sale) => sale.status === 'approved').length;
    expect(approved / sales.length).toBeGreaterThan(0.8);
    for (const status of ['pending', 'reversed'] as const) {
      expect(sales.some((sale) => sale.status === status)).toBe(true);
    }
    expect(demo.conversions.some((conversion) => conversion.type === 'refund')).toBe(true);
    expect(new Set(demo.conversions.map((conversion) => conversion.externalId)).size).toBe(
      demo.conversions.length,
    );
  });
});

describe('demo campaign fit targets', () => {
  const audiences = demo.accounts.map((account) => account.audience);
  const knownLocations = new Set(audiences.flatMap((audience) => audience.topLocations.map((l) => l.name)));
  const knownInterests = new Set(audiences.flatMap((audience) => audience.interests));
  const creatorNiches = new Set(demo.creators.flatMap((creator) => creator.niches));

  it("saves one target per campaign in words the creators' audiences use, so fit has something to match", () => {
    expect(demo.campaignFitTargets.map((fit) => fit.campaignKey).sort()).toEqual([...campaignKeys].sort());
    for (const { target } of demo.campaignFitTargets) {
      expect(target.ageRange.min).toBeLessThan(target.ageRange.max);
      expect(target.genders.length).toBeGreaterThan(0);
      for (const location of target.locations) expect(knownLocations).toContain(location);
      for (const interest of target.interests) expect(knownInterests).toContain(interest);
      for (const niche of target.niches) expect(creatorNiches).toContain(niche);
    }
  });
});
