import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPayload } from '../src/features/conversions/verify-signature';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createTenant, type Tenant } from './helpers/world';

let t: TestApp;
let a: Tenant;
let b: Tenant;
let secretA: string;
let secretB: string;
let campaignId: string;
let codeCampaignCreator: string;
let code: string;

const BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1';

async function clickOn(tenant: Tenant, slug: string): Promise<string> {
  const ws = `/api/v1/workspaces/${tenant.workspaceId}`;
  const campaigns = await t.request({ method: 'GET', url: `${ws}/campaigns`, as: tenant.owner });
  const created = await t.request({
    method: 'POST',
    url: `${ws}/links`,
    as: tenant.owner,
    payload: { campaignId: campaigns.json().items[0].id, slug, destinationUrl: 'https://shop.example.vn/' },
  });
  expect(created.statusCode).toBe(201);
  const followed = await t.request({ method: 'GET', url: `/l/${slug}`, headers: { 'user-agent': BROWSER } });
  return /lt_cid=([0-9a-f-]{36})/.exec(String(followed.headers.location))?.[1] ?? '';
}

function post(
  type: 'lead' | 'sale' | 'refund',
  body: object,
  secret = secretA,
  at = Math.floor(Date.now() / 1000),
) {
  const raw = JSON.stringify(body);
  return t.request({
    method: 'POST',
    url: `/api/v1/track/${type}`,
    payload: raw,
    headers: { 'content-type': 'application/json', 'x-lantoa-signature': signPayload(secret, raw, at) },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'conv-a');
  b = await createTenant(t, 'conv-b');
  const key = (tenant: Tenant) =>
    t.request({
      method: 'GET',
      url: `/api/v1/workspaces/${tenant.workspaceId}/conversion-signing-key`,
      as: tenant.owner,
    });
  secretA = (await key(a)).json().secret;
  secretB = (await key(b)).json().secret;
  const ws = `/api/v1/workspaces/${a.workspaceId}`;
  const campaigns = (await t.request({ method: 'GET', url: `${ws}/campaigns`, as: a.owner })).json().items;
  campaignId = campaigns[0].id;
  const creators = (await t.request({ method: 'GET', url: `${ws}/creators`, as: a.owner })).json().items;
  codeCampaignCreator = creators[1].id;
  const codes = await t.request({
    method: 'POST',
    url: `${ws}/promo-codes`,
    as: a.owner,
    payload: { campaignId: campaigns[1].id, creatorId: codeCampaignCreator, prefix: 'CHI', count: 1 },
  });
  code = codes.json().codes[0];
});
afterAll(() => t.close());

describe('signed conversion postbacks', () => {
  it('attributes a sale to the link click named by its click id, and counts the same event once', async () => {
    const clickId = await clickOn(a, 'ban-hang');
    const body = {
      workspaceId: a.workspaceId,
      idempotencyKey: 'don-1001',
      orderId: '1001',
      amount: 450_000,
      clickId,
    };
    const first = await post('sale', body);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      duplicate: false,
      attributedBy: 'click',
      campaignId,
      status: 'pending',
    });
    const again = await post('sale', body);
    expect(again.json()).toMatchObject({ duplicate: true, eventId: first.json().eventId });
    const rows = await t.services.database.pool.query(
      'SELECT amount, status FROM conversions WHERE workspace_id = $1 AND external_id = $2',
      [a.workspaceId, '1001'],
    );
    expect(rows.rows).toEqual([{ amount: 450_000, status: 'pending' }]);
  });

  it('lets a promo code beat a link, then moves the sale pending → approved → reversed, never back', async () => {
    const clickId = await clickOn(a, 'ma-va-link');
    const base = { workspaceId: a.workspaceId, orderId: '2002', amount: 300_000 };
    const sale = await post('sale', {
      ...base,
      idempotencyKey: 'don-2002',
      clickId,
      code: code.toLowerCase(),
    });
    expect(sale.json()).toMatchObject({
      attributedBy: 'code',
      creatorId: codeCampaignCreator,
      status: 'pending',
    });
    const approved = await post('sale', { ...base, idempotencyKey: 'don-2002-giao', status: 'approved' });
    expect(approved.json()).toMatchObject({ conversionId: sale.json().conversionId, status: 'approved' });
    const refund = await post('refund', { ...base, idempotencyKey: 'hoan-2002' });
    expect(refund.json()).toMatchObject({ conversionId: sale.json().conversionId, status: 'reversed' });
    const late = await post('sale', { ...base, idempotencyKey: 'don-2002-lai', status: 'approved' });
    expect(late.json().status).toBe('reversed');
  });

  it('lists the postbacks with their attribution and current state', async () => {
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/workspaces/${a.workspaceId}/conversion-events`,
      as: a.owner,
    });
    const events = list.json().items as { orderId: string | null; code: string | null }[];
    const sale = events.find((e) => e.orderId === '2002' && e.code !== null);
    expect(sale).toMatchObject({ attributedBy: 'code', code: code.toUpperCase(), status: 'reversed' });
  });

  it('records a lead without a touch as unattributed', async () => {
    const lead = await post('lead', { workspaceId: a.workspaceId, idempotencyKey: 'lead-1' });
    expect(lead.json()).toMatchObject({ attributedBy: null, conversionId: null, status: null });
  });

  it('refuses a wrong, stale or other-workspace signature', async () => {
    const body = { workspaceId: a.workspaceId, idempotencyKey: 'x-1' };
    expect((await post('sale', body, secretB)).statusCode).toBe(401);
    expect((await post('sale', body, secretA, Math.floor(Date.now() / 1000) - 3600)).statusCode).toBe(401);
    const unsigned = await t.request({ method: 'POST', url: '/api/v1/track/sale', payload: body });
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.json().error.details).toContainEqual(
      expect.objectContaining({ path: 'headers.x-lantoa-signature' }),
    );
  });

  it('never credits a click of another workspace', async () => {
    const theirClick = await clickOn(b, 'cua-b');
    const sale = await post('sale', {
      workspaceId: a.workspaceId,
      idempotencyKey: 'cross-1',
      clickId: theirClick,
    });
    expect(sale.json()).toMatchObject({ attributedBy: null, campaignId: null });
  });

  it('names an unknown field and bad JSON', async () => {
    const unknown = await post('sale', { workspaceId: a.workspaceId, idempotencyKey: 'u-1', champ_la: 1 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toContainEqual(expect.objectContaining({ path: 'body.champ_la' }));
    const broken = await t.request({
      method: 'POST',
      url: '/api/v1/track/sale',
      payload: '{"workspaceId": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
  });
});
