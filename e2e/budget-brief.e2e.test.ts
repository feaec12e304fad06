import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, signUpWithWorkspace, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let workspacePath: string;
let api: string;
let campaignId: string;

const byTestId = (id: string) => page.getByTestId(id);

async function post<T>(url: string, data: unknown): Promise<T> {
  const response = await page.request.post(`${api}${url}`, { data });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

beforeAll(async () => {
  ({ browser, page } = await openPage(baseUrl, { height: 1000 }));
});
afterAll(async () => {
  await browser?.close();
});

describe('the wizard explains its suggested targets and warns below three KPIs', () => {
  it('shows the benchmark behind the ER default in Vietnamese', async () => {
    workspacePath = await signUpWithWorkspace(page, {
      name: 'Lê Minh Thư',
      email: 'thu@budget-brief.vn',
      workspace: 'Mộc Lam Agency',
    });
    api = `/api/v1/workspaces/${workspacePath.split('/')[2]}`;
    await page.goto(`${workspacePath}/campaigns/new`);
    await byTestId('campaign-wizard').waitFor();
    await byTestId('goal-engagement').check();
    await byTestId('wizard-next').click();
    await byTestId('kpi-engagement_rate').check();
    expect(await byTestId('kpi-too-few').textContent()).toContain('dưới 3 KPI');
    await snap(page, 'budget-brief-01-too-few-kpis');
    await byTestId('wizard-next').click();
    const suggestion = (await byTestId('target-suggestion-engagement_rate').textContent()) ?? '';
    expect(suggestion).toContain('1,81');
    expect(suggestion).toContain('hạng Micro');
    expect(suggestion).not.toMatch(/average|tier/);
    expect(await byTestId('target-engagement_rate').inputValue()).toBe('1.81');
    await snap(page, 'budget-brief-02-target-suggestion');
  });
});

describe('costs recorded on the budget card', () => {
  it('prepares a campaign with a budget and a creator', async () => {
    const creator = await post<{ id: string }>('/creators', {
      name: 'Linh Ăn Gì',
      accounts: [{ platform: 'tiktok', handle: 'linh.angi.budget' }],
    });
    const campaign = await post<{ id: string }>('/campaigns', {
      name: 'Sữa hạt Mộc Lam',
      brand: 'Mộc Lam',
      budgetAmount: 100_000_000,
      budgetLines: [
        { category: 'creator_fee', planned: 60_000_000 },
        { category: 'media', planned: 20_000_000 },
      ],
    });
    campaignId = campaign.id;
    await post(`/campaigns/${campaignId}/creators`, {
      creators: [{ creatorId: creator.id, fee: 8_000_000 }],
    });
  });

  it('records a paid-media cost and sees spent follow, then corrects and deletes it', async () => {
    await page.goto(`${workspacePath}/campaigns/${campaignId}`);
    await byTestId('campaign-budget').waitFor();
    await byTestId('cost-record').click();
    await byTestId('cost-category').selectOption('media');
    await byTestId('cost-amount').fill('7.500.000');
    await byTestId('cost-date').fill('2026-11-20');
    await byTestId('cost-creator').selectOption({ label: 'Linh Ăn Gì' });
    await byTestId('cost-note').fill('Chạy quảng cáo TikTok cho video của Linh');
    await byTestId('cost-save').click();
    await byTestId('cost-row').first().waitFor();
    expect(await byTestId('cost-row').first().textContent()).toContain('7.500.000');
    await expect
      .poll(async () => (await byTestId('campaign-budget').locator('tbody tr').nth(1).textContent()) ?? '')
      .toContain('7.500.000');
    await snap(page, 'budget-brief-03-cost-recorded');

    await byTestId('cost-edit').first().click();
    await byTestId('cost-amount').fill('9000000');
    await byTestId('cost-save').click();
    await expect
      .poll(async () => (await byTestId('cost-row').first().textContent()) ?? '')
      .toContain('9.000.000');

    await byTestId('cost-record').click();
    await byTestId('cost-amount').fill('0');
    await byTestId('cost-save').click();
    expect(await byTestId('cost-form').textContent()).toContain('lớn hơn 0');
    await page.getByRole('button', { name: 'Huỷ' }).first().click();

    await byTestId('cost-delete').first().click();
    await byTestId('confirm-submit').click();
    await expect
      .poll(async () => (await byTestId('campaign-costs').textContent()) ?? '')
      .toContain('Chưa ghi nhận');
  });
});

describe('a brief with files, earlier versions and a chosen link lifetime', () => {
  it('attaches a file, reads version 1 read-only and shares a 30-day link', async () => {
    await post(`/campaigns/${campaignId}/brief`, { keyMessage: 'Sữa hạt cho bữa sáng vội' });
    await post(`/campaigns/${campaignId}/brief`, {
      keyMessage: 'Sữa hạt Mộc Lam: no lâu đến trưa',
      disclosures: ['#quangcao'],
    });
    await page.reload();
    await byTestId('brief-card').waitFor();
    await byTestId('brief-file-input').setInputFiles({
      name: 'Bộ nhận diện Mộc Lam.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\nbo nhan dien\n%%EOF\n'),
    });
    await byTestId('brief-file').first().waitFor();
    expect(await byTestId('brief-file').first().textContent()).toContain('Bộ nhận diện Mộc Lam.pdf');

    await byTestId('brief-version-picker').selectOption('1');
    await byTestId('brief-old-version').getByTestId('brief-view').waitFor();
    const old = (await byTestId('brief-old-version').textContent()) ?? '';
    expect(old).toContain('bữa sáng vội');
    expect(old).not.toContain('no lâu đến trưa');
    expect(old).toContain('chỉ đọc');
    expect(await byTestId('brief-edit').count()).toBe(0);
    await byTestId('brief-card').scrollIntoViewIfNeeded();
    await snap(page, 'budget-brief-04-old-version');
    await byTestId('brief-back-latest').click();

    await byTestId('brief-share-days').selectOption('30');
    await byTestId('brief-share').click();
    const linkText = (await byTestId('brief-share-link').textContent()) ?? '';
    const url = (await byTestId('brief-share-link').locator('span').first().textContent()) ?? '';
    const expiry = new Date(Date.now() + 30 * 86_400_000);
    expect(linkText).toContain(`${expiry.getUTCFullYear()}`);
    await snap(page, 'budget-brief-05-brief-card');

    const stranger = await browser.newContext({ baseURL: baseUrl, locale: 'vi-VN', acceptDownloads: true });
    const creatorPage = await stranger.newPage();
    await creatorPage.goto(new URL(url).pathname);
    await creatorPage.getByTestId('public-brief-files').waitFor();
    const href =
      (await creatorPage.getByTestId('brief-file').first().locator('a').getAttribute('href')) ?? '';
    const direct = await creatorPage.request.get(href);
    expect(direct.status(), await direct.text()).toBe(200);
    const downloading = creatorPage.waitForEvent('download');
    await creatorPage.getByTestId('brief-file').first().locator('a').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Bộ nhận diện Mộc Lam.pdf');
    await snap(creatorPage, 'budget-brief-06-public-brief-files');
    await stranger.close();
  });

  it('shows the cost list and the brief card in English too', async () => {
    await byTestId('language-switch').first().selectOption('en');
    await byTestId('cost-record').click();
    expect(await byTestId('cost-form').textContent()).toContain('Day spent');
    expect(await byTestId('brief-card').textContent()).toContain('Attachments');
    await snap(page, 'budget-brief-07-english');
    await byTestId('language-switch').first().selectOption('vi');
  });
});
