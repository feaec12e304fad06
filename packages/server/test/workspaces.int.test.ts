import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;
let workspaceId: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Đặng Thảo', 'thao@example.vn');
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Mộc Lam Agency' },
  });
  expect(created.statusCode).toBe(201);
  workspaceId = created.json().id;
  ws = `/api/v1/workspaces/${workspaceId}`;
});
afterAll(() => t.close());

async function invite(email: string, role: string): Promise<Session> {
  const session = await t.signUp(email.split('@')[0] ?? email, email);
  const invitation = await t.request({
    method: 'POST',
    url: `${ws}/invitations`,
    as: owner,
    payload: { email, role },
  });
  expect(invitation.statusCode).toBe(201);
  const token = invitation.json().url.split('/').pop();
  const accepted = await t.request({
    method: 'POST',
    url: `/api/v1/invitations/${token}/accept`,
    as: session,
  });
  expect(accepted.json()).toEqual({ workspaceId });
  return session;
}

describe('workspaces', () => {
  it('creates a Vietnamese-first workspace with an ASCII slug', async () => {
    const response = await t.request({ method: 'GET', url: ws, as: owner });
    expect(response.json()).toMatchObject({
      name: 'Mộc Lam Agency',
      role: 'owner',
      settings: { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh', locale: 'vi' },
      counts: { creators: 0, campaigns: 0, members: 1 },
    });
    expect(response.json().slug).toMatch(/^moc-lam-agency-[0-9a-f]{6}$/);
  });

  it('records every change in the audit log with before and after', async () => {
    const rename = await t.request({
      method: 'PATCH',
      url: ws,
      as: owner,
      payload: { name: 'Mộc Lam Media' },
    });
    expect(rename.json().name).toBe('Mộc Lam Media');
    const log = await t.request({ method: 'GET', url: `${ws}/audit-log?action=workspace.update`, as: owner });
    const [entry] = log.json().items;
    expect(entry).toMatchObject({
      action: 'workspace.update',
      actor: { type: 'user', name: 'Đặng Thảo' },
      entityType: 'workspace',
    });
    expect(entry.before.name).toBe('Mộc Lam Agency');
    expect(entry.after.name).toBe('Mộc Lam Media');
  });

  it('keeps editable tier thresholds, defaulting to seed 000 and refusing an unordered set', async () => {
    const current = await t.request({ method: 'GET', url: ws, as: owner });
    expect(current.json().settings.tierThresholds).toEqual({
      nano: 1000,
      micro: 10000,
      macro: 50000,
      mega: 500000,
    });
    const changed = await t.request({
      method: 'PATCH',
      url: ws,
      as: owner,
      payload: { settings: { tierThresholds: { nano: 2000, micro: 20000, macro: 100000, mega: 1000000 } } },
    });
    expect(changed.json().settings).toMatchObject({
      currency: 'VND',
      tierThresholds: { nano: 2000, mega: 1000000 },
    });
    const unordered = await t.request({
      method: 'PATCH',
      url: ws,
      as: owner,
      payload: { settings: { tierThresholds: { nano: 2000, micro: 20000, macro: 10000, mega: 1000000 } } },
    });
    expect(unordered.statusCode).toBe(400);
    expect(unordered.json().error.details).toContainEqual(
      expect.objectContaining({ path: 'body.settings.tierThresholds.macro' }),
    );
  });

  it('lists a switcher entry per workspace a user belongs to', async () => {
    await t.request({
      method: 'POST',
      url: '/api/v1/workspaces',
      as: owner,
      payload: { name: 'Khách hàng thứ hai' },
    });
    const me = await t.request({ method: 'GET', url: '/api/v1/me', as: owner });
    expect(me.json().workspaces.map((w: { name: string }) => w.name)).toEqual([
      'Khách hàng thứ hai',
      'Mộc Lam Media',
    ]);
  });
});

describe('members and invitations', () => {
  it('invites by e-mail, accepts, changes role, removes, and lets a member leave', async () => {
    const analyst = await invite('analyst@example.vn', 'analyst');
    const list = await t.request({ method: 'GET', url: `${ws}/members`, as: owner });
    const analystId = list
      .json()
      .items.find((m: { email: string }) => m.email === 'analyst@example.vn').userId;
    expect(
      t.services.mailer.outbox.some((m) => m.to === 'analyst@example.vn' && m.purpose === 'invitation'),
    ).toBe(true);

    const promoted = await t.request({
      method: 'PATCH',
      url: `${ws}/members/${analystId}`,
      as: owner,
      payload: { role: 'manager' },
    });
    expect(promoted.json().role).toBe('manager');

    const leaver = await invite('leaver@example.vn', 'viewer');
    const left = await t.request({ method: 'POST', url: `${ws}/leave`, as: leaver });
    expect(left.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: ws, as: leaver })).statusCode).toBe(404);

    const removed = await t.request({ method: 'DELETE', url: `${ws}/members/${analystId}`, as: owner });
    expect(removed.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: ws, as: analyst })).statusCode).toBe(404);
  });

  it('keeps the last owner from leaving', async () => {
    const response = await t.request({ method: 'POST', url: `${ws}/leave`, as: owner });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('conflict');
  });

  it('refuses an invitation for someone else and a revoked one', async () => {
    const invitation = await t.request({
      method: 'POST',
      url: `${ws}/invitations`,
      as: owner,
      payload: { email: 'someone@example.vn', role: 'viewer' },
    });
    const token = invitation.json().url.split('/').pop();
    const stranger = await t.signUp('Người lạ', 'stranger@example.vn');
    expect(
      (await t.request({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, as: stranger }))
        .statusCode,
    ).toBe(403);
    await t.request({ method: 'DELETE', url: `${ws}/invitations/${invitation.json().id}`, as: owner });
    const target = await t.signUp('Someone', 'someone@example.vn');
    const accept = await t.request({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      as: target,
    });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.message).toContain('revoked');
  });
});

