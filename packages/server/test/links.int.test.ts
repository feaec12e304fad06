import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createTenant, type Tenant } from './helpers/world';

let t: TestApp;
let a: Tenant;
let b: Tenant;
let ws: string;
let campaignId: string;
let creatorId: string;

const BROWSER =
  'Mozilla/5.0 (Linux; Android 14; SM-A556E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36';

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'links-a');
  b = await createTenant(t, 'links-b');
  ws = `/api/v1/workspaces/${a.workspaceId}`;
  const campaigns = await t.request({ method: 'GET', url: `${ws}/campaigns`, as: a.owner });
  campaignId = campaigns.json().items[0].id;
  const creators = await t.request({ method: 'GET', url: `${ws}/creators`, as: a.owner });
  creatorId = creators.json().items[0].id;
});
afterAll(() => t.close());

async function createLink(payload: object) {
  return t.request({ method: 'POST', url: `${ws}/links`, as: a.owner, payload });
}

function follow(slug: string, userAgent = BROWSER, query = '') {
  return t.request({
    method: 'GET',
    url: `/l/${slug}${query}`,
    headers: { 'user-agent': userAgent },
    remoteAddress: '203.113.1.7',
  });
}

describe('tracked links', () => {
  it('creates a link with a custom slug and UTM tags, and redirects with the tags and a click id', async () => {
    const created = await createLink({
      campaignId,
      creatorId,
      slug: 'Tet-Linh',
      destinationUrl: 'https://shop.example.vn/ao-dai?mau=do#size',
      utm: { source: 'tiktok', medium: 'kol', campaign: 'tet-2026' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const link = created.json();
    expect(link.slug).toBe('tet-linh');
    expect(link.shortUrl).toBe('http://localhost:3000/l/tet-linh');
    expect(link.creator.id).toBe(creatorId);
    expect(link.finalUrl).toBe(
      'https://shop.example.vn/ao-dai?mau=do&utm_source=tiktok&utm_medium=kol&utm_campaign=tet-2026#size',
    );
    expect([link.clicks, link.scans]).toEqual([0, 0]);

    const response = await follow('tet-linh');
    expect(response.statusCode).toBe(302);
    const location = String(response.headers.location);
    const clickId = /lt_cid=([0-9a-f-]{36})#size$/.exec(location)?.[1];
    expect(location.startsWith(`${link.finalUrl.split('#')[0]}&lt_cid=`)).toBe(true);
    expect(clickId).toBeDefined();
    expect(String(response.headers['set-cookie'])).toContain(`lt_cid=${clickId}`);
  });

  it('generates a free slug when none is given and refuses a slug that is taken', async () => {
    const generated = await createLink({ campaignId, destinationUrl: 'https://shop.example.vn/' });
    expect(generated.statusCode).toBe(201);
    expect(generated.json().slug).toMatch(/^[a-z2-9]{7}$/);
    const clash = await createLink({ campaignId, slug: 'tet-linh', destinationUrl: 'https://x.vn/' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.details).toContainEqual(expect.objectContaining({ path: 'body.slug' }));
  });

  it('refuses a campaign of another workspace as "not found" and a non-http destination', async () => {
    const theirs = await t.request({
      method: 'GET',
      url: `/api/v1/workspaces/${b.workspaceId}/campaigns`,
      as: b.owner,
    });
    const foreign = await createLink({
      campaignId: theirs.json().items[0].id,
      destinationUrl: 'https://x.vn/',
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.details).toContainEqual(expect.objectContaining({ path: 'body.campaignId' }));
    const bad = await createLink({ campaignId, destinationUrl: 'javascript:alert(1)' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toContainEqual(expect.objectContaining({ path: 'body.destinationUrl' }));
  });

  it('counts clicks and QR scans apart, flags bots and repeats without dropping them', async () => {
    const link = (
      await createLink({ campaignId, slug: 'dem-click', destinationUrl: 'https://shop.example.vn/' })
    ).json();
    expect((await follow('dem-click')).statusCode).toBe(302);
    expect((await follow('dem-click')).statusCode).toBe(302); // same visitor within 30 min: a repeat
    expect((await follow('dem-click', 'facebookexternalhit/1.1')).statusCode).toBe(302);
    expect((await follow('dem-click', BROWSER, '?q=1')).statusCode).toBe(302);
    await t.services.redirector.recorder.flush();
    const after = await t.request({ method: 'GET', url: `${ws}/links/${link.id}`, as: a.owner });
    expect(after.json()).toMatchObject({ clicks: 3, scans: 1, botClicks: 1, repeatClicks: 2 });

    const rows = await t.services.database.pool.query(
      'SELECT visitor_hash, is_bot, is_repeat FROM link_clicks WHERE link_id = $1 ORDER BY clicked_at',
      [link.id],
    );
    expect(rows.rows).toHaveLength(4);
    const hashes = new Set(rows.rows.map((row) => row.visitor_hash));
    expect(hashes.size).toBe(2); // browser (3 visits) and the previewer
    for (const hash of hashes) expect(hash).not.toContain('203.113');

    const stats = await t.request({ method: 'GET', url: `${ws}/links/${link.id}/stats`, as: a.owner });
    expect(stats.json().uniqueVisitors).toBe(1); // the previewer is a bot, not a visitor
    const hours = stats.json().hourly as { clicks: number; scans: number; botClicks: number }[];
    const sum = (key: 'clicks' | 'scans' | 'botClicks') =>
      hours.reduce((total, hour) => total + hour[key], 0);
    expect([sum('clicks'), sum('scans'), sum('botClicks')]).toEqual([3, 1, 1]);
  });

  it('answers a branded 404 page for an unknown slug and at once for a disabled link', async () => {
    const unknown = await follow('khong-co-dau');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('text/html');
    expect(unknown.body).toContain('Liên kết này không tồn tại');
    expect(unknown.body).toContain('This link does not exist');

    const link = (
      await createLink({ campaignId, slug: 'se-tat', destinationUrl: 'https://shop.example.vn/' })
    ).json();
    expect((await follow('se-tat')).statusCode).toBe(302);
    const disabled = await t.request({
      method: 'PATCH',
      url: `${ws}/links/${link.id}`,
      as: a.owner,
      payload: { status: 'disabled' },
    });
    expect(disabled.json().status).toBe('disabled');
    expect((await follow('se-tat')).statusCode).toBe(404);
    await t.request({
      method: 'PATCH',
      url: `${ws}/links/${link.id}`,
      as: a.owner,
      payload: { status: 'active', destinationUrl: 'https://moi.example.vn/' },
    });
    const back = await follow('se-tat');
    expect(String(back.headers.location)).toMatch(/^https:\/\/moi\.example\.vn\/\?lt_cid=/);
  });

  it('gives QR codes (SVG and PNG) that encode the short link marked as a scan', async () => {
    const link = (
      await createLink({ campaignId, slug: 'qr-poster', destinationUrl: 'https://shop.example.vn/' })
    ).json();
    const qr = await t.request({ method: 'GET', url: `${ws}/links/${link.id}/qr`, as: a.owner });
    expect(qr.statusCode).toBe(200);
    expect(qr.json().url).toBe('http://localhost:3000/l/qr-poster?q=1');
    expect(qr.json().svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const png = Buffer.from(qr.json().pngDataUrl.replace('data:image/png;base64,', ''), 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('saves UTM presets with unique names', async () => {
    const made = await t.request({
      method: 'POST',
      url: `${ws}/utm-presets`,
      as: a.owner,
      payload: { name: 'Facebook bài đăng', utm: { source: 'facebook', medium: 'post' } },
    });
    expect(made.statusCode).toBe(201);
    const again = await t.request({
      method: 'POST',
      url: `${ws}/utm-presets`,
      as: a.owner,
      payload: { name: 'Facebook bài đăng', utm: {} },
    });
    expect(again.statusCode).toBe(409);
    const list = await t.request({ method: 'GET', url: `${ws}/utm-presets`, as: a.owner });
    expect(list.json().items.map((p: { name: string }) => p.name)).toContain('Facebook bài đăng');
  });
});
