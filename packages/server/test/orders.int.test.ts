import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;
let campaignId: string;

const fixture = (name: string) => readFileSync(new URL(`./fixtures/imports/${name}`, import.meta.url));

async function importOrders(name: string, bytes: Buffer = fixture(name)) {
  const created = await t.request({
    method: 'POST',
    url: `${ws}/imports`,
    as: owner,
    payload: { kind: 'orders', fileName: name },
  });
  const id = created.json().id as string;
  await t.request({
    method: 'PUT',
    url: `${ws}/imports/${id}/file`,
    as: owner,
    headers: { 'content-type': 'application/octet-stream' },
    payload: bytes,
  });
  const preview = await t.request({
    method: 'POST',
    url: `${ws}/imports/${id}/preview`,
    as: owner,
    payload: {},
  });
  expect(preview.statusCode, preview.body).toBe(200);
  const run = await t.request({
    method: 'POST',
    url: `${ws}/imports/${id}/run`,
    as: owner,
    payload: { onDuplicate: 'update' },
  });
  const job = await t.request({ method: 'GET', url: `${ws}/jobs/${run.json().jobId}`, as: owner });
  expect(job.json().status, job.body).toBe('succeeded');
  const status = await t.request({ method: 'GET', url: `${ws}/imports/${id}`, as: owner });
  return { preview: preview.json(), result: status.json().result as Record<string, number> };
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ Đơn Hàng', 'owner-orders@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Orders' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  const campaign = await t.request({
    method: 'POST',
    url: `${ws}/campaigns`,
    as: owner,
    payload: { name: 'Son mùa hè', objectives: ['conversion'] },
  });
  campaignId = campaign.json().id;
  const codes = await t.request({
    method: 'POST',
    url: `${ws}/promo-codes`,
    as: owner,
    payload: { campaignId, prefix: 'LAN', count: 1 },
  });
  expect(codes.statusCode, codes.body).toBe(201);
});
afterAll(() => t.close());

describe('orders import', () => {
  it('recognises a Shopee export, maps its Vietnamese headers and lists codes that match no promo code', async () => {
    const created = await t.request({
      method: 'GET',
      url: `${ws}/promo-codes?campaignId=${campaignId}`,
      as: owner,
    });
    const code = (created.json().items?.[0]?.code ?? '') as string;
    expect(code).toMatch(/^LAN/);
    const csv = fixture('shopee-orders.csv').toString().replaceAll('LAN10', code);
    const first = await importOrders('shopee-orders.csv', Buffer.from(csv));
    expect(first.preview.fixed).toEqual({ marketplace: 'shopee' });
    expect(first.preview.mapping.slice(0, 4)).toEqual(['orderId', 'at', 'status', 'items']);
    expect(first.preview.notes.join(' ')).toContain('KHONGCO');
    expect(first.result).toMatchObject({ orders: 3, created: 3, attributed: 2, rejected: 0 });
    const again = await importOrders('shopee-orders.csv', Buffer.from(csv));
    expect(again.result).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const events = await t.request({ method: 'GET', url: `${ws}/conversion-events`, as: owner });
    const items = events.json().items as {
      orderId: string;
      amount: number;
      status: string | null;
      attributedBy: string | null;
    }[];
    const done = items.find((item) => item.orderId === '240301ABCD');
    expect(done).toMatchObject({ amount: 350_000, attributedBy: 'code' });
  });

  it('reads a Haravan export (Shopify-style English headers)', async () => {
    const result = await importOrders('haravan-orders.csv');
    expect(result.preview.fixed).toEqual({ marketplace: 'haravan' });
    expect(result.result).toMatchObject({ orders: 1, created: 1 });
  });
});
