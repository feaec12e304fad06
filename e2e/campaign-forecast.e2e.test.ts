import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, signUpWithWorkspace, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let workspacePath = '';
let campaignPath = '';

beforeAll(async () => {
  ({ browser, page } = await openPage(baseUrl, { height: 1000 }));
  page.setDefaultTimeout(60_000);
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (id: string) => page.getByTestId(id);

async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ([m, u, b]) => {
      const response = await fetch(u as string, {
        method: m as string,
        credentials: 'include',
        headers: b ? { 'content-type': 'application/json' } : {},
        body: b ? JSON.stringify(b) : undefined,
      });
      return response.json();
    },
    [method, url, body] as const,
  ) as Promise<T>;
}

describe('a planner checks the forecast of every KPI against its target before launch', () => {
  it('plans a campaign on the demo registry', async () => {
    workspacePath = await signUpWithWorkspace(page, {
      name: 'Lê Thu Hà',
      email: 'ha@forecast.vn',
      workspace: 'Hà Forecast',
    });
    const workspaceApi = `/api/v1/workspaces/${workspacePath.split('/')[2]}`;
    await byTestId('demo-load').first().click();
    const creators = () =>
      api<{ items: unknown[] }>('GET', `${workspaceApi}/campaigns`).then((r) => r.items?.length ?? 0);
    await expect.poll(creators, { timeout: 120_000, interval: 1_000 }).toBeGreaterThan(0);
    const created = await api<{ id: string }>('POST', `${workspaceApi}/campaigns`, {
      name: 'Ra mắt son Hè 2026',
      budgetAmount: 150_000_000,
      budgetLines: [{ category: 'creator_fee', planned: 120_000_000 }],
      kpis: [
        { kpiId: 'reach', target: 400_000 },
        { kpiId: 'engagement_rate', target: 3 },
        { kpiId: 'cpe', target: 2_000 },
        { kpiId: 'conversions', target: 200 },
        { kpiId: 'nps', target: 40 },
      ],
    });
    campaignPath = `${workspacePath}/campaigns/${created.id}`;
  });

  it('refuses tier limits that contradict each other, naming the field', async () => {
    await page.goto(campaignPath);
    await byTestId('mix-panel').waitFor();
    await byTestId('mix-minPerTier-micro').fill('5');
    await byTestId('mix-maxPerTier-micro').fill('2');
    await byTestId('mix-min-quality').fill('150');
    await byTestId('mix-run').click();
    await expect
      .poll(() => byTestId('mix-panel').textContent())
      .toContain('tối thiểu (5) lớn hơn tối đa (2)');
    expect(await byTestId('mix-panel').textContent()).toContain('Chất lượng tối thiểu phải từ 0 đến 100');
    await byTestId('mix-panel').screenshot({ path: 'e2e/artifacts/mix-panel-errors.png' });
  });

  it('runs the optimiser with per-tier limits, then sees the forecast next to each target', async () => {
    await byTestId('mix-maxPerTier-micro').fill('6');
    await byTestId('mix-maxPerTier-mega').fill('0');
    // The demo registry has no vetting scores yet, so a quality floor or a risk cap would rule everyone out.
    await byTestId('mix-min-quality').fill('');
    await byTestId('mix-run').click();
    await byTestId('mix-results').waitFor({ timeout: 120_000 });
    expect(await byTestId('mix-scenarios').textContent()).toContain('Chọn tham lam (đối chứng)');
    expect(await byTestId('mix-results').textContent()).not.toMatch(/Optimal|Time limit/);
    await byTestId('mix-panel').screenshot({ path: 'e2e/artifacts/mix-panel-results.png' });
    await byTestId('mix-assign').click();
    await page.getByText('Đã gán vào chiến dịch.').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => byTestId('campaign-creators').textContent())
      .not.toContain('Chưa có nhà sáng tạo');
    await expect.poll(() => byTestId('kpi-forecast').count(), { timeout: 60_000 }).toBeGreaterThan(2);
    expect(await byTestId('campaign-kpis').textContent()).toContain('Chỉ đo được sau khi chiến dịch chạy');
    await snap(page, 'campaign-forecast-vi');
    await byTestId('campaign-kpis').screenshot({ path: 'e2e/artifacts/campaign-kpi-forecast-vi.png' });
    await byTestId('language-switch').first().selectOption('en');
    await expect
      .poll(() => byTestId('campaign-kpis').textContent())
      .toContain('Forecast (median, 80% interval)');
    expect(await byTestId('mix-panel').textContent()).toContain('Creators per tier');
    await snap(page, 'campaign-forecast-en');
    await byTestId('campaign-kpis').screenshot({ path: 'e2e/artifacts/campaign-kpi-forecast-en.png' });
    await byTestId('mix-results').screenshot({ path: 'e2e/artifacts/mix-results-en.png' });
  });
});
