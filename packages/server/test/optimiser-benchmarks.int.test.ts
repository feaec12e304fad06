import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBenchmarkWorld } from './helpers/benchmark-world';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

interface Plan {
  eligible: number;
  scenarios: {
    id: string;
    creators: { name: string; expected: Record<string, number | null> }[];
  }[];
  explanations: { name: string; picked: boolean; reason: string; fromBenchmark: boolean }[];
  forecast: { metric: string; total: { median: number } | null; skipped: number }[];
}

let t: TestApp;
let owner: Session;
let ws: string;
let campaignId: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-mix-benchmarks@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Chuẩn' },
  });
  const workspaceId = workspace.json().id as string;
  ws = `/api/v1/workspaces/${workspaceId}`;
  await seedBenchmarkWorld(t, workspaceId);
  const created = await t.request({
    method: 'POST',
    url: `${ws}/campaigns`,
    as: owner,
    payload: { name: 'Mix' },
  });
  campaignId = created.json().id;
});
afterAll(async () => {
  await t?.close();
});

describe('optimiser candidates without post history', () => {
  it('estimates a newcomer from the tier bands and says so, instead of leaving them out', async () => {
    const response = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignId}/mix`,
      as: owner,
      payload: { goal: 'reach', budget: 100_000_000, overlapPenalty: 0 },
    });
    expect(response.statusCode, response.body).toBe(200);
    const plan: Plan = response.json();
    expect(plan.eligible).toBe(4);
    const optimal = plan.scenarios.find((s) => s.id === 'optimal');
    const dung = optimal?.creators.find((c) => c.name === 'Dung');
    // 3 000 followers × √(low · high) / 100 of the nano bands measured on An, Bình and Chi:
    // reach 15–25 % → 30 · √375 = 580.948; clicks 1.5–2.5 % → 30 · √3.75 = 58.095;
    // orders 0.0875–0.1 % → 30 · √0.00875 = 2.806; engagements from seed 000's nano ER 2.71–4 % → 30 · √10.84.
    expect(dung?.expected.reach).toBeCloseTo(30 * Math.sqrt(375), 6);
    expect(dung?.expected.clicks).toBeCloseTo(30 * Math.sqrt(3.75), 6);
    expect(dung?.expected.conversions).toBeCloseTo(30 * Math.sqrt(0.00875), 6);
    expect(dung?.expected.engagements).toBeCloseTo(30 * Math.sqrt(10.84), 6);
    const an = optimal?.creators.find((c) => c.name === 'An');
    expect(an?.expected.reach).toBe(100);
    const why = new Map(plan.explanations.map((e) => [e.name, e]));
    expect(why.get('Dung')).toMatchObject({ picked: true, fromBenchmark: true });
    expect(why.get('An')).toMatchObject({ picked: true, fromBenchmark: false });
    // The mix's forecast falls back to the same band for Dung instead of leaving him out of the totals.
    for (const metric of ['reach', 'clicks', 'conversions'])
      expect(plan.forecast.find((f) => f.metric === metric)).toMatchObject({ skipped: 0 });
  });
});
