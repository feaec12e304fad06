import type { Role } from '@lantoa/db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleHasPermission, type WorkspacePermission } from '../src/permissions/catalogue';
import { ROUTES } from '../src/routes';
import { fillUrl, isWorkspaceRoute, routeKey, sampleBody } from './helpers/route-samples';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';
import { createTenant, type Tenant } from './helpers/world';

let t: TestApp;
let tenant: Tenant;
const sessions = new Map<Role, Session>();

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'roles');
  sessions.set('owner', tenant.owner);
  const ws = `/api/v1/workspaces/${tenant.workspaceId}`;
  for (const role of ['admin', 'manager', 'analyst', 'viewer'] as const) {
    const email = `${role}-matrix@example.vn`;
    const session = await t.signUp(`Người ${role}`, email);
    const invite = await t.request({
      method: 'POST',
      url: `${ws}/invitations`,
      as: tenant.owner,
      payload: { email, role },
    });
    const token = invite.json().url.split('/').pop();
    const accepted = await t.request({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      as: session,
    });
    expect(accepted.statusCode).toBe(200);
    sessions.set(role, session);
  }
});
afterAll(() => t.close());

describe('role matrix', () => {
  it('answers 403 to every role that lacks the permission a route declares', async () => {
    const failures: string[] = [];
    let denials = 0;
    for (const route of ROUTES.filter(isWorkspaceRoute)) {
      for (const [role, session] of sessions) {
        if (roleHasPermission(role, route.permission as WorkspacePermission)) continue;
        denials++;
        const response = await t.request({
          method: route.method,
          url: fillUrl(route.url, tenant.params),
          as: session,
          payload: sampleBody(route) as object,
        });
        if (response.statusCode !== 403)
          failures.push(`${routeKey(route)} as ${role} → ${response.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
    expect(denials).toBeGreaterThan(20);
  });

  it('lets every role with the permission read (GET routes answer 200)', async () => {
    const failures: string[] = [];
    for (const route of ROUTES.filter((r) => isWorkspaceRoute(r) && r.method === 'GET')) {
      for (const [role, session] of sessions) {
        if (!roleHasPermission(role, route.permission as WorkspacePermission)) continue;
        const response = await t.request({
          method: 'GET',
          url: fillUrl(route.url, tenant.params),
          as: session,
        });
        if (response.statusCode !== 200)
          failures.push(`${routeKey(route)} as ${role} → ${response.statusCode} ${response.body}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps a viewer from every write', () => {
    const writes = ROUTES.filter(
      (r) => isWorkspaceRoute(r) && r.method !== 'GET' && r.url !== '/api/v1/workspaces/:workspaceId/leave',
    );
    for (const route of writes) {
      expect(roleHasPermission('viewer', route.permission as WorkspacePermission), routeKey(route)).toBe(
        false,
      );
    }
  });

  it('stops an admin from granting owner and a manager from inviting an admin', async () => {
    const ws = `/api/v1/workspaces/${tenant.workspaceId}`;
    const admin = sessions.get('admin');
    const promote = await t.request({
      method: 'PATCH',
      url: `${ws}/members/${tenant.params.userId}`,
      as: admin,
      payload: { role: 'owner' },
    });
    expect(promote.statusCode).toBe(403);
    const keyAsOwner = await t.request({
      method: 'POST',
      url: `${ws}/api-keys`,
      as: admin,
      payload: { name: 'x', role: 'owner' },
    });
    expect(keyAsOwner.statusCode).toBe(403);
  });
});
