import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED, generateDemoWorkspace } from './index';

const NOW = new Date('2026-05-20T03:00:00Z');
const demo = generateDemoWorkspace({ seed: DEFAULT_DEMO_SEED, now: NOW });

describe('demo contracts', () => {
  it('gives a contract to every contracted or completed creator of a campaign and to nobody else', () => {
    const signed = demo.campaignCreators.filter((m) => m.status === 'contracted' || m.status === 'completed');
    expect(demo.contracts.map((c) => `${c.campaignKey}|${c.creatorKey}`).sort()).toEqual(
      signed.map((m) => `${m.campaignKey}|${m.creatorKey}`).sort(),
    );
    expect(demo.contracts.length).toBeGreaterThan(0);
  });

  it('splits each fee into milestones that add up to it, each paid one being a fee cost of the same amount and day', () => {
    const costs = new Map(demo.costs.map((cost) => [cost.key, cost]));
    for (const contract of demo.contracts) {
      expect(contract.milestones.reduce((sum, m) => sum + m.amount, 0)).toBe(contract.fee);
      for (const milestone of contract.milestones) {
        expect(milestone.paidAt === null).toBe(milestone.costKey === null);
        if (milestone.costKey === null) continue;
        const cost = costs.get(milestone.costKey);
        expect(cost).toMatchObject({
          campaignKey: contract.campaignKey,
          creatorKey: contract.creatorKey,
          category: 'creator_fee',
          amount: milestone.amount,
          incurredOn: milestone.dueOn,
        });
      }
    }
  });

  it('links every fee cost of a contracted creator to exactly one paid milestone, so the fee counts once', () => {
    const linked = demo.contracts.flatMap((c) => c.milestones.flatMap((m) => (m.costKey ? [m.costKey] : [])));
    expect(new Set(linked).size).toBe(linked.length);
    const contracted = new Set(demo.contracts.map((c) => `${c.campaignKey}|${c.creatorKey}`));
    const feeCosts = demo.costs.filter(
      (cost) => cost.category === 'creator_fee' && contracted.has(`${cost.campaignKey}|${cost.creatorKey}`),
    );
    expect(feeCosts.length).toBeGreaterThan(0);
    expect(linked.sort()).toEqual(feeCosts.map((cost) => cost.key).sort());
  });

  it('promises exactly the deliverables the creator owes the campaign', () => {
    for (const contract of demo.contracts) {
      const owed = demo.deliverables.filter(
        (d) => d.campaignKey === contract.campaignKey && d.creatorKey === contract.creatorKey,
      ).length;
      expect(contract.deliverables.reduce((sum, d) => sum + d.count, 0)).toBe(owed);
    }
  });

  it('pays the final milestone only once its day has passed', () => {
    const today = '2026-05-20';
    for (const milestone of demo.contracts.flatMap((c) => c.milestones.slice(1))) {
      if (milestone.dueOn > today) expect(milestone.paidAt).toBeNull();
    }
  });
});
