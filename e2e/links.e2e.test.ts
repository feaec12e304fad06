import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let workspacePath = '';

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

describe('a marketer tracks a creator link', () => {
  it('gets a workspace with demo campaigns', async () => {
    await page.goto('/sign-up');
    await byTestId('signup-name').fill('Trần Minh Khoa');
    await byTestId('signup-email').fill('khoa@links.vn');
    await byTestId('signup-password').fill('mat-khau-an-toan-2026');
    await byTestId('signup-submit').click();
    await byTestId('create-workspace-name').fill('Khoa Media');
    await byTestId('create-workspace-submit').click();
    await expect.poll(() => page.url()).toMatch(/\/w\/[0-9a-f-]{36}/);
    workspacePath = new URL(page.url()).pathname.split('/').slice(0, 3).join('/');
    await byTestId('demo-load').first().click();
    await page.waitForSelector(
      '[data-testid="demo-job"] [aria-valuenow="100"], [data-testid="creators-table"]',
      {
        timeout: 90_000,
      },
    );
  });

  it('creates a link with UTM tags in the UI', async () => {
    await page.goto(`${workspacePath}/links`);
    await byTestId('links-empty').waitFor();
    await byTestId('link-create').click();
    await byTestId('link-campaign').selectOption({ index: 1 });
    await byTestId('link-creator').selectOption({ index: 1 });
    await byTestId('link-destination').fill(`${baseUrl}/?tu=lien-ket`);
    await byTestId('link-slug').fill('khoa-tet');
    await byTestId('link-utm-source').fill('tiktok');
    await byTestId('link-utm-medium').fill('kol');
    await snap(page, 'links-01-create');
    await byTestId('link-submit').click();
    await byTestId('links-table').waitFor();
    expect(await byTestId('link-clicks').first().textContent()).toBe('0');
  });

  it('follows the short link in the browser and sees the click counted', async () => {
    const shortUrl = (await byTestId('link-short-url').first().getAttribute('href')) ?? '';
    expect(shortUrl).toMatch(/\/l\/khoa-tet$/);
    const visitor = await browser.newPage();
    await visitor.goto(shortUrl);
    expect(visitor.url()).toContain('utm_source=tiktok');
    expect(visitor.url()).toMatch(/lt_cid=[0-9a-f-]{36}/);
    await visitor.close();
    await expect.poll(() => byTestId('link-clicks').first().textContent(), { timeout: 15_000 }).toBe('1');
    await snap(page, 'links-02-clicked');
  });

  it('shows the QR code for print', async () => {
    await byTestId('link-qr').first().click();
    await byTestId('qr-image').waitFor();
    await snap(page, 'links-03-qr');
  });
});
