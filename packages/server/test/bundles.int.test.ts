import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

const specDir = resolve(import.meta.dirname, '../../..', '../shared/spec');

let t: TestApp;
let owner: Session;
let outsider: Session;
let ws: string;
let outsiderWs: string;
let input: Record<string, unknown>;
let expected: unknown;

async function workspaceOf(session: Session, name: string) {
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: session,
    payload: { name },
  });
  return `/api/v1/workspaces/${created.json().id}`;
}

beforeAll(async () => {
  input = JSON.parse(await readFile(resolve(specDir, 'kpi-example.input.json'), 'utf8'));
  expected = JSON.parse(await readFile(resolve(specDir, 'kpi-example.expected.json'), 'utf8'));
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-bundles@example.vn');
  outsider = await t.signUp('Người ngoài', 'outsider-bundles@example.vn');
  ws = await workspaceOf(owner, 'Gói chiến dịch');
  outsiderWs = await workspaceOf(outsider, 'Khác');
});
afterAll(() => t.close());

async function kpiValues(campaignId: string, base = ws, as = owner) {
  const response = await t.request({
    method: 'GET',
    url: `${base}/campaigns/${campaignId}/kpis?view=values`,
    as,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function rowCounts(workspacePath: string) {
  const workspaceId = workspacePath.split('/').pop();
  const tables = ['creators', 'creator_accounts', 'follower_snapshots', 'posts', 'post_snapshots', 'costs'];
  const more = [
    'conversion_entries',
    'sentiment_entries',
    'mention_entries',
    'nps_answers',
    'campaign_creators',
  ];
  const counts: Record<string, number> = {};
  for (const table of [...tables, ...more]) {
    const result = await t.services.db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table)} where workspace_id = ${workspaceId}`,
    );
    counts[table] = result.rows[0]!.n;
  }
  return counts;
}

describe('campaign bundle import', () => {
  it('names every problem of a bad bundle by its JSON path and writes nothing', async () => {
    const bad = structuredClone(input) as { posts: { account: string; snapshots: { likes: number }[] }[] };
    bad.posts[0]!.account = 'khong_co';
    bad.posts[1]!.snapshots[0]!.likes = -5;
    const before = await rowCounts(ws);
    const response = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/import-bundle`,
      as: owner,
      payload: { ...bad, 'x-note': 'extensions are ignored', champ_la: 1 },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.champ_la', 'body.posts[0].account', 'body.posts[1].snapshots[0].likes']),
    );
    expect(paths).not.toContain('body["x-note"]');
    expect(await rowCounts(ws)).toEqual(before);
  });

  it('imports into the same campaign again without changing anything', async () => {
    const first = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/import-bundle`,
      as: owner,
      payload: input,
    });
    expect(first.statusCode, first.body).toBe(201);
    const result = first.json();
    expect(result).toMatchObject({
      createdCampaign: true,
      creators: { total: 3, created: 3 },
      accounts: { total: 3, created: 3 },
      posts: { total: 4, created: 4 },
      snapshots: 5,
      costs: 4,
    });
    const counts = await rowCounts(ws);
    expect(counts).toMatchObject({
      creators: 3,
      posts: 4,
      post_snapshots: 5,
      costs: 4,
      conversion_entries: 3,
    });
    const again = await t.request({
      method: 'PUT',
      url: `${ws}/campaigns/${result.campaignId}/bundle`,
      as: owner,
      payload: input,
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({
      campaignId: result.campaignId,
      createdCampaign: false,
      posts: { created: 0 },
    });
    expect(await rowCounts(ws)).toEqual(counts);
    expect(await kpiValues(result.campaignId)).toStrictEqual(expected);
  });

  it('finds creators already in the registry by platform and handle', async () => {
    const other = await workspaceOf(owner, 'Đã có KOL');
    const creator = await t.request({
      method: 'POST',
      url: `${other}/creators`,
      as: owner,
      payload: { name: 'Linh Ăn Gì', accounts: [{ platform: 'tiktok', handle: 'Linh.An.Gi' }] },
    });
    expect(creator.statusCode, creator.body).toBe(201);
    const imported = await t.request({
      method: 'POST',
      url: `${other}/campaigns/import-bundle`,
      as: owner,
      payload: input,
    });
    expect(imported.json()).toMatchObject({ creators: { total: 3, created: 2 }, accounts: { created: 2 } });
    const kpis = await t.request({
      method: 'GET',
      url: `${other}/campaigns/${imported.json().campaignId}/kpis`,
      as: owner,
    });
    expect(kpis.json().creatorNames.linh).toEqual({ id: creator.json().id, name: 'Linh Ăn Gì' });
  });

  it('takes bundles beyond the general 1 MiB body limit and names its own limit past 32 MiB', async () => {
    const big = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/import-bundle`,
      as: owner,
      payload: { ...input, 'x-padding': 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(big.statusCode, big.body.slice(0, 300)).toBe(201);
    const huge = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/import-bundle`,
      as: owner,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ ...input, 'x-padding': 'x'.repeat(33 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toMatchObject({
      code: 'payload_too_large',
      message: 'The request body is larger than this route accepts (32 MiB)',
    });
  });

  it('keeps campaigns of other workspaces out of reach', async () => {
    const { campaignId } = (
      await t.request({ method: 'POST', url: `${ws}/campaigns/import-bundle`, as: owner, payload: input })
    ).json();
    const read = await t.request({
      method: 'GET',
      url: `${outsiderWs}/campaigns/${campaignId}/kpis`,
      as: outsider,
    });
    expect(read.statusCode).toBe(404);
    const write = await t.request({
      method: 'PUT',
      url: `${outsiderWs}/campaigns/${campaignId}/bundle`,
      as: outsider,
      payload: input,
    });
    expect(write.statusCode).toBe(404);
  });
});
