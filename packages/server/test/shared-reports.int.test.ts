import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sharedReports } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/auth/api-key-token';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

const specDir = resolve(import.meta.dirname, '../../../../shared/spec');

let t: TestApp;
let owner: Session;
let viewer: Session;
let outsider: Session;
let ws: string;
let outsiderWs: string;
let campaignId: string;

interface SharedReport {
  id: string;
  url: string;
  campaignName: string;
  note: string | null;
  hasPassword: boolean;
  expiresAt: string | null;
  lastOpenedAt: string | null;
  openCount: number;
  createdBy: { name: string } | null;
  status: string;
}

async function workspaceOf(session: Session, name: string): Promise<string> {
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: session,
    payload: { name },
  });
  expect(created.statusCode, created.body).toBe(201);
  return `/api/v1/workspaces/${created.json().id}`;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ báo cáo', 'owner-reports@example.vn');
  ws = await workspaceOf(owner, 'Agency Báo Cáo');
  const bundle = JSON.parse(await readFile(resolve(specDir, 'kpi-example.input.json'), 'utf8'));
  const imported = await t.request({
    method: 'POST',
    url: `${ws}/campaigns/import-bundle`,
    as: owner,
    payload: bundle,
  });
  expect(imported.statusCode, imported.body).toBe(201);
  campaignId = imported.json().campaignId;

  viewer = await t.signUp('Khách xem', 'viewer-reports@example.vn');
  const invite = await t.request({
    method: 'POST',
    url: `${ws}/invitations`,
    as: owner,
    payload: { email: 'viewer-reports@example.vn', role: 'viewer' },
  });
  const inviteToken = invite.json().url.split('/').pop();
  const accepted = await t.request({
    method: 'POST',
    url: `/api/v1/invitations/${inviteToken}/accept`,
    as: viewer,
  });
  expect(accepted.statusCode).toBe(200);

  outsider = await t.signUp('Người ngoài', 'outsider-reports@example.vn');
  outsiderWs = await workspaceOf(outsider, 'Công ty khác');
});
afterAll(() => t?.close());

async function share(payload: Record<string, unknown>, as = owner) {
  return t.request({ method: 'POST', url: `${ws}/campaigns/${campaignId}/shared-reports`, as, payload });
}

async function newLink(payload: Record<string, unknown> = {}) {
  const created = await share(payload);
  expect(created.statusCode, created.body).toBe(201);
  const link = created.json() as SharedReport;
  return { ...link, token: link.url.split('/share/reports/')[1] ?? '' };
}

const open = (token: string, query = '', headers: Record<string, string> = {}) =>
  t.request({ method: 'GET', url: `/api/v1/public/reports/${token}${query}`, headers });
const unlock = (token: string, password: string) =>
  t.request({ method: 'POST', url: `/api/v1/public/reports/${token}/unlock`, payload: { password } });
const list = async (as = owner) =>
  (await t.request({ method: 'GET', url: `${ws}/shared-reports`, as })).json().items as SharedReport[];

const withoutClock = (dashboard: Record<string, unknown>) => ({ ...dashboard, generatedAt: null });

