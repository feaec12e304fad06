import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createTenant, type Tenant } from './helpers/world';

let t: TestApp;
let a: Tenant;
let ws: string;
let campaignId: string;
let creatorId: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'promo');
  ws = `/api/v1/workspaces/${a.workspaceId}`;
  campaignId = (await t.request({ method: 'GET', url: `${ws}/campaigns`, as: a.owner })).json().items[0].id;
  creatorId = (await t.request({ method: 'GET', url: `${ws}/creators`, as: a.owner })).json().items[0].id;
});
afterAll(() => t.close());

const generate = (payload: object) =>
  t.request({ method: 'POST', url: `${ws}/promo-codes`, as: a.owner, payload });

describe('promo codes', () => {
  it('bulk-generates unique codes with the prefix, never clashing with earlier ones', async () => {
    const first = await generate({ campaignId, creatorId, prefix: 'linh', count: 300 });
    expect(first.statusCode, first.body).toBe(201);
    const second = await generate({ campaignId, creatorId, prefix: 'LINH', count: 300 });
    const all = [...first.json().codes, ...second.json().codes] as string[];
    expect(all).toHaveLength(600);
    expect(new Set(all).size).toBe(600);
    for (const code of all) expect(code).toMatch(/^LINH[A-HJ-NP-Z2-9]{5,}$/);

    const list = await t.request({
      method: 'GET',
      url: `${ws}/promo-codes?creatorId=${creatorId}`,
      as: a.owner,
    });
    expect(list.json().items).toHaveLength(600);
    expect(list.json().items[0].creator.id).toBe(creatorId);
  });

  it('refuses a prefix with spaces or diacritics, naming the field', async () => {
    const bad = await generate({ campaignId, prefix: 'Tết 2026', count: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toContainEqual(expect.objectContaining({ path: 'body.prefix' }));
  });
});
