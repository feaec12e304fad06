import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createTenant, type Tenant } from './helpers/world';

let t: TestApp;
let a: Tenant;
let port: number;

const BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'fast-path');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t.close());

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A real request on a socket (the fast path only sees those; `inject` goes through Fastify's router). */
function get(path: string, headers: Record<string, string> = { 'user-agent': BROWSER }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      })
      .on('error', reject);
  });
}

async function createLink(slug: string) {
  const ws = `/api/v1/workspaces/${a.workspaceId}`;
  const campaigns = await t.request({ method: 'GET', url: `${ws}/campaigns`, as: a.owner });
  const created = await t.request({
    method: 'POST',
    url: `${ws}/links`,
    as: a.owner,
    payload: {
      campaignId: campaigns.json().items[0].id,
      slug,
      destinationUrl: 'https://shop.example.vn/ao-dai#size',
      utm: { source: 'tiktok' },
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { id: string };
}

describe('redirector fast path (real sockets)', () => {
  it('answers a cached link like the route does, and records every click with its flags', async () => {
    const link = await createLink('nhanh-nhu-chop');
    const first = await get('/l/nhanh-nhu-chop'); // not cached yet: Fastify's route loads it
    const second = await get('/l/Nhanh-Nhu-Chop'); // cached: the fast path, slug case-insensitive
    const scan = await get('/l/nhanh-nhu-chop?q=1');
    const bot = await get('/l/nhanh-nhu-chop', { 'user-agent': 'facebookexternalhit/1.1' });
    for (const answer of [first, second, scan, bot]) {
      expect(answer.status).toBe(302);
      expect(answer.headers['cache-control']).toBe('no-store');
      const clickId = /^lt_cid=([0-9a-f-]{36}); Max-Age=2592000; Path=\/; HttpOnly; SameSite=Lax$/.exec(
        answer.headers['set-cookie']?.[0] ?? '',
      )?.[1];
      expect(clickId).toBeDefined();
      expect(answer.headers.location).toBe(
        `https://shop.example.vn/ao-dai?utm_source=tiktok&lt_cid=${clickId}#size`,
      );
    }

    await t.services.redirector.recorder.flush();
    const { rows } = await t.services.database.pool.query<{
      via: string;
      is_bot: boolean;
      is_repeat: boolean;
    }>('SELECT via, is_bot, is_repeat FROM link_clicks WHERE link_id = $1 ORDER BY clicked_at, via', [
      link.id,
    ]);
    expect(rows.map((row) => row.via).sort()).toEqual(['link', 'link', 'link', 'qr']);
    expect(rows.filter((row) => row.is_bot)).toHaveLength(1);
    // The browser's 2nd and 3rd visits within 30 minutes are repeats; the bot's first visit is not.
    expect(rows.filter((row) => row.is_repeat)).toHaveLength(2);
    const hourly = await t.services.database.pool.query<{ clicks: number; scans: number }>(
      'SELECT sum(clicks)::int AS clicks, sum(scans)::int AS scans FROM link_click_hourly WHERE link_id = $1',
      [link.id],
    );
    expect(hourly.rows[0]).toEqual({ clicks: 3, scans: 1 });
  });

  it('hands unknown slugs, other methods and other paths to Fastify', async () => {
    const unknown = await get('/l/khong-ton-tai');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('Liên kết này không tồn tại');
    const again = await get('/l/khong-ton-tai'); // a cached miss still gets the branded page
    expect(again.status).toBe(404);
    expect(again.body).toContain('Liên kết này không tồn tại');
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
  });
});
