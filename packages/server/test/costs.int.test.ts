import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

const specDir = resolve(import.meta.dirname, '../../../../shared/spec');

let t: TestApp;
let owner: Session;
let ws: string;
let campaignId: string;
let otherWs: string;

// The worked example: costs 6 + 15 + 120 + 9 = 150 million VND, approved orders 96 + 35 + 150 = 281,
// revenue 28.8 + 10.5 + 45 = 84.3 million VND.
const EXAMPLE_COST = 150_000_000;
const EXAMPLE_ORDERS = 281;
const EXAMPLE_REVENUE = 84_300_000;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-costs@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Chi phí' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  const bundle = JSON.parse(await readFile(resolve(specDir, 'kpi-example.input.json'), 'utf8'));
  const imported = await t.request({
    method: 'POST',
    url: `${ws}/campaigns/import-bundle`,
    as: owner,
    payload: bundle,
  });
  expect(imported.statusCode, imported.body).toBe(201);
  campaignId = imported.json().campaignId;
  const other = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Chi phí khác' },
  });
  otherWs = `/api/v1/workspaces/${other.json().id}`;
});
afterAll(() => t.close());

const costsUrl = () => `${ws}/campaigns/${campaignId}/costs`;

async function costEfficiency(): Promise<
  Record<string, { value: number | null; inputs: Record<string, number> }>
> {
  const r = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}/dashboard`, as: owner });
  expect(r.statusCode, r.body).toBe(200);
  const values = r.json().costEfficiency as {
    id: string;
    value: number | null;
    inputs: Record<string, number>;
  }[];
  return Object.fromEntries(values.map((v) => [v.id, v]));
}

async function budgetLine(category: string) {
  const r = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}`, as: owner });
  const summary = r.json().budgetSummary as {
    spent: number;
    categories: { category: string; spent: number }[];
  };
  return { total: summary.spent, line: summary.categories.find((c) => c.category === category)?.spent };
}

describe('campaign costs', () => {
  let costId: string;

  it('lists the imported costs, newest first, with their creator', async () => {
    const r = await t.request({ method: 'GET', url: costsUrl(), as: owner });
    expect(r.statusCode, r.body).toBe(200);
    const items = r.json().items as { amount: number; category: string; creatorName: string | null }[];
    expect(items.map((c) => c.amount).sort((x, y) => x - y)).toEqual([
      6_000_000, 9_000_000, 15_000_000, 120_000_000,
    ]);
    expect(items.find((c) => c.category === 'production')?.creatorName).toBeNull();
  });

  it('records a paid-media cost: the budget’s spent, the dashboard’s cost, CPA and ROI all move', async () => {
    const before = await costEfficiency();
    expect(before.cpa?.inputs.cost).toBe(EXAMPLE_COST);
    expect(before.cpa?.value).toBeCloseTo(EXAMPLE_COST / EXAMPLE_ORDERS, 6);

    const created = await t.request({
      method: 'POST',
      url: costsUrl(),
      as: owner,
      payload: { category: 'media', amount: 5_620_000, incurredOn: '2026-03-10', note: 'Quảng cáo TikTok' },
    });
    expect(created.statusCode, created.body).toBe(201);
    costId = created.json().id;
    expect(created.json()).toMatchObject({
      category: 'media',
      amount: 5_620_000,
      currency: 'VND',
      incurredOn: '2026-03-10',
      creatorId: null,
      note: 'Quảng cáo TikTok',
    });

    expect(await budgetLine('media')).toEqual({ total: 155_620_000, line: 5_620_000 });
    const after = await costEfficiency();
    expect(after.cpa?.inputs.cost).toBe(155_620_000);
    // 5,620,000 / 281 orders = 20,000 more per order.
    expect(after.cpa?.value).toBeCloseTo(EXAMPLE_COST / EXAMPLE_ORDERS + 20_000, 6);
    expect(after.roi?.value).toBeCloseTo(((EXAMPLE_REVENUE - 155_620_000) / 155_620_000) * 100, 6);
  });

  it('corrects a cost (amount, category, creator) and the totals follow', async () => {
    const creators = await t.request({ method: 'GET', url: `${ws}/creators?limit=10`, as: owner });
    const creator = (creators.json().items as { id: string; name: string }[])[0];
    const changed = await t.request({
      method: 'PATCH',
      url: `${costsUrl()}/${costId}`,
      as: owner,
      payload: { amount: 2_810_000, category: 'customer_care', creatorId: creator?.id },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      amount: 2_810_000,
      category: 'customer_care',
      creatorId: creator?.id,
      creatorName: creator?.name,
      note: 'Quảng cáo TikTok',
    });
    expect(await budgetLine('media')).toEqual({ total: 152_810_000, line: 0 });
    expect(await budgetLine('customer_care')).toEqual({ total: 152_810_000, line: 2_810_000 });
    // 2,810,000 / 281 = 10,000 more per order.
    expect((await costEfficiency()).cpa?.value).toBeCloseTo(EXAMPLE_COST / EXAMPLE_ORDERS + 10_000, 6);
  });

  it('deletes a cost and writes create, update and delete to the audit log', async () => {
    const removed = await t.request({ method: 'DELETE', url: `${costsUrl()}/${costId}`, as: owner });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await costEfficiency()).cpa?.inputs.cost).toBe(EXAMPLE_COST);
    const again = await t.request({ method: 'DELETE', url: `${costsUrl()}/${costId}`, as: owner });
    expect(again.statusCode).toBe(404);
    const log = await t.request({ method: 'GET', url: `${ws}/audit-log?entityType=cost`, as: owner });
    const entries = log.json().items as { action: string; entityId: string }[];
    expect(entries.filter((e) => e.entityId === costId).map((e) => e.action)).toEqual([
      'cost.delete',
      'cost.update',
      'cost.create',
    ]);
  });

  it('refuses a fractional amount, a missing day and a creator of another workspace, naming the field', async () => {
    const fractional = await t.request({
      method: 'POST',
      url: costsUrl(),
      as: owner,
      payload: { category: 'other', amount: 1000.5, incurredOn: '2026-03-10' },
    });
    expect(fractional.statusCode).toBe(400);
    expect(fractional.json().error.details[0].path).toContain('amount');
    const undated = await t.request({
      method: 'POST',
      url: costsUrl(),
      as: owner,
      payload: { category: 'other', amount: 1000 },
    });
    expect(undated.json().error.details[0].path).toContain('incurredOn');
    const foreign = await t.request({
      method: 'POST',
      url: `${otherWs}/creators`,
      as: owner,
      payload: { name: 'Người ngoài', accounts: [{ platform: 'tiktok', handle: 'nguoi.ngoai' }] },
    });
    expect(foreign.statusCode, foreign.body).toBe(201);
    const wrongCreator = await t.request({
      method: 'POST',
      url: costsUrl(),
      as: owner,
      payload: { category: 'other', amount: 1000, incurredOn: '2026-03-10', creatorId: foreign.json().id },
    });
    expect(wrongCreator.statusCode).toBe(400);
    expect(wrongCreator.json().error.details).toEqual([
      { path: 'body.creatorId', message: 'no such creator in this workspace' },
    ]);
  });
});
