import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { evaluateFromTotals } from '@lantoa/core/dashboard';
import { KPI_IDS, type KpiRange } from '@lantoa/core/kpi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPayload } from '../src/features/conversions/verify-signature';
import { loadDashboardTotals } from '../src/features/dashboard/load-dashboard-totals';
import { loadEngagementSet } from '../src/features/dashboard/load-post-totals';
import { computeCampaignKpis } from '../src/features/kpis/compute-campaign-kpis';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createTenant, type Tenant } from './helpers/world';

const specDir = resolve(import.meta.dirname, '../../../../shared/spec');
const BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1';

let t: TestApp;
let a: Tenant;
let ws: string;
let exampleId: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'dashboard');
  ws = `/api/v1/workspaces/${a.workspaceId}`;
  const bundle = JSON.parse(await readFile(resolve(specDir, 'kpi-example.input.json'), 'utf8'));
  const imported = await t.request({
    method: 'POST',
    url: `${ws}/campaigns/import-bundle`,
    as: a.owner,
    payload: bundle,
  });
  expect(imported.statusCode, imported.body).toBe(201);
  exampleId = imported.json().campaignId;
});
afterAll(() => t.close());

function close(actual: number | null, expected: number | null, what: string) {
  if (expected === null) expect(actual, what).toBeNull();
  else expect(actual, what).toBeCloseTo(expected, 6);
}

async function sameAsEngine(
  campaignId: string,
  range: KpiRange | undefined,
  days: { from: string | null; to: string | null },
) {
  const set = await loadEngagementSet(t.services.db, a.workspaceId, campaignId);
  const fast = await loadDashboardTotals(t.services.db, a.workspaceId, campaignId, { range, days }, set);
  const engine = await computeCampaignKpis(t.services.db, a.workspaceId, campaignId, range ? { range } : {});
  let compared = 0;
  for (const id of KPI_IDS) {
    const value = evaluateFromTotals(id, fast.totals.campaign);
    if (!value) continue;
    close(value.value, engine.kpis.campaign[id].value, `campaign ${id}`);
    compared++;
    for (const [key, creator] of engine.creators) {
      const totals = fast.totals.creators.get(creator.id);
      const mine = totals ? (evaluateFromTotals(id, totals)?.value ?? null) : null;
      close(mine, engine.kpis.creators.get(key)?.[id]?.value ?? null, `creator ${key} ${id}`);
    }
  }
  return compared;
}

