import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, signUpWithWorkspace, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openPage(baseUrl, { height: 900 }));
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (id: string) => page.getByTestId(id);

describe('a planner sets goals and KPIs before anything else', () => {
  it('signs up and opens the campaign wizard', async () => {
    await signUpWithWorkspace(page, {
      name: 'Trần Thu Hà',
      email: 'ha@brand.vn',
      workspace: 'Cỏ Mềm Marketing',
    });
    await byTestId('workspace-switcher').waitFor();
    await page.goto(`${new URL(page.url()).pathname.split('/').slice(0, 3).join('/')}/campaigns`);
    await byTestId('demo-load').first().click();
    await byTestId('campaigns-table').waitFor({ timeout: 60_000 });
    await byTestId('new-campaign').click();
    await byTestId('campaign-wizard').waitFor();
  });

  it('will not move on without a goal, then recommends the KPIs of the goal', async () => {
    await byTestId('wizard-next').click();
    expect(await page.getByRole('alert').textContent()).toContain('ít nhất một mục tiêu');
    await byTestId('goal-conversion').check();
    await snap(page, 'campaigns-01-goals');
    await byTestId('wizard-next').click();
    for (const kpi of ['conversion_rate', 'cpa', 'roi']) await byTestId(`kpi-${kpi}`).check();
    expect(await byTestId('kpi-count').textContent()).toContain('3 KPI');
    await snap(page, 'campaigns-02-kpis');
    await byTestId('wizard-next').click();
  });

  it('sets a target on one KPI, names the campaign and splits the budget', async () => {
    await byTestId('target-conversion_rate').fill('2,5');
    await snap(page, 'campaigns-03-targets');
    await byTestId('wizard-next').click();
    await byTestId('campaign-name').fill('Serum Vitamin C – Tết 2027');
    await byTestId('wizard-next').click();
    await byTestId('budget-total').fill('300.000.000');
    await byTestId('budget-creator_fee').fill('200.000.000');
    await byTestId('budget-media').fill('60.000.000');
    await snap(page, 'campaigns-04-budget');
    await byTestId('wizard-next').click();
    await byTestId('campaign-detail').waitFor();
    expect(await byTestId('campaign-kpis').textContent()).toContain('2,5');
    const warnings = await byTestId('budget-warnings').textContent();
    expect(warnings).toContain('Sản xuất nội dung');
    expect(warnings).toContain('Chăm sóc khách hàng');
    await snap(page, 'campaigns-05-detail');
  });

  it('goes live once a KPI has a target', async () => {
    await byTestId('campaign-status-select').selectOption('live');
    await expect.poll(() => byTestId('campaign-status-select').inputValue()).toBe('live');
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '').toContain('Đang chạy');
  });

  it('lets the optimiser pick a mix, compares scenarios and assigns the creators', async () => {
    await byTestId('mix-budget').fill('120.000.000');
    await byTestId('mix-run').click();
    await byTestId('mix-results').waitFor({ timeout: 60_000 });
    const table = await byTestId('mix-scenarios').textContent();
    for (const label of ['Nhiều nano', 'Một mega', 'Tối ưu', 'Chọn thủ công']) expect(table).toContain(label);
    await snap(page, 'campaigns-06-mix');
    await byTestId('mix-assign').click();
    await expect
      .poll(async () => (await byTestId('campaign-creators').textContent()) ?? '')
      .not.toContain('Chưa có nhà sáng tạo');
    await snap(page, 'campaigns-07-assigned');
  });

  it('writes a brief and shares it with a creator who needs no login', async () => {
    await byTestId('brief-key-message').fill('Serum Vitamin C: da sáng đều màu sau 7 ngày');
    await byTestId('brief-dos').fill('Quay cận cảnh kết cấu serum\nNói rõ thời gian dùng');
    await byTestId('brief-donts').fill('Không nói "trị khỏi nám"');
    await byTestId('brief-save').click();
    await byTestId('brief-view').waitFor();
    await byTestId('brief-share').click();
    const url = (await byTestId('brief-share-link').locator('span').first().textContent()) ?? '';
    expect(url).toMatch(/\/b\/[A-Za-z0-9_-]{30,}$/);
    const stranger = await browser.newContext({ baseURL: baseUrl, locale: 'vi-VN' });
    const creatorPage = await stranger.newPage();
    await creatorPage.goto(new URL(url).pathname);
    await creatorPage.getByTestId('public-brief').waitFor();
    const text = await creatorPage.getByTestId('public-brief').textContent();
    expect(text).toContain('da sáng đều màu sau 7 ngày');
    expect(text).toContain('#quangcao');
    await snap(creatorPage, 'campaigns-08-public-brief');
    await stranger.close();
  });
});
