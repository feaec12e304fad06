import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPayload } from '../src/features/conversions/verify-signature';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createTenant, type Tenant } from './helpers/world';

const BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1';
const DAY = 86_400_000;

let t: TestApp;
let a: Tenant;
let ws: string;
let secret: string;
let campaignId: string;

async function clickOn(slug: string): Promise<string> {
  const created = await t.request({
    method: 'POST',
    url: `${ws}/links`,
    as: a.owner,
    payload: { campaignId, slug, destinationUrl: 'https://shop.example.vn/' },
  });
  expect(created.statusCode).toBe(201);
  const followed = await t.request({ method: 'GET', url: `/l/${slug}`, headers: { 'user-agent': BROWSER } });
  return /lt_cid=([0-9a-f-]{36})/.exec(String(followed.headers.location))?.[1] ?? '';
}

function sale(body: object) {
  const raw = JSON.stringify({ workspaceId: a.workspaceId, amount: 200_000, ...body });
  return t.request({
    method: 'POST',
    url: '/api/v1/track/sale',
    payload: raw,
    headers: {
      'content-type': 'application/json',
      'x-lantoa-signature': signPayload(secret, raw, Math.floor(Date.now() / 1000)),
    },
  });
}

function setRules(attribution: object) {
  return t.request({ method: 'PUT', url: `${ws}/tracking-settings`, as: a.owner, payload: { attribution } });
}

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'attr-a');
  ws = `/api/v1/workspaces/${a.workspaceId}`;
  secret = (await t.request({ method: 'GET', url: `${ws}/conversion-signing-key`, as: a.owner })).json()
    .secret;
  campaignId = (await t.request({ method: 'GET', url: `${ws}/campaigns`, as: a.owner })).json().items[0].id;
});
afterAll(() => t.close());

describe('attribution rules as a workspace setting', () => {
  it('starts from the documented defaults: 30 days, last click, a code beats a link', async () => {
    const response = await t.request({ method: 'GET', url: `${ws}/tracking-settings`, as: a.owner });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      attribution: { windowDays: 30, codeBeatsLink: true },
      defaults: { windowDays: 30, codeBeatsLink: true },
      model: 'last_click',
    });
  });

  it('a sale 10 days after its click is credited with the 30-day window and not with a 7-day one', async () => {
    const clickId = await clickOn('cua-so-30');
    const tenDaysLater = new Date(Date.now() + 10 * DAY).toISOString();
    const credited = await sale({ idempotencyKey: 'w30', orderId: 'W30', clickId, occurredAt: tenDaysLater });
    expect(credited.json()).toMatchObject({ attributedBy: 'click', campaignId });

    const changed = await setRules({ windowDays: 7, codeBeatsLink: true });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().attribution).toEqual({ windowDays: 7, codeBeatsLink: true });
    const outside = await sale({ idempotencyKey: 'w7', orderId: 'W7', clickId, occurredAt: tenDaysLater });
    expect(outside.json()).toMatchObject({ attributedBy: null, conversionId: null });
    const inside = await sale({
      idempotencyKey: 'w7-in',
      orderId: 'W7-IN',
      clickId,
      occurredAt: new Date(Date.now() + 6 * DAY).toISOString(),
    });
    expect(inside.json()).toMatchObject({ attributedBy: 'click' });
  });

  it('with "a code beats a link" off, a click in the window wins over a promo code', async () => {
    const creators = (await t.request({ method: 'GET', url: `${ws}/creators`, as: a.owner })).json().items;
    const codes = await t.request({
      method: 'POST',
      url: `${ws}/promo-codes`,
      as: a.owner,
      payload: { campaignId, creatorId: creators[0].id, prefix: 'ATTR', count: 1 },
    });
    const code = codes.json().codes[0] as string;
    const clickId = await clickOn('ma-thua-link');
    await setRules({ windowDays: 30, codeBeatsLink: true });
    expect((await sale({ idempotencyKey: 'c1', orderId: 'C1', clickId, code })).json().attributedBy).toBe(
      'code',
    );
    await setRules({ windowDays: 30, codeBeatsLink: false });
    expect((await sale({ idempotencyKey: 'c2', orderId: 'C2', clickId, code })).json().attributedBy).toBe(
      'click',
    );
  });

  it('refuses a window out of range with the field path, and records the change in the audit log', async () => {
    const bad = await setRules({ windowDays: 0, codeBeatsLink: true });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toContain('windowDays');
    const log = await t.request({ method: 'GET', url: `${ws}/audit-log`, as: a.owner });
    const actions = (log.json().items as { action: string }[]).map((entry) => entry.action);
    expect(actions).toContain('workspace.tracking_settings');
  });

  it('keeps the rules when other workspace settings change', async () => {
    await setRules({ windowDays: 14, codeBeatsLink: true });
    await t.request({
      method: 'PATCH',
      url: ws,
      as: a.owner,
      payload: { settings: { timezone: 'Asia/Bangkok' } },
    });
    const response = await t.request({ method: 'GET', url: `${ws}/tracking-settings`, as: a.owner });
    expect(response.json().attribution).toEqual({ windowDays: 14, codeBeatsLink: true });
  });
});
