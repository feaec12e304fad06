import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Click } from '../src/features/redirector/click';
import { insertClicks } from '../src/features/redirector/insert-clicks';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createTenant, type Tenant } from './helpers/world';

let t: TestApp;
let a: Tenant;
let b: Tenant;
let linkId: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'insert-a');
  b = await createTenant(t, 'insert-b');
  const ws = `/api/v1/workspaces/${a.workspaceId}`;
  const campaigns = await t.request({ method: 'GET', url: `${ws}/campaigns`, as: a.owner });
  const created = await t.request({
    method: 'POST',
    url: `${ws}/links`,
    as: a.owner,
    payload: {
      campaignId: campaigns.json().items[0].id,
      slug: 'ghi-lo',
      destinationUrl: 'https://shop.example.vn/',
    },
  });
  linkId = created.json().id;
});
afterAll(() => t.close());

function click(overrides: Partial<Click> = {}): Click {
  return {
    id: randomUUID(),
    workspaceId: a.workspaceId,
    linkId,
    t: Date.parse('2026-02-01T03:15:00.250Z'),
    via: 'link',
    visitorHash: 'visitor-1',
    isBot: false,
    isRepeat: false,
    referrerHost: null,
    ...overrides,
  };
}

async function stored() {
  const { pool } = t.services.database;
  const rows = await pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM link_clicks WHERE link_id = $1',
    [linkId],
  );
  const hourly = await pool.query<{
    hour: Date;
    clicks: number;
    scans: number;
    bots: number;
    repeats: number;
  }>(
    `SELECT hour, clicks, scans, bot_clicks AS bots, repeat_clicks AS repeats
     FROM link_click_hourly WHERE link_id = $1 ORDER BY hour`,
    [linkId],
  );
  return { rows: rows.rows[0]?.n, hourly: hourly.rows };
}

describe('insertClicks', () => {
  it('stores a batch once, with its flags and hourly counters, even when the same batch comes again', async () => {
    const { pool } = t.services.database;
    const batch = [
      click(),
      click({ via: 'qr', referrerHost: 'zalo.me' }),
      click({ isBot: true, visitorHash: 'bot' }),
      click({ isRepeat: true, t: Date.parse('2026-02-01T04:00:00.000Z') }),
    ];
    await insertClicks(pool, batch);
    // A retried batch whose first commit went through, then the same clicks replayed from a journal.
    await insertClicks(pool, batch);
    await insertClicks(pool, [...batch, click({ t: Date.parse('2026-02-01T04:59:59.999Z') })], {
      replay: true,
    });

    const { rows, hourly } = await stored();
    expect(rows).toBe(5);
    expect(hourly.map(({ hour, ...counts }) => ({ hour: hour.toISOString(), ...counts }))).toEqual([
      { hour: '2026-02-01T03:00:00.000Z', clicks: 2, scans: 1, bots: 1, repeats: 0 },
      { hour: '2026-02-01T04:00:00.000Z', clicks: 2, scans: 0, bots: 0, repeats: 1 },
    ]);
    const exact = await pool.query<{ clicked_at: Date; referrer_host: string | null }>(
      'SELECT clicked_at, referrer_host FROM link_clicks WHERE id = $1',
      [batch[1]?.id],
    );
    expect(exact.rows[0]?.clicked_at.toISOString()).toBe('2026-02-01T03:15:00.250Z');
    expect(exact.rows[0]?.referrer_host).toBe('zalo.me');
  });

  it("drops a click that names another workspace's link or a link that no longer exists", async () => {
    const before = await stored();
    await insertClicks(t.services.database.pool, [
      click({ workspaceId: b.workspaceId }),
      click({ linkId: randomUUID() }),
    ]);
    expect((await stored()).rows).toBe(before.rows);
    const orphans = await t.services.database.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM link_clicks c WHERE NOT EXISTS (SELECT 1 FROM tracked_links l WHERE l.id = c.link_id)',
    );
    expect(orphans.rows[0]?.n).toBe(0);
  });
});
