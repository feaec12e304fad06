import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

const specDir = resolve(import.meta.dirname, '../../..', '../shared/spec');

let t: TestApp;
let owner: Session;
let input: Record<string, unknown>;
let expected: unknown;

const plan = {
  status: 'planned',
  brand: 'Mộc Lam',
  description: 'Ra mắt dòng sữa hạt không đường',
  funnel_stage: 'conversion',
  competitors: ['Sữa hạt X', 'Sữa hạt Y'],
  budget: 160_000_000,
  objectives: ['conversion', 'awareness'],
  target_audience: 'Nữ 22–35, TP.HCM và Hà Nội',
  kpi_targets: [
    { kpi: 'cpa', target: 400_000, deadline: '2026-03-31' },
    { kpi: 'roas', target: 1.5, deadline: null },
  ],
  budget_lines: [
    { category: 'creator_fee', planned: 141_000_000, committed: 141_000_000 },
    { category: 'production', planned: 10_000_000, committed: null },
  ],
  creators: [
    { creator: 'linh', name: 'Linh Ăn Gì', fee: 6_000_000, status: 'contracted' },
    { creator: 'minh', name: 'Minh Review', fee: 15_000_000, status: 'contracted' },
    { creator: 'ha', name: 'Hà Thanh', fee: 120_000_000, status: 'selected' },
  ],
  brief: {
    key_message: 'Sữa hạt không đường, vị thật',
    usp: 'Ít ngọt, nhiều đạm thực vật',
    dos: ['Quay cảnh uống thật'],
    donts: ['So sánh tên đối thủ'],
    disclosures: ['#quangcao'],
    storytelling: 'Một buổi sáng bận rộn',
    references: [{ label: 'Trang sản phẩm', url: 'https://mocla.example.vn' }],
  },
};

async function workspace(name: string) {
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name },
  });
  return `/api/v1/workspaces/${created.json().id}`;
}

async function kpiValues(ws: string, campaignId: string) {
  const response = await t.request({
    method: 'GET',
    url: `${ws}/campaigns/${campaignId}/kpis?view=values`,
    as: owner,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function exportBundle(ws: string, campaignId: string) {
  const response = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}/bundle`, as: owner });
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

beforeAll(async () => {
  input = JSON.parse(await readFile(resolve(specDir, 'kpi-example.input.json'), 'utf8'));
  expected = JSON.parse(await readFile(resolve(specDir, 'kpi-example.expected.json'), 'utf8'));
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-export@example.vn');
});
afterAll(() => t.close());

describe('campaign bundle export', () => {
  it('moves a campaign with its plan to another workspace with the same KPIs', async () => {
    const source = await workspace('Nguồn');
    const imported = await t.request({
      method: 'POST',
      url: `${source}/campaigns/import-bundle`,
      as: owner,
      payload: { ...input, plan },
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const sourceId = imported.json().campaignId;

    const download = await exportBundle(source, sourceId);
    expect(download.headers['content-disposition']).toBe(
      'attachment; filename="ra-mat-sua-hat-moc-lam.bundle.json"',
    );
    const exported = download.json();
    expect(exported.plan).toEqual(plan);
    expect(exported.campaign).toEqual(input.campaign);

    const target = await workspace('Đích');
    const moved = await t.request({
      method: 'POST',
      url: `${target}/campaigns/import-bundle`,
      as: owner,
      payload: exported,
    });
    expect(moved.statusCode, moved.body).toBe(201);
    const targetId = moved.json().campaignId;
    expect(await kpiValues(target, targetId)).toStrictEqual(expected);
    expect(await kpiValues(source, sourceId)).toStrictEqual(expected);
    expect((await exportBundle(target, targetId)).json()).toStrictEqual(exported);

    const detail = await t.request({ method: 'GET', url: `${target}/campaigns/${targetId}`, as: owner });
    expect(detail.json()).toMatchObject({
      name: 'Ra mắt sữa hạt Mộc Lam',
      brand: 'Mộc Lam',
      status: 'planned',
    });
  });

  it('re-imports its own export without adding a brief version or a cost', async () => {
    const ws = await workspace('Nhập lại');
    const { campaignId } = (
      await t.request({
        method: 'POST',
        url: `${ws}/campaigns/import-bundle`,
        as: owner,
        payload: { ...input, plan },
      })
    ).json();
    const exported = (await exportBundle(ws, campaignId)).json();
    for (let i = 0; i < 2; i++) {
      const again = await t.request({
        method: 'PUT',
        url: `${ws}/campaigns/${campaignId}/bundle`,
        as: owner,
        payload: exported,
      });
      expect(again.statusCode, again.body).toBe(200);
    }
    const counts = await t.services.db.execute<{ briefs: number; costs: number }>(sql`
      select (select count(*)::int from brief_versions where campaign_id = ${campaignId}) as briefs,
             (select count(*)::int from costs where campaign_id = ${campaignId}) as costs`);
    expect(counts.rows[0]).toEqual({ briefs: 1, costs: 4 });
    expect(await kpiValues(ws, campaignId)).toStrictEqual(expected);
  });
});
