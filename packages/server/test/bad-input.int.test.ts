import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../src/routes';
import { fillUrl, routeKey } from './helpers/route-samples';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createTenant, type Tenant } from './helpers/world';

let t: TestApp;
let tenant: Tenant;

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'input');
});
afterAll(() => t.close());

const withBody = ROUTES.filter((route) => route.schema.body);
const withQuery = ROUTES.filter((route) => route.schema.query);

describe('bad input on every route', () => {
  it('answers 400 with the path of an unknown field, for every route with a body', async () => {
    const failures: string[] = [];
    for (const route of withBody) {
      const response = await t.request({
        method: route.method,
        url: fillUrl(route.url, tenant.params),
        as: tenant.owner,
        payload: { champ_la: 1 },
      });
      const details: { path: string }[] = response.json().error?.details ?? [];
      if (response.statusCode !== 400 || !details.some((d) => d.path === 'body.champ_la')) {
        failures.push(`${routeKey(route)} → ${response.statusCode} ${response.body}`);
      }
    }
    expect(withBody.length).toBeGreaterThan(4);
    expect(failures).toEqual([]);
  });

  it('answers 400 to malformed JSON, for every route with a body', async () => {
    for (const route of withBody) {
      const response = await t.request({
        method: route.method,
        url: fillUrl(route.url, tenant.params),
        as: tenant.owner,
        headers: { 'content-type': 'application/json' },
        payload: '{"name": "thiếu ngoặc"',
      });
      expect(response.statusCode, routeKey(route)).toBe(400);
      expect(response.json().error.code, routeKey(route)).toBe('bad_request');
    }
  });

  it('answers 400 with the path of an unknown query parameter', async () => {
    for (const route of withQuery) {
      const response = await t.request({
        method: route.method,
        url: `${fillUrl(route.url, tenant.params)}?tham_so_la=1`,
        as: tenant.owner,
      });
      expect(response.statusCode, routeKey(route)).toBe(400);
      expect(response.json().error.details, routeKey(route)).toContainEqual(
        expect.objectContaining({ path: 'querystring.tham_so_la' }),
      );
    }
  });

  it('names wrong types and out-of-range values', async () => {
    const ws = `/api/v1/workspaces/${tenant.workspaceId}`;
    const wrongType = await t.request({
      method: 'POST',
      url: `${ws}/invitations`,
      as: tenant.owner,
      payload: { email: 42, role: 'viewer' },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.details).toContainEqual(expect.objectContaining({ path: 'body.email' }));
    const badRole = await t.request({
      method: 'POST',
      url: `${ws}/api-keys`,
      as: tenant.owner,
      payload: { name: 'k', role: 'god' },
    });
    expect(badRole.json().error.details).toContainEqual(expect.objectContaining({ path: 'body.role' }));
    const range = await t.request({ method: 'GET', url: `${ws}/audit-log?limit=100000`, as: tenant.owner });
    expect(range.statusCode).toBe(400);
    expect(range.json().error.details).toContainEqual(expect.objectContaining({ path: 'querystring.limit' }));
    const zone = await t.request({
      method: 'PATCH',
      url: ws,
      as: tenant.owner,
      payload: { settings: { timezone: 'Mars/Olympus' } },
    });
    expect(zone.json().error.details).toContainEqual(
      expect.objectContaining({ path: 'body.settings.timezone' }),
    );
  });

  it('answers 413 to a body over the limit', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/workspaces',
      as: tenant.owner,
      payload: { name: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('answers 404 in the error format for an unknown API path', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/khong-ton-tai' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});
