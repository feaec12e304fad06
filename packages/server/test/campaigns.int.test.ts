import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;

interface Detail {
  id: string;
  status: string;
  objectives: string[];
  targetAudience: string | null;
  competitors: string[];
  kpis: { kpiId: string; target: number | null; deadline: string | null; name: { vi: string } }[];
  tooManyKpis: boolean;
  goLive: { allowed: boolean; reason: string | null };
  budgetSummary: {
    planned: number;
    categories: { category: string; planned: number | null }[];
    warnings: { code: string; category?: string }[];
  };
}

const wizard = {
  name: 'Ra mắt serum Vitamin C',
  brand: 'Cỏ Mềm',
  objectives: ['awareness', 'conversion'],
  funnelStage: 'awareness',
  kpis: [
    { kpiId: 'impressions', target: 2_000_000, deadline: '2026-12-31' },
    { kpiId: 'conversion_rate', target: 2.5 },
    { kpiId: 'cpa' },
  ],
  competitors: ['Klairs', 'Some By Mi'],
  targetAudience: 'Nữ 18–30, TP.HCM và Hà Nội, da dầu mụn',
  startDate: '2026-12-01',
  endDate: '2026-12-31',
  budgetAmount: 300_000_000,
  budgetLines: [
    { category: 'creator_fee', planned: 200_000_000, committed: 220_000_000 },
    { category: 'media', planned: 60_000_000 },
    { category: 'production', planned: 30_000_000 },
  ],
};