describe('shared report links', () => {
  it('opens without login, shows the same numbers as the team’s own dashboard, and counts visits (30 min apart)', async () => {
    const link = await newLink({ note: 'Gửi chị Lan bên nhãn hàng' });
    expect(link.url).toMatch(/^http:\/\/localhost:3000\/share\/reports\/[\w-]{32}$/);
    expect(link).toMatchObject({ hasPassword: false, status: 'active', openCount: 0, lastOpenedAt: null });
    expect(link.createdBy?.name).toBe('Chủ báo cáo');
    const days = (Date.parse(link.expiresAt ?? '') - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    const [stored] = await t.services.db.select().from(sharedReports).where(eq(sharedReports.id, link.id));
    expect(stored?.tokenHash).toBe(hashToken(link.token));

    const query = '?from=2026-03-01&to=2026-03-06&compare=previous&sort=reach';
    const shared = await open(link.token, query);
    expect(shared.statusCode, shared.body).toBe(200);
    const authed = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/dashboard${query}`,
      as: owner,
    });
    expect(authed.statusCode).toBe(200);
    expect(shared.json().workspace.name).toBe('Agency Báo Cáo');
    expect(shared.json().campaign.name).toBe(authed.json().campaign.name);
    expect(withoutClock(shared.json().dashboard)).toEqual(withoutClock(authed.json()));
    expect(
      shared.json().dashboard.tiles.length + shared.json().dashboard.leaderboard.rows.length,
    ).toBeGreaterThan(0);
    expect(shared.body).not.toContain('Gửi chị Lan');

    expect((await open(link.token)).statusCode).toBe(200);
    const sameVisit = (await list()).find((item) => item.id === link.id);
    expect(sameVisit?.openCount).toBe(1);
    await t.services.db
      .update(sharedReports)
      .set({ lastOpenedAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sharedReports.id, link.id));
    expect((await open(link.token)).statusCode).toBe(200);
    const seen = (await list()).find((item) => item.id === link.id);
    expect(seen?.openCount).toBe(2);
    expect(Date.now() - Date.parse(seen?.lastOpenedAt ?? '')).toBeLessThan(60_000);
    expect(seen?.note).toBe('Gửi chị Lan bên nhãn hàng');
  });

  it('answers 410 once the link has expired, and keeps links without expiry working', async () => {
    const link = await newLink({ expiresInDays: 1 });
    await t.services.db
      .update(sharedReports)
      .set({ expiresAt: new Date(Date.now() - 1_000) })
      .where(eq(sharedReports.id, link.id));
    const expired = await open(link.token);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('gone');
    expect((await list()).find((item) => item.id === link.id)?.status).toBe('expired');

    const forever = await newLink({ expiresInDays: null });
    expect(forever.expiresAt).toBeNull();
    expect((await open(forever.token)).statusCode).toBe(200);
  });

  it('stops a revoked link at once (404, like an unknown token) and writes the revoke to the audit log', async () => {
    const link = await newLink();
    expect((await open(link.token)).statusCode).toBe(200);
    const revoked = await t.request({
      method: 'POST',
      url: `${ws}/shared-reports/${link.id}/revoke`,
      as: owner,
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().status).toBe('revoked');
    expect((await open(link.token)).statusCode).toBe(404);
    expect((await open('x'.repeat(32))).statusCode).toBe(404);
    const log = await t.request({
      method: 'GET',
      url: `${ws}/audit-log?entityType=shared_report`,
      as: owner,
    });
    const actions = (log.json().items as { action: string; entityId: string }[])
      .filter((entry) => entry.entityId === link.id)
      .map((entry) => entry.action);
    expect(actions.sort()).toEqual(['shared_report.create', 'shared_report.revoke']);
  });

  it('asks for the password (401) until it is given; a wrong one is 401 too', async () => {
    const link = await newLink({ password: 'Lantoa@2026' });
    expect(link.hasPassword).toBe(true);
    const [stored] = await t.services.db.select().from(sharedReports).where(eq(sharedReports.id, link.id));
    expect(stored?.passwordHash).not.toContain('Lantoa@2026');

    const locked = await open(link.token);
    expect(locked.statusCode).toBe(401);
    expect(locked.json().error.code).toBe('password_required');
    const wrong = await unlock(link.token, 'sai-mat-khau');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('wrong_password');
    expect(wrong.json().error.details[0].path).toBe('body.password');

    const granted = await unlock(link.token, 'Lantoa@2026');
    expect(granted.statusCode, granted.body).toBe(200);
    const { accessToken } = granted.json() as { accessToken: string };
    const opened = await open(link.token, '', { 'x-report-access': accessToken });
    expect(opened.statusCode, opened.body).toBe(200);
    const cookie = String(granted.headers['set-cookie']);
    expect(cookie).toContain(`Path=/api/v1/public/reports/${link.token}`);
    expect(cookie).toContain('HttpOnly');
    const byCookie = await open(link.token, '', { cookie: cookie.split(';')[0] ?? '' });
    expect(byCookie.statusCode, byCookie.body).toBe(200);
    const [expiry, signature] = accessToken.split('.');
    const forged = `${Number(expiry) + 1}.${signature}`;
    expect((await open(link.token, '', { 'x-report-access': forged })).statusCode).toBe(401);

    const other = await newLink({ password: 'Lantoa@2026' });
    expect((await open(other.token, '', { 'x-report-access': accessToken })).statusCode).toBe(401);
  });

  it('stops guessing a password after 10 tries a minute (429)', async () => {
    const link = await newLink({ password: 'dung-roi-123' });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await unlock(link.token, `doan-${i}`)).statusCode);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    expect((await unlock(link.token, 'dung-roi-123')).statusCode).toBe(429);
  });

  it('cannot share another workspace’s campaign (404)', async () => {
    const attempt = await t.request({
      method: 'POST',
      url: `${outsiderWs}/campaigns/${campaignId}/shared-reports`,
      as: outsider,
      payload: {},
    });
    expect(attempt.statusCode).toBe(404);
    const intoOther = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignId}/shared-reports`,
      as: outsider,
      payload: {},
    });
    expect(intoOther.statusCode).toBe(404);
  });

  it('lets a viewer see the links but not create or revoke one (403)', async () => {
    const link = await newLink();
    const seen = await list(viewer);
    expect(seen.map((item) => item.id)).toContain(link.id);
    expect(JSON.stringify(seen)).not.toContain(link.token);
    expect((await share({}, viewer)).statusCode).toBe(403);
    const revoke = await t.request({
      method: 'POST',
      url: `${ws}/shared-reports/${link.id}/revoke`,
      as: viewer,
    });
    expect(revoke.statusCode).toBe(403);
  });

  it('names the field of a bad expiry or a short password', async () => {
    const bad = await share({ expiresInDays: 0, password: '123' });
    expect(bad.statusCode).toBe(400);
    const paths = (bad.json().error.details as { path: string }[]).map((d) => d.path).sort();
    expect(paths).toEqual(['body.expiresInDays', 'body.password']);
  });
});
