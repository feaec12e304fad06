import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;
let campaignId: string;

interface Creator {
  creatorId: string;
  tier: string | null;
  fee: number;
  expected: { engagements: number | null };
}
interface Scenario {
  id: string;
  feasible: boolean;
  objective: number;
  summary: { cost: number; creators: number; maxShare: number | null };
  creators: Creator[];
}
interface Plan {
  candidates: number;
  eligible: number;
  scenarios: Scenario[];
  greedy: { objective: number };
  explanations: { id: string; picked: boolean; reason: string }[];
  forecast: { metric: string; total: { median: number; interval: [number, number] } | null }[];
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-optimiser@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Mix' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  const demo = await t.request({ method: 'POST', url: `${ws}/demo`, as: owner });
  expect(demo.statusCode).toBe(202);
  const created = await t.request({
    method: 'POST',
    url: `${ws}/campaigns`,
    as: owner,
    payload: { name: 'Tối ưu', budgetLines: [{ category: 'creator_fee', planned: 120_000_000 }] },
  });
  campaignId = created.json().id;
});
afterAll(async () => {
  await t?.close();
});

describe('creator-mix optimiser', () => {
  let plan: Plan;

  it('picks a mix within the budget that beats or equals greedy, with scenarios side by side', async () => {
    const response = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignId}/mix`,
      as: owner,
      payload: { goal: 'engagements', overlapPenalty: 0, maxSharePerCreator: 0.4 },
    });
    expect(response.statusCode, response.body).toBe(200);
    plan = response.json();
    expect(plan.candidates).toBeGreaterThan(10);
    expect(plan.scenarios.map((s) => s.id)).toEqual(['many_nano', 'one_mega', 'optimal']);
    const optimal = plan.scenarios.find((s) => s.id === 'optimal') as Scenario;
    expect(optimal.feasible).toBe(true);
    const cost = optimal.creators.reduce((sum, c) => sum + c.fee, 0);
    expect(cost).toBe(optimal.summary.cost);
    expect(cost).toBeLessThanOrEqual(120_000_000);
    for (const c of optimal.creators) expect(c.fee).toBeLessThanOrEqual(0.4 * 120_000_000);
    // with no overlap penalty the objective is the plain sum of the picked creators' expected engagements
    const sum = optimal.creators.reduce((s, c) => s + (c.expected.engagements ?? 0), 0);
    expect(optimal.objective).toBeCloseTo(sum, 6);
    expect(optimal.objective).toBeGreaterThanOrEqual(plan.greedy.objective - 1e-6);
    for (const scenario of plan.scenarios)
      expect(optimal.objective).toBeGreaterThanOrEqual(scenario.objective - 1e-6);

    const mega = plan.scenarios.find((s) => s.id === 'one_mega') as Scenario;
    expect(mega.creators.length).toBeLessThanOrEqual(1);
    for (const c of mega.creators) expect(c.tier).toBe('mega');
    const nano = plan.scenarios.find((s) => s.id === 'many_nano') as Scenario;
    for (const c of nano.creators) expect(c.tier).toBe('nano');
  });

  it('knows the quality and risk of every demo creator with posts without anyone opening a profile', async () => {
    const { rows } = await t.services.database.pool.query<{ with_posts: number; scored: number }>(
      `SELECT count(*)::int AS with_posts, count(s.quality_score)::int AS scored
       FROM creators c JOIN creator_stats s ON s.creator_id = c.id
       WHERE c.workspace_id = $1 AND EXISTS (SELECT 1 FROM posts p WHERE p.creator_id = c.id)`,
      [ws.split('/').at(-1)],
    );
    expect(rows[0]?.with_posts).toBeGreaterThan(10);
    expect(rows[0]?.scored).toBe(rows[0]?.with_posts);
    const limited = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignId}/mix`,
      as: owner,
      payload: {
        goal: 'engagements',
        overlapPenalty: 0,
        maxSharePerCreator: 0.4,
        minQuality: 40,
        maxRisk: 'high',
      },
    });
    expect(limited.statusCode, limited.body).toBe(200);
    expect(limited.json().candidates).toBeGreaterThan(0);
  });

  it('explains every candidate and forecasts the mix with an interval', () => {
    expect(plan.explanations).toHaveLength(plan.candidates);
    const optimal = plan.scenarios.find((s) => s.id === 'optimal') as Scenario;
    const picked = new Set(optimal.creators.map((c) => c.creatorId));
    for (const e of plan.explanations) expect(e.picked).toBe(picked.has(e.id));
    const engagements = plan.forecast.find((f) => f.metric === 'engagements');
    if (engagements?.total) {
      const [low, high] = engagements.total.interval;
      expect(low).toBeLessThanOrEqual(engagements.total.median);
      expect(engagements.total.median).toBeLessThanOrEqual(high);
    }
  });

  it('assigns the chosen creators to the campaign with their fees', async () => {
    const optimal = plan.scenarios.find((s) => s.id === 'optimal') as Scenario;
    const response = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignId}/creators`,
      as: owner,
      payload: { creators: optimal.creators.map((c) => ({ creatorId: c.creatorId, fee: c.fee })) },
    });
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json() as { creators: { creatorId: string; fee: number }[] };
    expect(detail.creators.map((c) => c.creatorId).sort()).toEqual([...picked(optimal)].sort());
    expect(detail.creators.reduce((s, c) => s + c.fee, 0)).toBe(optimal.summary.cost);
  });

  it('asks for a budget when the campaign has none', async () => {
    const bare = await t.request({
      method: 'POST',
      url: `${ws}/campaigns`,
      as: owner,
      payload: { name: 'Không tiền' },
    });
    const response = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${bare.json().id}/mix`,
      as: owner,
      payload: { goal: 'reach' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('body.budget');
  });
});

function picked(scenario: Scenario): string[] {
  return scenario.creators.map((c) => c.creatorId);
}
