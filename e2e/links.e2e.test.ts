import { createHmac } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, signUpWithWorkspace, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let workspacePath = '';
let clickId = '';

beforeAll(async () => {
  ({ browser, page } = await openPage(baseUrl));
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (id: string) => page.getByTestId(id);

describe('a marketer tracks a creator link', () => {
  it('gets a workspace with demo campaigns', async () => {
    workspacePath = await signUpWithWorkspace(page, {
      name: 'Trần Minh Khoa',
      email: 'khoa@links.vn',
      workspace: 'Khoa Media',
    });
    await byTestId('demo-load').first().click();
    const campaignCount = () =>
      page.evaluate(
        async (url) => {
          const response = await fetch(url, { credentials: 'include' });
          return response.ok ? ((await response.json()) as { items: unknown[] }).items.length : 0;
        },
        `/api/v1${workspacePath.replace('/w/', '/workspaces/')}/campaigns`,
      );
    await expect.poll(campaignCount, { timeout: 120_000, interval: 1_000 }).toBeGreaterThan(0);
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
    clickId = /lt_cid=([0-9a-f-]{36})/.exec(visitor.url())?.[1] ?? '';
    expect(clickId).not.toBe('');
    await visitor.close();
    await expect.poll(() => byTestId('link-clicks').first().textContent(), { timeout: 15_000 }).toBe('1');
    await snap(page, 'links-02-clicked');
  });

  it('shows the QR code for print', async () => {
    await byTestId('link-qr').first().click();
    await byTestId('qr-image').waitFor();
    await snap(page, 'links-03-qr');
    await page.keyboard.press('Escape');
    await byTestId('qr-dialog').waitFor({ state: 'detached' });
  });

  it('generates promo codes for a creator', async () => {
    await byTestId('tracking-tab-codes').click();
    await byTestId('promo-campaign').selectOption({ index: 1 });
    await byTestId('promo-creator').selectOption({ index: 1 });
    await byTestId('promo-prefix').fill('khoa');
    await byTestId('promo-submit').click();
    await expect.poll(() => byTestId('promo-row').count()).toBe(10);
    expect(await byTestId('promo-row').first().textContent()).toMatch(/^KHOA[A-Z2-9]{5}/);
    await snap(page, 'links-04-promo-codes');
  });

  it('receives a signed sale carrying the click id and shows it credited to the link', async () => {
    await byTestId('tracking-tab-postbacks').click();
    const secret = (await byTestId('postback-secret').textContent()) ?? '';
    const body = JSON.stringify({
      workspaceId: workspacePath.split('/')[2],
      idempotencyKey: 'don-e2e-1',
      orderId: 'E2E-1',
      amount: 590_000,
      clickId,
    });
    const at = Math.floor(Date.now() / 1000);
    const mac = createHmac('sha256', secret).update(`${at}.${body}`).digest('hex');
    const response = await fetch(`${baseUrl}/api/v1/track/sale`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lantoa-signature': `t=${at},v1=${mac}` },
      body,
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { attributedBy: string }).attributedBy).toBe('click');
    await expect.poll(() => byTestId('postback-row').count(), { timeout: 15_000 }).toBe(1);
    expect(await byTestId('postback-row').first().textContent()).toContain('E2E-1');
    await snap(page, 'links-05-postbacks');
  });
});