describe('API keys', () => {
  it('shows the secret once, stores only a hash, authenticates with its role, and stops at revocation', async () => {
    const created = await t.request({
      method: 'POST',
      url: `${ws}/api-keys`,
      as: owner,
      payload: { name: 'Báo cáo', role: 'viewer' },
    });
    expect(created.statusCode).toBe(201);
    const { key, id, prefix } = created.json();
    expect(key.startsWith(prefix)).toBe(true);

    const list = await t.request({ method: 'GET', url: `${ws}/api-keys`, as: owner });
    expect(JSON.stringify(list.json())).not.toContain(key);
    const stored = await t.services.database.pool.query('select key_hash from api_keys where id = $1', [id]);
    expect(stored.rows[0].key_hash).not.toBe(key);
    expect(stored.rows[0].key_hash).toMatch(/^[0-9a-f]{64}$/);

    expect((await t.request({ method: 'GET', url: `${ws}/members`, as: { apiKey: key } })).statusCode).toBe(
      200,
    );
    expect(
      (await t.request({ method: 'PATCH', url: ws, as: { apiKey: key }, payload: { name: 'x y' } }))
        .statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', as: { apiKey: key } })).statusCode).toBe(403);

    expect((await t.request({ method: 'DELETE', url: `${ws}/api-keys/${id}`, as: owner })).statusCode).toBe(
      204,
    );
    expect((await t.request({ method: 'GET', url: `${ws}/members`, as: { apiKey: key } })).statusCode).toBe(
      401,
    );
  });
});

describe('cross-site writes', () => {
  it('refuses a cookie-authenticated write from another origin', async () => {
    const response = await t.request({
      method: 'PATCH',
      url: ws,
      as: owner,
      headers: { origin: 'https://evil.example' },
      payload: { name: 'Bị chiếm' },
    });
    expect(response.statusCode).toBe(403);
  });
});