describe('campaign dashboard', () => {
  it('gives the KPI engine’s numbers from its summed totals (worked example, whole campaign and a sub-range)', async () => {
    expect(await sameAsEngine(exampleId, undefined, { from: null, to: null })).toBeGreaterThan(20);
    const range = {
      from: Date.parse('2026-03-01T00:00:00+07:00'),
      to: Date.parse('2026-03-06T23:59:59.999+07:00'),
    };
    expect(await sameAsEngine(exampleId, range, { from: '2026-03-01', to: '2026-03-06' })).toBeGreaterThan(
      20,
    );
  });

  it('gives the KPI engine’s numbers on the demo data', async () => {
    expect(await sameAsEngine(a.params.campaignId!, undefined, { from: null, to: null })).toBeGreaterThan(20);
  });

  it('answers tiles, funnel, series, leaderboard, cost efficiency and freshness in one read', async () => {
    const response = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${exampleId}/dashboard?sort=cpa&limit=2`,
      as: a.owner,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.range).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    const cost = body.costEfficiency.find((value: { id: string }) => value.id === 'cpm');
    expect(cost.inputs.cost).toBe(150_000_000);
    expect(body.funnel.map((step: { id: string }) => step.id)).toEqual([
      'reach',
      'engagement',
      'lead',
      'conversion',
      'retention',
      'advocacy',
    ]);
    expect(body.leaderboard.rows).toHaveLength(2);
    const [first, second] = body.leaderboard.rows;
    if (first.values.cpa.value !== null && second.values.cpa.value !== null)
      expect(first.values.cpa.value).toBeLessThanOrEqual(second.values.cpa.value);
    expect(body.series.at(-1).day).toBe('2026-03-31');
    expect(body.freshness.snapshots).toEqual(expect.any(String));
  });

  it('counts a followed link and a signed sale: clicks, CPA and ROI move', async () => {
    const campaignId = a.params.campaignId!;
    const day = (at: number) => new Date(at + 7 * 3_600_000).toISOString().slice(0, 10);
    const range = `from=${day(Date.now() - 6 * 86_400_000)}&to=${day(Date.now())}`;
    const url = `${ws}/campaigns/${campaignId}/dashboard?compare=previous&${range}`;
    const before = (await t.request({ method: 'GET', url, as: a.owner })).json();
    const link = await t.request({
      method: 'POST',
      url: `${ws}/links`,
      as: a.owner,
      // A creator with no post in the campaign: the leaderboard still lists them (their sale), with missing ratios.
      payload: {
        campaignId,
        creatorId: a.params.creatorId,
        slug: 'dash-sale',
        destinationUrl: 'https://shop.example.vn/',
      },
    });
    expect(link.statusCode, link.body).toBe(201);
    const followed = await t.request({
      method: 'GET',
      url: '/l/dash-sale',
      headers: { 'user-agent': BROWSER },
    });
    const clickId = /lt_cid=([0-9a-f-]{36})/.exec(String(followed.headers.location))?.[1];
    await t.services.redirector.recorder.flush();
    const secret = (
      await t.request({ method: 'GET', url: `${ws}/conversion-signing-key`, as: a.owner })
    ).json().secret;
    const raw = JSON.stringify({
      workspaceId: a.workspaceId,
      idempotencyKey: 'dash-1',
      orderId: 'dash-1',
      amount: 2_000_000,
      clickId,
      status: 'approved',
    });
    const sale = await t.request({
      method: 'POST',
      url: '/api/v1/track/sale',
      payload: raw,
      headers: {
        'content-type': 'application/json',
        'x-lantoa-signature': signPayload(secret, raw, Math.floor(Date.now() / 1000)),
      },
    });
    expect(sale.statusCode, sale.body).toBeLessThan(300);
    const after = (await t.request({ method: 'GET', url, as: a.owner })).json();
    expect(after.clicks.tracked).toBe((before.clicks.tracked ?? 0) + 1);
    const cpa = (body: {
      costEfficiency: { id: string; value: number | null; inputs: Record<string, number | null> }[];
    }) => body.costEfficiency.find((value) => value.id === 'cpa')!;
    const roi = (body: typeof after) =>
      body.costEfficiency.find((value: { id: string }) => value.id === 'roi');
    const orders = (cpa(before).inputs.orders ?? 0) + 1;
    expect(cpa(after).inputs.orders).toBe(orders);
    const costTotal = cpa(after).inputs.cost!;
    expect(cpa(after).value).toBeCloseTo(costTotal / orders, 6);
    const revenue = roi(after).inputs.revenue;
    expect(revenue).toBe((roi(before).inputs.revenue ?? 0) + 2_000_000);
    expect(roi(after).value).toBeCloseTo(((revenue - costTotal) / costTotal) * 100, 6);
    expect(after.freshness.clicks).toEqual(expect.any(String));
  });

  it('exports every section as CSV with Vietnamese headers, or English when asked, and as XLSX', async () => {
    const url = `${ws}/campaigns/${exampleId}/dashboard/export`;
    const vi = await t.request({ method: 'GET', url: `${url}?format=csv`, as: a.owner });
    expect(vi.statusCode, vi.body).toBe(200);
    expect(vi.headers['content-type']).toContain('text/csv');
    for (const title of [
      'Chỉ số mục tiêu',
      'Phễu',
      'Hiệu quả chi phí',
      'Theo ngày',
      'Bảng xếp hạng nhà sáng tạo',
    ])
      expect(vi.body).toContain(title);
    expect(vi.body).toContain('Ngày,Tiếp cận,Lượt xem');
    const en = await t.request({
      method: 'GET',
      url: `${url}?format=csv`,
      as: a.owner,
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.body).toContain('Day,Reach,Views');
    const xlsx = await t.request({ method: 'GET', url, as: a.owner });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('hides another workspace’s campaign', async () => {
    const other = await createTenant(t, 'dashboard-b');
    const response = await t.request({
      method: 'GET',
      url: `/api/v1/workspaces/${other.workspaceId}/campaigns/${exampleId}/dashboard`,
      as: other.owner,
    });
    expect(response.statusCode).toBe(404);
  });
});
