import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1360, height: 860 },
    locale: 'vi-VN',
  });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (id: string) => page.getByTestId(id);

describe('a new user gets from sign-up to a working Vietnamese workspace', () => {
  it('signs up', async () => {
    await page.goto('/sign-up');
    await byTestId('signup-name').fill('Nguyễn Thị Mai');
    await byTestId('signup-email').fill('mai@agency.vn');
    await byTestId('signup-password').fill('mat-khau-an-toan-2026');
    await snap(page, '01-sign-up');
    await byTestId('signup-submit').click();
    await byTestId('create-workspace-name').waitFor();
  });

  it('creates a workspace', async () => {
    await byTestId('create-workspace-name').fill('Mộc Lam Agency');
    await byTestId('create-workspace-submit').click();
    await expect.poll(() => page.url()).toMatch(/\/w\/[0-9a-f-]{36}/);
    await byTestId('workspace-switcher').waitFor();
    expect(await byTestId('workspace-switcher').textContent()).toContain('Mộc Lam Agency');
  });

  it('loads demo data with a progress bar and shows the creators', async () => {
    await byTestId('demo-load').first().click();
    await byTestId('demo-job').waitFor();
    await snap(page, '02-demo-loading');
    expect(await byTestId('demo-progress').getAttribute('aria-valuenow', { timeout: 5_000 })).toMatch(
      /^\d+$/,
    );
    const workspaceId = new URL(page.url()).pathname.split('/')[2];
    await expect
      .poll(
        async () =>
          (await (await page.request.get(`/api/v1/workspaces/${workspaceId}`)).json()).counts.creators,
        {
          timeout: 60_000,
        },
      )
      .toBeGreaterThanOrEqual(60);
    await page.goto(`${new URL(page.url()).pathname.split('/').slice(0, 3).join('/')}/creators`);
    await byTestId('creators-table').waitFor();
    await expect.poll(() => byTestId('creator-row').count()).toBeGreaterThanOrEqual(20);
    await snap(page, '03-creators');
  });

  it('switches to English and back to Vietnamese', async () => {
    const nav = page.getByRole('navigation').first();
    expect(await nav.textContent()).toContain('Nhà sáng tạo');
    await byTestId('language-switch').first().selectOption('en');
    await expect.poll(() => nav.textContent()).toContain('Creators');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await snap(page, '04-english');
    await byTestId('language-switch').first().selectOption('vi');
    await expect.poll(() => nav.textContent()).toContain('Nhà sáng tạo');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('invites a member', async () => {
    const workspacePath = new URL(page.url()).pathname.split('/').slice(0, 3).join('/');
    await page.goto(`${workspacePath}/settings/members`);
    await byTestId('invite-email').fill('tuan@agency.vn');
    await byTestId('invite-role').selectOption('manager');
    await byTestId('invite-submit').click();
    await expect.poll(() => byTestId('invitations-table').textContent()).toContain('tuan@agency.vn');
    await snap(page, '05-members');
  });

  it('signs out', async () => {
    await byTestId('user-menu').first().click();
    await byTestId('sign-out').first().click();
    await byTestId('signin-form').waitFor();
    await snap(page, '06-signed-out');
    const me = await page.request.get('/api/v1/me');
    expect(me.status()).toBe(401);
  });
});
