import { alerts } from '@lantoa/db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';
import { createTenant, type Tenant } from './helpers/world';

let t: TestApp;
let a: Tenant;
let ws: string;
let analyst: Session;
let viewer: Session;
const ids: string[] = [];

async function member(label: string, role: 'analyst' | 'viewer'): Promise<Session> {
  const session = await t.signUp(`${role} ${label}`, `${role}-${label}@example.vn`);
  const invite = await t.request({
    method: 'POST',
    url: `${ws}/invitations`,
    as: a.owner,
    payload: { email: `${role}-${label}@example.vn`, role },
  });
  const token = invite.json().url.split('/').pop();
  await t.request({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, as: session });
  return session;
}

function list(query = '') {
  return t.request({ method: 'GET', url: `${ws}/alerts?${query}`, as: a.owner });
}

function change(id: string, body: object, as: Session = analyst) {
  return t.request({ method: 'POST', url: `${ws}/alerts/${id}/status`, as, payload: body });
}

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'alerts-a');
  ws = `/api/v1/workspaces/${a.workspaceId}`;
  analyst = await member('alerts', 'analyst');
  viewer = await member('alerts', 'viewer');
  // Only our own alerts: the demo's comment job may have raised some too.
  await t.services.db.delete(alerts);
  const campaignId = a.params.campaignId!;
  const rows = await t.services.db
    .insert(alerts)
    .values(
      ['2026-03-01', '2026-03-02', '2026-03-03'].map((day) => ({
        workspaceId: a.workspaceId,
        campaignId,
        kind: 'negative_spike' as const,
        day,
        details: { negativeShare: 0.4, expectedShare: 0.1, negative: 8, total: 20 },
      })),
    )
    .returning({ id: alerts.id });
  ids.push(...rows.map((row) => row.id));
});
afterAll(() => t.close());

describe('alert acknowledgement', () => {
  it('lists new alerts as open, with counts per status', async () => {
    const response = await list();
    expect(response.statusCode).toBe(200);
    expect(response.json().counts).toEqual({ open: 3, acknowledged: 0, resolved: 0 });
    expect(response.json().items[0]).toMatchObject({ status: 'open', acknowledgedBy: null, note: null });
  });

  it('acknowledges with who, when and a note', async () => {
    const before = Date.now();
    const response = await change(ids[0]!, { status: 'acknowledged', note: 'Đang hỏi nhà sáng tạo' });
    expect(response.statusCode, response.body).toBe(200);
    const alert = response.json();
    expect(alert).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'analyst alerts',
      note: 'Đang hỏi nhà sáng tạo',
      resolvedAt: null,
    });
    expect(Date.parse(alert.acknowledgedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('resolves (recording the acknowledgement when it was skipped) and filters by status', async () => {
    const resolved = await change(ids[1]!, { status: 'resolved', note: 'Lỗi giao hàng đã xử lý' }, a.owner);
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      resolvedBy: 'Chủ alerts-a',
      acknowledgedBy: 'Chủ alerts-a',
    });
    const counts = (await list()).json().counts;
    expect(counts).toEqual({ open: 1, acknowledged: 1, resolved: 1 });
    const open = (await list('status=open')).json().items as { id: string }[];
    expect(open.map((alert) => alert.id)).toEqual([ids[2]]);
    const unresolved = (await list('status=unresolved')).json().items as { id: string }[];
    expect(unresolved.map((alert) => alert.id).sort()).toEqual([ids[0], ids[2]].sort());
  });

  it('reopens a resolved alert, clearing who and when but keeping the note unless a new one is given', async () => {
    const reopened = await change(ids[1]!, { status: 'open' });
    expect(reopened.json()).toMatchObject({
      status: 'open',
      acknowledgedBy: null,
      resolvedBy: null,
      resolvedAt: null,
      note: 'Lỗi giao hàng đã xử lý',
    });
  });

  it('writes each change to the audit log', async () => {
    const log = await t.request({ method: 'GET', url: `${ws}/audit-log?entityType=alert`, as: a.owner });
    const actions = (log.json().items as { action: string }[]).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['alert.acknowledge', 'alert.resolve', 'alert.reopen']));
  });

  it('lets a viewer read alerts but not acknowledge them', async () => {
    expect((await t.request({ method: 'GET', url: `${ws}/alerts`, as: viewer })).statusCode).toBe(200);
    expect((await change(ids[2]!, { status: 'acknowledged' }, viewer)).statusCode).toBe(403);
  });

  it('refuses an unknown status and a note over 1,000 characters with the field path', async () => {
    const bad = await change(ids[2]!, { status: 'done' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toContain('status');
    const long = await change(ids[2]!, { status: 'acknowledged', note: 'x'.repeat(1001) });
    expect(long.json().error.details[0].path).toContain('note');
  });
});
