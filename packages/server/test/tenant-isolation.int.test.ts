import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../src/routes';
import { fillUrl, isWorkspaceRoute, routeKey, sampleBody } from './helpers/route-samples';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createTenant, type Tenant } from './helpers/world';

let t: TestApp;
let a: Tenant;
let b: Tenant;

async function snapshotOf(tenant: Tenant) {
  const ws = `/api/v1/workspaces/${tenant.workspaceId}`;
  const get = async (url: string) =>
    (await t.request({ method: 'GET', url: `${ws}${url}`, as: tenant.owner })).json();
  return {
    workspace: await get(''),
    members: await get('/members'),
    invitations: await get('/invitations'),
    apiKeys: await get('/api-keys'),
    creators: await get('/creators?limit=200'),
    campaigns: await get('/campaigns'),
  };
}

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'a');
  b = await createTenant(t, 'b');
});
afterAll(() => t.close());

const workspaceRoutes = ROUTES.filter(isWorkspaceRoute);

describe('tenant isolation over every workspace route', () => {
  it('covers every workspace route of the route table', () => {
    expect(workspaceRoutes.length).toBeGreaterThan(15);
  });

  it("gives a member of B 404 for every route of A's workspace, and changes nothing", async () => {
    const before = await snapshotOf(a);
    const failures: string[] = [];
    for (const route of workspaceRoutes) {
      for (const as of [b.owner, { apiKey: b.adminKey }]) {
        const response = await t.request({
          method: route.method,
          url: fillUrl(route.url, a.params),
          as,
          payload: sampleBody(route) as object,
        });
        if (response.statusCode !== 404)
          failures.push(
            `${routeKey(route)} as ${as === b.owner ? 'session' : 'api key'} → ${response.statusCode}`,
          );
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshotOf(a)).toEqual(before);
  });

  it("gives 404 when B names A's objects inside B's own workspace", async () => {
    const before = await snapshotOf(a);
    const failures: string[] = [];
    const crossed = workspaceRoutes.filter((route) => (route.url.match(/:/g) ?? []).length > 1);
    expect(crossed.length).toBeGreaterThan(3);
    for (const route of crossed) {
      const params = { ...a.params, workspaceId: b.workspaceId };
      const response = await t.request({
        method: route.method,
        url: fillUrl(route.url, params),
        as: b.owner,
        payload: sampleBody(route) as object,
      });
      if (response.statusCode !== 404)
        failures.push(`${routeKey(route)} → ${response.statusCode} ${response.body}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshotOf(a)).toEqual(before);
  });

  it("never lists A's data in B's answers", async () => {
    const bData = JSON.stringify(await snapshotOf(b));
    for (const id of [
      a.workspaceId,
      a.params.userId,
      a.params.invitationId,
      a.params.apiKeyId,
      a.params.jobId,
    ]) {
      expect(bData).not.toContain(id);
    }
  });
});
