import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, signUpWithWorkspace, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let workspacePath = '';
let workspaceId = '';
let campaignId = '';
let campaignName = '';
let reportUrl = '';

beforeAll(async () => {
  ({ browser, page } = await openPage(baseUrl, { height: 1000 }));
  page.setDefaultTimeout(60_000);
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (id: string) => page.getByTestId(id);

/** A browser context with no session at all: what the brand's client sees. */
async function strangerPage(): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1360, height: 1000 },
    locale: 'vi-VN',
  });
  const stranger = await context.newPage();
  stranger.setDefaultTimeout(60_000);
  return stranger;
}

async function createLink(options: { password?: string; note: string }): Promise<string> {
  await page.goto(`${workspacePath}/reports`);
  await byTestId('report-create').click();
  await byTestId('report-campaign').selectOption(campaignId);
  if (options.password) await byTestId('report-password-new').fill(options.password);
  await byTestId('report-note').fill(options.note);
  await byTestId('report-create-submit').click();
  const url = (await byTestId('report-link-url').textContent()) ?? '';
  await byTestId('report-link-done').click();
  return url;
}

describe('a manager shares a live campaign report with the brand', () => {
  it('gets a workspace with a live demo campaign', async () => {
    workspacePath = await signUpWithWorkspace(page, {
      name: 'Trần Minh Anh',
      email: 'anh@reports.vn',
      workspace: 'Anh Agency',
    });
    workspaceId = workspacePath.split('/')[2] ?? '';
    await byTestId('demo-load').first().click();
    const liveCampaign = () =>
      page.evaluate(async (url) => {
        const response = await fetch(url, { credentials: 'include' });
        if (!response.ok) return null;
        const items = ((await response.json()) as { items: { id: string; name: string; status: string }[] })
          .items;
        return items.find((item) => item.status === 'live') ?? null;
      }, `/api/v1/workspaces/${workspaceId}/campaigns`);
    await expect.poll(liveCampaign, { timeout: 120_000, interval: 1_000 }).not.toBeNull();
    const live = await liveCampaign();
    campaignId = live?.id ?? '';
    campaignName = live?.name ?? '';
  });

  it('creates a report link on the Reports page and sees it listed', async () => {
    await page.goto(`${workspacePath}/reports`);
    await byTestId('shared-reports-empty').waitFor();
    reportUrl = await createLink({ note: 'Gửi chị Lan bên nhãn hàng' });
    expect(reportUrl).toMatch(/\/share\/reports\/[\w-]{32}$/);
    await expect.poll(() => byTestId('shared-report-row').count()).toBe(1);
    await expect.poll(() => byTestId('shared-reports-table').textContent()).toContain('Gửi chị Lan');
    await snap(page, 'shared-reports-list');
  });

  it('opens the link without logging in and sees the KPI tiles of the campaign', async () => {
    const stranger = await strangerPage();
    await stranger.goto(new URL(reportUrl).pathname);
    await stranger.getByTestId('public-report').waitFor();
    expect(await stranger.getByTestId('report-campaign').textContent()).toBe(campaignName);
    expect(await stranger.getByTestId('report-workspace').textContent()).toContain('Anh Agency');
    expect(await stranger.getByTestId('report-updated').textContent()).toMatch(/^Cập nhật lúc /);
    await stranger.locator('[data-testid^="kpi-tile-"]').first().waitFor();
    expect(await stranger.locator('[data-testid^="kpi-tile-"]').count()).toBeGreaterThan(0);
    await stranger.getByTestId('dashboard-funnel').waitFor();
    expect(await stranger.getByTestId('dashboard-export-xlsx').count()).toBe(0);
    expect(await stranger.getByTestId('workspace-switcher').count()).toBe(0);
    await snap(stranger, 'shared-report-public');
    await stranger.getByTestId('language-switch').selectOption('en');
    await expect.poll(() => stranger.getByTestId('report-updated').textContent()).toMatch(/^Updated /);
    await stranger.context().close();

    await page.reload();
    await expect.poll(() => byTestId('shared-report-opens').first().textContent()).not.toBe('0');
  });

  it('asks for the password of a protected link and rejects a wrong one', async () => {
    await page.goto(`${workspacePath}/reports`);
    await byTestId('report-create').click();
    await byTestId('report-password-new').fill('123');
    await byTestId('report-create-submit').click();
    await page.getByText('Mật khẩu cần ít nhất 6 ký tự.').waitFor();
    await page.keyboard.press('Escape');
    const protectedUrl = await createLink({ password: 'chiLan2026', note: 'Có mật khẩu' });
    const stranger = await strangerPage();
    await stranger.goto(new URL(protectedUrl).pathname);
    await stranger.getByTestId('report-password-form').waitFor();
    await stranger.getByTestId('report-password').fill('sai-roi');
    await stranger.getByTestId('report-password-submit').click();
    await stranger.getByTestId('report-password-error').waitFor();
    await snap(stranger, 'shared-report-password');
    await stranger.getByTestId('report-password').fill('chiLan2026');
    await stranger.getByTestId('report-password-submit').click();
    await stranger.getByTestId('public-report').waitFor();
    expect(await stranger.getByTestId('report-campaign').textContent()).toBe(campaignName);
    await stranger.context().close();
  });

  it('shows a viewer (the brand’s client member) the links, without create or revoke', async () => {
    const invite = await page.evaluate(async (url) => {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'lan@brand.vn', role: 'viewer' }),
      });
      return ((await response.json()) as { url: string }).url;
    }, `/api/v1/workspaces/${workspaceId}/invitations`);
    const viewer = await strangerPage();
    await viewer.goto('/sign-in');
    const accepted = await viewer.evaluate(async (token) => {
      await fetch('/api/auth/sign-up/email', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Chị Lan', email: 'lan@brand.vn', password: 'mat-khau-an-toan-2026' }),
      });
      const response = await fetch(`/api/v1/invitations/${token}/accept`, {
        method: 'POST',
        credentials: 'include',
      });
      return response.status;
    }, invite.split('/').pop() ?? '');
    expect(accepted).toBe(200);
    await viewer.goto(`${workspacePath}/reports`);
    await viewer.getByTestId('shared-reports-table').waitFor();
    expect(await viewer.getByTestId('shared-report-row').count()).toBe(2);
    expect(await viewer.getByTestId('report-create').count()).toBe(0);
    expect(await viewer.getByTestId('shared-report-revoke').count()).toBe(0);
    await viewer.context().close();
  });

  it('revokes the first link; the client then sees a clear "no longer available" page', async () => {
    await page.goto(`${workspacePath}/reports`);
    const first = byTestId('shared-report-row').filter({ hasText: 'Gửi chị Lan' });
    await first.getByTestId('shared-report-revoke').click();
    await byTestId('confirm-submit').click();
    await expect.poll(() => first.getAttribute('data-status')).toBe('revoked');
    const stranger = await strangerPage();
    await stranger.goto(new URL(reportUrl).pathname);
    await stranger.getByTestId('report-unavailable').waitFor();
    expect(await stranger.getByTestId('report-unavailable').getAttribute('data-status')).toBe('404');
    await snap(stranger, 'shared-report-revoked');
    await stranger.context().close();
  });
});
