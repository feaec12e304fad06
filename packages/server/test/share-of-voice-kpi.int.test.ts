import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;
let campaignUrl: string;

async function get<T>(url: string): Promise<T> {
  const response = await t.request({ method: 'GET', url, as: owner });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
}

/** share_of_voice as the KPI route, the dashboard tile and the comments view's card each give it. */
async function threeReadings() {
  const kpis = await get<{ campaign: Record<string, number | null> }>(`${campaignUrl}/kpis?view=values`);
  const dashboard = await get<{ tiles: { kpi: { id: string; value: number | null } }[] }>(
    `${campaignUrl}/dashboard`,
  );
  const card = await get<{ total: { brand: number; shareOfVoice: number | null } }>(
    `${campaignUrl}/share-of-voice`,
  );
  return {
    kpi: kpis.campaign.share_of_voice,
    tile: dashboard.tiles.find((tile) => tile.kpi.id === 'share_of_voice')?.kpi.value,
    card: card.total.shareOfVoice,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ SOV', 'owner-sov-kpi@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Tiếng nói thương hiệu' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  const campaign = await t.request({
    method: 'POST',
    url: `${ws}/campaigns`,
    as: owner,
    payload: {
      name: 'Sữa Mây Trắng tháng 3',
      brand: 'Mây Trắng',
      competitors: ['Sông Xanh'],
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      kpis: [{ kpiId: 'share_of_voice', target: 50 }],
    },
  });
  expect(campaign.statusCode, campaign.body).toBe(201);
  campaignUrl = `${ws}/campaigns/${campaign.json().id}`;
  const creator = await t.request({
    method: 'POST',
    url: `${ws}/creators`,
    as: owner,
    payload: { name: 'Mây review', accounts: [{ platform: 'tiktok', handle: 'may.trang.review' }] },
  });
  expect(creator.statusCode, creator.body).toBe(201);
  const post = await t.request({
    method: 'POST',
    url: `${ws}/posts`,
    as: owner,
    payload: {
      url: 'https://www.tiktok.com/@may.trang.review/video/7301234567890999001',
      publishedAt: '2026-03-02T03:00:00Z',
      caption: 'Mây Trắng ra vị mới',
    },
  });
  expect(post.statusCode, post.body).toBe(201);
  const pushed = await t.request({
    method: 'POST',
    url: `${ws}/posts/${post.json().post.id}/comments`,
    as: owner,
    payload: {
      comments: [
        { author: 'Lan', text: 'sáng nào cũng uống MT', at: '2026-03-03T01:00:00Z' },
        { author: 'Huy', text: 'may trang hoi ngot', at: '2026-03-03T02:00:00Z' },
        { author: 'Vy', text: 'song xanh thì sao', at: '2026-03-03T03:00:00Z' },
        { author: 'Tú', text: 'SX rẻ hơn', at: '2026-03-03T04:00:00Z' },
      ],
    },
  });
  expect(pushed.statusCode, pushed.body).toBe(202);
}, 60_000);
afterAll(() => t.close());

describe('share_of_voice KPI and the share-of-voice card', () => {
  it('agree before and after aliases are saved in the comments view', async () => {
    // Brand: the caption and "may trang…" (2 texts); competitor: "song xanh…" (1) → 2 / 3.
    const before = await threeReadings();
    expect(before.card).toBeCloseTo((2 / 3) * 100, 6);
    expect(before.kpi).toBeCloseTo((2 / 3) * 100, 6);
    expect(before.tile).toBeCloseTo((2 / 3) * 100, 6);

    const saved = await t.request({
      method: 'PUT',
      url: `${campaignUrl}/mention-targets`,
      as: owner,
      payload: {
        targets: [
          { name: 'Mây Trắng', aliases: ['MT'] },
          { name: 'Sông Xanh', aliases: ['SX'] },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);

    // "…uống MT" joins the brand (3), "SX rẻ hơn" the competitor (2) → 3 / 5.
    const after = await threeReadings();
    expect(after.card).toBeCloseTo(60, 6);
    expect(after.kpi).toBeCloseTo(60, 6);
    expect(after.tile).toBeCloseTo(60, 6);
  });
});
