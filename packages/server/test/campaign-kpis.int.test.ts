import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { campaignBundleKeys, comments, conversions, posts } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

const repoRoot = resolve(import.meta.dirname, '../../..');
const specDir = resolve(repoRoot, '../shared/spec');

let t: TestApp;
let owner: Session;
let ws: string;
let input: Record<string, unknown>;
let expected: unknown;

beforeAll(async () => {
  input = JSON.parse(await readFile(resolve(specDir, 'kpi-example.input.json'), 'utf8'));
  expected = JSON.parse(await readFile(resolve(specDir, 'kpi-example.expected.json'), 'utf8'));
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-kpis@example.vn');
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Đo lường' },
  });
  ws = `/api/v1/workspaces/${created.json().id}`;
});
afterAll(() => t.close());

async function importBundle(bundle: Record<string, unknown>) {
  return t.request({ method: 'POST', url: `${ws}/campaigns/import-bundle`, as: owner, payload: bundle });
}

describe('campaign KPIs read from the database', () => {
  it('gives exactly kpi-example.expected.json for the imported worked example', async () => {
    const imported = await importBundle(input);
    expect(imported.statusCode, imported.body).toBe(201);
    const { campaignId } = imported.json();
    const values = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/kpis?view=values`,
      as: owner,
    });
    expect(values.statusCode, values.body).toBe(200);
    expect(values.json()).toStrictEqual(expected);
  });

  it('shows each value with its inputs, and the reason when it is missing', async () => {
    const { campaignId } = (await importBundle(input)).json();
    const response = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}/kpis`, as: owner });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.campaign.cost.value).toBe(150_000_000);
    expect(body.campaign.cost.unit).toBe('money');
    expect(body.creators.ha.video_views.value).toBeNull();
    expect(body.creators.ha.video_views.reason).toEqual(expect.any(String));
    expect(body.creators.linh.leads.value).toBe(140);
    expect(body.creatorNames.linh.name).toBe('linh');
    expect(body.formulas.roi.vi).toEqual(expect.any(String));
    const campaignOnly = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/kpis?creators=none`,
      as: owner,
    });
    expect(campaignOnly.json().creators).toEqual({});
    expect(campaignOnly.json().campaign.cost.value).toBe(150_000_000);
  });

  it('narrows to one creator, by bundle key or registry id', async () => {
    const { campaignId } = (await importBundle(input)).json();
    const byKey = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/kpis?view=values&creator=minh`,
      as: owner,
    });
    expect(Object.keys(byKey.json().creators)).toEqual(['minh']);
    expect(byKey.json().tiers).toEqual({ ig_minh: 'micro' });
    const full = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}/kpis`, as: owner });
    const minhId = full.json().creatorNames.minh.id;
    const byId = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/kpis?creator=${minhId}`,
      as: owner,
    });
    expect(Object.keys(byId.json().creators)).toEqual(['minh']);
    const unknown = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/kpis?creator=khong-co`,
      as: owner,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('counts only posts published in the date range', async () => {
    const { campaignId } = (await importBundle(input)).json();
    // p1 (Mar 2) and p3 (Mar 5) are before Mar 10; p2 (Mar 12) and p4 (Mar 15) are after.
    const early = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/kpis?view=values&to=2026-03-10`,
      as: owner,
    });
    expect(early.statusCode, early.body).toBe(200);
    // Latest snapshots up to Mar 10: p1 has 91,000 views (Mar 9); p3's only snapshot is Mar 12, after the range.
    expect(early.json().campaign.video_views).toBe(91_000);
    const bad = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/kpis?from=2026-03-20&to=2026-03-10`,
      as: owner,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('querystring.to');
  });

  it('adds tracked sales, scored comments and mentions in captions to the imported totals', async () => {
    const { campaignId } = (await importBundle(input)).json();
    const { db } = t.services;
    const keyed = async (kind: 'creator' | 'post', key: string) => {
      const [row] = await db
        .select({ id: campaignBundleKeys.entityId })
        .from(campaignBundleKeys)
        .where(
          and(
            eq(campaignBundleKeys.campaignId, campaignId),
            eq(campaignBundleKeys.kind, kind),
            eq(campaignBundleKeys.key, key),
          ),
        );
      return row!.id;
    };
    const linh = await keyed('creator', 'linh');
    const p1 = await keyed('post', 'p1');
    const workspaceId = ws.split('/').pop()!;
    const at = new Date('2026-03-05T10:00:00+07:00');
    const sale = { workspaceId, campaignId, creatorId: linh, type: 'sale' as const, occurredAt: at };
    await db.insert(conversions).values([
      { ...sale, status: 'approved', amount: 300_000, customerType: 'new' },
      { ...sale, status: 'pending', amount: 500_000 },
      { ...sale, status: 'reversed', amount: 700_000 },
      { ...sale, type: 'lead', status: 'pending' },
    ]);
    const scored = { workspaceId, postId: p1, at, scoredAt: at };
    await db.insert(comments).values([
      { ...scored, text: 'Mộc Lam ngon quá', sentiment: 'positive', spam: false },
      { ...scored, text: 'Uống thử thấy ổn', sentiment: 'positive', spam: null },
      { ...scored, text: 'Sữa hạt X rẻ hơn, mua ở link này', sentiment: 'negative', spam: true },
      { workspaceId, postId: p1, at, text: 'Chưa chấm điểm' },
    ]);
    await db.update(posts).set({ caption: 'Sữa hạt Mộc Lam cho bữa sáng' }).where(eq(posts.id, p1));
    const patched = await t.request({
      method: 'PATCH',
      url: `${ws}/campaigns/${campaignId}`,
      as: owner,
      payload: { brand: 'Mộc Lam', competitors: ['Sữa hạt X', 'Sữa hạt Y'] },
    });
    expect(patched.statusCode, patched.body).toBe(200);

    const values = (
      await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}/kpis?view=values`, as: owner })
    ).json();
    // linh: 96 + 1 approved sale, 140 + 1 lead, 28,800,000 + 300,000 revenue (pending and reversed left out).
    expect(values.creators.linh).toMatchObject({ conversions: 97, leads: 141, revenue: 29_100_000 });
    expect(values.campaign).toMatchObject({ conversions: 282, leads: 501, revenue: 84_600_000 });
    // Sentiment 640 + 2 positive, 410 neutral, 95 negative (the spam and the unscored comment do not count).
    expect(values.campaign.sentiment_score).toBeCloseTo(((642 - 95) / (642 + 410 + 95)) * 100, 10);
    // Brand mentioned by the caption and one comment (spam left out): 1,240 + 2 against 2,100 + 860.
    expect(values.campaign.share_of_voice).toBeCloseTo((1242 / (1242 + 2100 + 860)) * 100, 10);
  });
});
