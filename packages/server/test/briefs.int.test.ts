import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;
let campaignId: string;

const brief = {
  keyMessage: 'Serum Vitamin C giúp da sáng đều màu sau 7 ngày',
  usp: '15% Vitamin C nguyên chất, không gây kích ứng',
  dos: ['Quay cận cảnh kết cấu serum', 'Nói rõ thời gian dùng'],
  donts: ['Không nói "trị khỏi nám"', 'Không so sánh với thương hiệu khác'],
  disclosures: ['#quangcao', 'Hợp tác cùng Cỏ Mềm'],
  storytelling: 'Kể một buổi sáng đi làm vội nhưng da vẫn sáng.',
  references: [{ label: 'Video mẫu', url: 'https://www.tiktok.com/@comem/video/1' }],
};

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-briefs@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Brief' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  const campaign = await t.request({
    method: 'POST',
    url: `${ws}/campaigns`,
    as: owner,
    payload: { name: 'Serum Tết', brand: 'Cỏ Mềm' },
  });
  campaignId = campaign.json().id;
});
afterAll(async () => {
  await t?.close();
});

describe('briefs', () => {
  it('starts empty, then keeps every save as a new version', async () => {
    const empty = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}/brief`, as: owner });
    expect(empty.json()).toEqual({ campaignId, current: null, versions: [], attachments: [] });
    const first = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignId}/brief`,
      as: owner,
      payload: brief,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().current.version).toBe(1);
    const second = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignId}/brief`,
      as: owner,
      payload: { ...brief, keyMessage: 'Da sáng sau 7 ngày, có kiểm chứng' },
    });
    expect(second.json().current.version).toBe(2);
    expect(second.json().current.content.keyMessage).toBe('Da sáng sau 7 ngày, có kiểm chứng');
    expect(second.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('rejects a brief without a key message, saying where', async () => {
    const response = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignId}/brief`,
      as: owner,
      payload: { ...brief, keyMessage: '  ' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('body.keyMessage');
  });

  it('shares a read-only link that works without login and stores only a hash of the token', async () => {
    const link = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignId}/brief/share-links`,
      as: owner,
      payload: { expiresInDays: 3 },
    });
    expect(link.statusCode, link.body).toBe(201);
    const token = (link.json().url as string).split('/b/')[1] ?? '';
    expect(token.length).toBeGreaterThanOrEqual(30);
    const days = (Date.parse(link.json().expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.99);
    expect(days).toBeLessThanOrEqual(3);

    const open = await t.request({ method: 'GET', url: `/api/v1/public/briefs/${token}` });
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json().campaign).toMatchObject({ name: 'Serum Tết', brand: 'Cỏ Mềm' });
    expect(open.json().version).toBe(2);
    expect(open.json().content.disclosures).toEqual(['#quangcao', 'Hợp tác cùng Cỏ Mềm']);

    const stored = await t.services.db.execute(sql`SELECT token_hash FROM brief_share_links`);
    expect(JSON.stringify(stored.rows)).not.toContain(token);

    const wrong = await t.request({ method: 'GET', url: `/api/v1/public/briefs/${'x'.repeat(32)}` });
    expect(wrong.statusCode).toBe(404);
  });

  it('stops answering once the link has expired', async () => {
    const link = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignId}/brief/share-links`,
      as: owner,
      payload: { expiresInDays: 1 },
    });
    const token = (link.json().url as string).split('/b/')[1] ?? '';
    await t.services.db.execute(sql`UPDATE brief_share_links SET expires_at = now() - interval '1 minute'`);
    const response = await t.request({ method: 'GET', url: `/api/v1/public/briefs/${token}` });
    expect(response.statusCode).toBe(404);
  });
});
