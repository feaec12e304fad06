import { createHmac } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, signUpWithWorkspace, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let workspacePath = '';
let workspaceId = '';
let campaignId = '';
let clickId = '';

interface CostValue {
  id: string;
  value: number | null;
  inputs: Record<string, number | null>;
}

beforeAll(async () => {
  ({ browser, page } = await openPage(baseUrl, { height: 1000 }));
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (id: string) => page.getByTestId(id);

/** The dashboard as the page's own session reads it (same numbers the tab shows). */
async function dashboard(): Promise<{ clicks: { tracked: number | null }; costEfficiency: CostValue[] }> {
  const body = await page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'include' });
    return response.text();
  }, `/api/v1/workspaces/${workspaceId}/campaigns/${campaignId}/dashboard`);
  const parsed = JSON.parse(body);
  if (!parsed.costEfficiency) throw new Error(`dashboard answered ${body.slice(0, 500)}`);
  return parsed;
}

const cost = (body: { costEfficiency: CostValue[] }, id: string) =>
  body.costEfficiency.find((value) => value.id === id) as CostValue;

async function openDashboard(): Promise<void> {
  await page.goto(`${workspacePath}/campaigns/${campaignId}/dashboard`);
  await byTestId('dashboard-funnel').waitFor();
}

describe('a marketer watches a live campaign earn from a tracked link', () => {
  it('gets a workspace with a live demo campaign', async () => {
    workspacePath = await signUpWithWorkspace(page, {
      name: 'Phạm Thu Hà',
      email: 'ha@tracking.vn',
      workspace: 'Hà Growth',
    });
    workspaceId = workspacePath.split('/')[2] ?? '';
    await byTestId('demo-load').first().click();
    const liveCampaign = () =>
      page.evaluate(async (url) => {
        const response = await fetch(url, { credentials: 'include' });
        if (!response.ok) return '';
        const items = ((await response.json()) as { items: { id: string; status: string }[] }).items;
        return items.find((item) => item.status === 'live')?.id ?? '';
      }, `/api/v1/workspaces/${workspaceId}/campaigns`);
    await expect.poll(liveCampaign, { timeout: 120_000, interval: 1_000 }).not.toBe('');
    campaignId = await liveCampaign();
  });

  it('creates a tracked link for the live campaign in the UI', async () => {
    await page.goto(`${workspacePath}/links`);
    await byTestId('link-create').click();
    await byTestId('link-campaign').selectOption(campaignId);
    await byTestId('link-creator').selectOption({ index: 1 });
    await byTestId('link-destination').fill(`${baseUrl}/?tu=bang-dieu-khien`);
    await byTestId('link-slug').fill('ha-live');
    await byTestId('link-submit').click();
    await byTestId('links-table').waitFor();
    await openDashboard();
    await expect.poll(() => byTestId('tracked-clicks-value').textContent()).toBe('0');
  });

  it('follows the link in the browser and sees the click on the dashboard', async () => {
    // A person's browser: headless Chromium announces itself and would be counted as a bot (kept, not in the KPIs).
    const visitor = await browser.newPage({
      userAgent:
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
    });
    await visitor.goto(`${baseUrl}/l/ha-live`);
    clickId = /lt_cid=([0-9a-f-]{36})/.exec(visitor.url())?.[1] ?? '';
    expect(clickId).not.toBe('');
    await visitor.close();
    await expect
      .poll(
        async () => {
          await openDashboard();
          return byTestId('tracked-clicks-value').textContent();
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toBe('1');
    await snap(page, 'tracking-01-dashboard-click');
  });

  it('posts a signed sale and sees CPA and ROI update', async () => {
    const before = await dashboard();
    const cpaText = await byTestId('cost-figure-cpa').textContent();
    const roiText = await byTestId('cost-figure-roi').textContent();
    const secret = await page.evaluate(async (url) => {
      const response = await fetch(url, { credentials: 'include' });
      return ((await response.json()) as { secret: string }).secret;
    }, `/api/v1/workspaces/${workspaceId}/conversion-signing-key`);
    const body = JSON.stringify({
      workspaceId,
      idempotencyKey: 'don-dashboard-1',
      orderId: 'DB-1',
      amount: 7_500_000,
      clickId,
      status: 'approved',
    });
    const at = Math.floor(Date.now() / 1000);
    const mac = createHmac('sha256', secret).update(`${at}.${body}`).digest('hex');
    const response = await fetch(`${baseUrl}/api/v1/track/sale`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lantoa-signature': `t=${at},v1=${mac}` },
      body,
    });
    expect(response.status).toBe(200);

    const after = await dashboard();
    const orders = (cost(before, 'cpa').inputs.orders ?? 0) + 1;
    const spent = cost(after, 'cpa').inputs.cost ?? 0;
    expect(cost(after, 'cpa').inputs.orders).toBe(orders);
    expect(cost(after, 'cpa').value).toBeCloseTo(spent / orders, 6);
    const revenue = (cost(before, 'roi').inputs.revenue ?? 0) + 7_500_000;
    expect(cost(after, 'roi').inputs.revenue).toBe(revenue);
    expect(cost(after, 'roi').value).toBeCloseTo(((revenue - spent) / spent) * 100, 6);

    await openDashboard();
    await expect.poll(() => byTestId('cost-figure-cpa').textContent()).not.toBe(cpaText);
    await expect.poll(() => byTestId('cost-figure-roi').textContent()).not.toBe(roiText);
    await byTestId('cost-value-cpa').hover();
    await byTestId('metric-tooltip').waitFor();
    await snap(page, 'tracking-02-dashboard-sale');
  });

  it('sets a 14-day attribution window in Settings → Tracking', async () => {
    await page.goto(`${workspacePath}/settings/tracking`);
    const window = byTestId('tracking-window');
    await window.waitFor();
    expect(await window.inputValue()).toBe('30');
    await window.fill('14');
    await byTestId('tracking-save').click();
    await page.getByText('Đã lưu').first().waitFor();
    await page.reload();
    await expect.poll(() => byTestId('tracking-window').inputValue()).toBe('14');
    await snap(page, 'settings-tracking');
  });
});
