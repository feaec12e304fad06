import { campaignKpis } from '@lantoa/db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignToCampaign, seedBenchmarkWorld } from './helpers/benchmark-world';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

interface KpiForecast {
  kpiId: string;
  target: number | null;
  median: number | null;
  interval: [number, number] | null;
  targetPosition: string | null;
  inputs: { name: string; median: number; basis: { history: number; benchmark: number } | null }[];
  gap: { code: string; input: string | null } | null;
}

let t: TestApp;
let owner: Session;
let ws: string;
let campaignId: string;
let kpis: Map<string, KpiForecast>;

// Dung (3 000 followers, no posts) is forecast from the nano bands of An, Bình and Chi (see benchmark-world.ts):
// reach 10/20/30 % → band 15–25 %, clicks 1/2/3 % → 1.5–2.5 %, orders 0.1/0.1/0.075 % → 0.0875–0.1 %.
// log(1 + total) ~ N(log(1 + typical), √(σc² + 0.8²)) with typical = 3 000 × √(low·high) / 100 and
// σc = ln(high/low) / (2 · z₀.₉); the 80 % interval is typical ± z₀.₉ · that sd on the log scale.
const Z = 1.2815515655446004;
function expectedBand(low: number, high: number) {
  const centre = Math.log1p((3000 * Math.sqrt(low * high)) / 100);
  const sd = Math.sqrt((Math.log(high / low) / (2 * Z)) ** 2 + 0.8 ** 2);
  return { median: Math.expm1(centre), interval: [Math.expm1(centre - Z * sd), Math.expm1(centre + Z * sd)] };
}
const near = (actual: number, expected: number, logTolerance: number) =>
  expect(Math.abs(Math.log(actual / expected)), `${actual} vs ${expected}`).toBeLessThan(logTolerance);

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-forecast@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Dự báo' },
  });
  const workspaceId = workspace.json().id as string;
  ws = `/api/v1/workspaces/${workspaceId}`;
  const ids = await seedBenchmarkWorld(t, workspaceId);
  const created = await t.request({
    method: 'POST',
    url: `${ws}/campaigns`,
    as: owner,
    payload: { name: 'Ra mắt son', budgetAmount: 10_000_000 },
  });
  expect(created.statusCode, created.body).toBe(201);
  campaignId = created.json().id;
  await assignToCampaign(t, workspaceId, campaignId, [ids.get('Dung') as string]);
  await t.services.db.insert(campaignKpis).values(
    (
      [
        ['reach', 2000],
        ['cpc', 100_000],
        ['conversions', 10],
        ['roi', 0],
        ['cost', 10_000_000],
        ['nps', 40],
      ] as const
    ).map(([kpiId, target]) => ({ workspaceId, campaignId, kpiId, target })),
  );
  const response = await t.request({
    method: 'GET',
    url: `${ws}/campaigns/${campaignId}/forecast`,
    as: owner,
  });
  expect(response.statusCode, response.body).toBe(200);
  kpis = new Map((response.json().kpis as KpiForecast[]).map((k) => [k.kpiId, k]));
});
afterAll(async () => {
  await t?.close();
});

describe('campaign forecast before launch', () => {
  it('forecasts reach of a creator without posts from the tier band, with the target above the interval', () => {
    const reach = kpis.get('reach') as KpiForecast;
    const expected = expectedBand(15, 25); // median 580.95, 80 % interval ≈ 201 – 1 673
    near(reach.median as number, expected.median, 0.05);
    near(reach.interval?.[0] as number, expected.interval[0] as number, 0.08);
    near(reach.interval?.[1] as number, expected.interval[1] as number, 0.08);
    expect(reach.targetPosition).toBe('above');
    expect(reach.inputs[0]?.basis).toEqual({ history: 0, benchmark: 1, missing: 0 });
  });

  it('derives cost per click from the budget and the same simulated clicks', () => {
    const cpc = kpis.get('cpc') as KpiForecast;
    const clicks = cpc.inputs.find((i) => i.name === 'clicks');
    // 10 000 000 ₫ / ≈ 58.1 clicks ≈ 172 000 ₫; the 80 % interval ≈ 59 000 – 512 000 ₫ holds the 100 000 ₫ target.
    expect(cpc.median).toBeCloseTo(10_000_000 / (clicks?.median as number), 6);
    near(cpc.median as number, 10_000_000 / expectedBand(1.5, 2.5).median, 0.05);
    near(cpc.interval?.[0] as number, 10_000_000 / (expectedBand(1.5, 2.5).interval[1] as number), 0.08);
    expect(cpc.targetPosition).toBe('inside');
  });

  it('forecasts orders and ROI from the average past order value (200 000 ₫)', () => {
    const conversions = kpis.get('conversions') as KpiForecast;
    near(conversions.median as number, expectedBand(0.0875, 0.1).median, 0.05); // ≈ 2.81 orders
    expect(conversions.targetPosition).toBe('above'); // 10 orders is beyond the ≈ 9.6 upper bound
    const roi = kpis.get('roi') as KpiForecast;
    // (2.81 × 200 000 − 10 000 000) / 10 000 000 × 100 ≈ −94.4 %: ROI rises with orders, so medians correspond.
    expect(roi.median).toBeCloseTo(
      (((conversions.median as number) * 200_000 - 10_000_000) / 10_000_000) * 100,
      6,
    );
    expect(roi.targetPosition).toBe('above');
  });

  it('gives the budget as cost and says which KPIs only a live campaign can measure', () => {
    expect(kpis.get('cost')).toMatchObject({ median: 10_000_000, interval: [10_000_000, 10_000_000] });
    expect(kpis.get('cost')?.targetPosition).toBe('inside');
    expect(kpis.get('nps')).toMatchObject({ median: null, gap: { code: 'after_launch_only' } });
  });
});
