import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCampaignBundle } from './parse';

const example = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/kpi-example.input.json'), 'utf8'),
);

describe('the plan section of a bundle', () => {
  it('carries objectives, KPI targets, budget lines, creators and the brief', () => {
    const plan = {
      status: 'live',
      brand: 'Mộc Lam',
      objectives: ['conversion'],
      competitors: ['Sữa hạt X'],
      kpi_targets: [{ kpi: 'roas', target: 3, deadline: '2026-03-31' }],
      budget_lines: [{ category: 'creator_fee', planned: 150_000_000, committed: null }],
      creators: [{ creator: 'linh', name: 'Linh Ăn Gì', fee: 6_000_000, status: 'contracted' }],
      brief: { key_message: 'Sữa hạt không đường', dos: ['Quay cảnh uống thật'], references: [] },
    };
    const parsed = parseCampaignBundle({ ...example, plan });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.bundle.plan?.kpi_targets?.[0]?.target).toBe(3);
  });

  it('names a wrong KPI, category or goal by its path', () => {
    const parsed = parseCampaignBundle({
      ...example,
      plan: {
        objectives: ['fame'],
        kpi_targets: [{ kpi: 'happiness', target: 1 }],
        budget_lines: [{ category: 'food', planned: -1 }],
        brief: { dos: [] },
      },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'plan.objectives[0]',
        'plan.kpi_targets[0].kpi',
        'plan.budget_lines[0].category',
        'plan.budget_lines[0].planned',
        'plan.brief.key_message',
      ]),
    );
  });
});
