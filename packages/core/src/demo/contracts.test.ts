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

  it('splits each fee into milestones that add up to it, the deposit paid on signing', () => {
    for (const contract of demo.contracts) {
      expect(contract.milestones.reduce((sum, m) => sum + m.amount, 0)).toBe(contract.fee);
      expect(contract.milestones[0]?.paidAt).not.toBeNull();
      expect(contract.milestones[0]?.dueOn).toBe(contract.signedOn);
    }
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