async function create(body: object): Promise<Detail> {
  const response = await t.request({ method: 'POST', url: `${ws}/campaigns`, as: owner, payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Detail;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-campaigns@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Agency Hà Nội' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
});
afterAll(async () => {
  await t?.close();
});

describe('campaign wizard', () => {
  it('creates a draft with objectives, KPIs, audience and budget, and reads it back', async () => {
    const created = await create(wizard);
    expect(created.status).toBe('draft');
    expect(created.objectives).toEqual(['awareness', 'conversion']);
    expect(created.targetAudience).toBe(wizard.targetAudience);
    expect(created.competitors).toEqual(['Klairs', 'Some By Mi']);
    expect(created.kpis.map((k) => [k.kpiId, k.target, k.deadline])).toEqual([
      ['conversion_rate', 2.5, null],
      ['cpa', null, null],
      ['impressions', 2_000_000, '2026-12-31'],
    ]);
    expect(created.budgetSummary.planned).toBe(290_000_000);
    expect(created.budgetSummary.warnings).toEqual([
      {
        code: 'committed_above_planned',
        category: 'creator_fee',
        planned: 200_000_000,
        committed: 220_000_000,
      },
      { code: 'missing_category', category: 'customer_care' },
    ]);
    const read = await t.request({ method: 'GET', url: `${ws}/campaigns/${created.id}`, as: owner });
    expect(read.json()).toEqual(created);
  });

  it('refuses to go live without a KPI target (409), then goes live once one is set', async () => {
    const campaign = await create({ name: 'Chưa có mục tiêu', kpis: [{ kpiId: 'reach' }] });
    expect(campaign.goLive.allowed).toBe(false);
    const refused = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaign.id}/status`,
      as: owner,
      payload: { status: 'live' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/at least one KPI with a target/);
    expect(refused.json().error.details[0]).toMatchObject({
      path: 'body.status',
      reason: 'campaign_needs_kpi_target',
    });
    const skipped = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaign.id}/status`,
      as: owner,
      payload: { status: 'completed' },
    });
    expect(skipped.statusCode).toBe(409);
    expect(skipped.json().error.details[0]).toMatchObject({
      path: 'body.status',
      reason: 'campaign_status_move',
      values: { from: 'draft', to: 'completed' },
    });

    const edited = await t.request({
      method: 'PATCH',
      url: `${ws}/campaigns/${campaign.id}`,
      as: owner,
      payload: { kpis: [{ kpiId: 'reach', target: 500_000 }] },
    });
    expect(edited.json().goLive).toEqual({ allowed: true, reason: null });
    const live = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaign.id}/status`,
      as: owner,
      payload: { status: 'live' },
    });
    expect(live.statusCode, live.body).toBe(200);
    expect(live.json().status).toBe('live');

    const dropTarget = await t.request({
      method: 'PATCH',
      url: `${ws}/campaigns/${campaign.id}`,
      as: owner,
      payload: { kpis: [{ kpiId: 'reach' }] },
    });
    expect(dropTarget.statusCode).toBe(409);
    expect(dropTarget.json().error.details[0].reason).toBe('live_campaign_keeps_kpi_target');
  });

  it('warns beyond 5 KPIs and rejects a KPI listed twice or an end before the start', async () => {
    const six = await create({
      name: 'Quá nhiều KPI',
      kpis: ['reach', 'impressions', 'engagement_rate', 'ctr', 'cpa', 'roi'].map((kpiId) => ({ kpiId })),
    });
    expect(six.tooManyKpis).toBe(true);

    const twice = await t.request({
      method: 'POST',
      url: `${ws}/campaigns`,
      as: owner,
      payload: { name: 'Trùng', kpis: [{ kpiId: 'reach' }, { kpiId: 'reach' }] },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details[0].path).toBe('body.kpis[1]');

    const backwards = await t.request({
      method: 'PATCH',
      url: `${ws}/campaigns/${six.id}`,
      as: owner,
      payload: { startDate: '2026-12-10', endDate: '2026-12-01' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details[0]).toMatchObject({
      path: 'body.endDate',
      reason: 'campaign_ends_before_start',
    });

    const unknown = await t.request({
      method: 'POST',
      url: `${ws}/campaigns`,
      as: owner,
      payload: { name: 'KPI lạ', kpis: [{ kpiId: 'likes_per_minute' }] },
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('audits edits with before and after', async () => {
    const campaign = await create({ name: 'Theo dõi sửa' });
    await t.request({
      method: 'PATCH',
      url: `${ws}/campaigns/${campaign.id}`,
      as: owner,
      payload: { brand: 'Cỏ Mềm', objectives: ['engagement'] },
    });
    const log = await t.request({ method: 'GET', url: `${ws}/audit-log`, as: owner });
    const entry = (
      log.json().items as { action: string; entityId: string; after: { brand?: string } }[]
    ).find((item) => item.action === 'campaign.update' && item.entityId === campaign.id);
    expect(entry?.after.brand).toBe('Cỏ Mềm');
    const read = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaign.id}`, as: owner });
    expect(read.json().objectives).toEqual(['engagement']);
  });

  it('suggests a target from the workspace history: the median of earlier targets', async () => {
    await create({ name: 'Lịch sử 1', kpis: [{ kpiId: 'ctr', target: 1 }] });
    await create({ name: 'Lịch sử 2', kpis: [{ kpiId: 'ctr', target: 3 }] });
    await create({ name: 'Lịch sử 3', kpis: [{ kpiId: 'ctr', target: 2.5 }] });
    const response = await t.request({ method: 'GET', url: `${ws}/campaign-kpi-suggestions`, as: owner });
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      minKpis: number;
      maxKpis: number;
      recommendations: { goal: string; primary: string[] }[];
      kpis: { kpiId: string; suggestedTarget: Record<string, unknown> | null }[];
    };
    expect(body.minKpis).toBe(3);
    expect(body.maxKpis).toBe(5);
    expect(body.recommendations.find((r) => r.goal === 'conversion')?.primary).toEqual([
      'conversion_rate',
      'cpa',
      'roi',
    ]);
    // Median of 1, 3 and 2.5 is 2.5, over three earlier targets.
    expect(body.kpis.find((k) => k.kpiId === 'ctr')?.suggestedTarget).toEqual({
      value: 2.5,
      kind: 'history',
      count: 3,
      tier: null,
      source: null,
    });
    expect(body.kpis.find((k) => k.kpiId === 'engagement_rate')?.suggestedTarget).toMatchObject({
      value: 1.81,
      kind: 'benchmark',
      count: null,
      tier: 'micro',
      source: { id: 'seed-000' },
    });
    // A ceiling (TikTok nano ER by views, "up to 10.3 %") is no typical value, so no default.
    expect(body.kpis.find((k) => k.kpiId === 'er_views')?.suggestedTarget).toBeNull();
    expect(body.kpis.find((k) => k.kpiId === 'nps')?.suggestedTarget).toBeNull();
  });
});
