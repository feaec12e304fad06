import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
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
  ({ browser, page } = await openPage(baseUrl, { height: 900 }));
});
afterAll(async () => {
  await browser?.close();
});

describe('contracts feed the budget; a three-level KPI tree shows what is on and off track', () => {
  it('prepares a campaign with a KOL-fee budget of 10 million and two creators', async () => {
    workspacePath = await signUpWithWorkspace(page, {
      name: 'Trần Thu Hà',
      email: 'ha@agency.vn',
      workspace: 'Mộc Lam Marketing',
    });
    api = `/api/v1/workspaces/${workspacePath.split('/')[2]}`;
    const creator = (name: string, handle: string) =>
      post<{ id: string }>('/creators', { name, accounts: [{ platform: 'tiktok', handle }] });
    const linh = await creator('Linh Ăn Gì', 'linh.angi.e2e');
    const minh = await creator('Minh Review', 'minh.review.contracts');
    const campaign = await post<{ id: string }>('/campaigns', {
      name: 'Sữa hạt Mộc Lam',
      brand: 'Mộc Lam',
      budgetAmount: 50_000_000,
      budgetLines: [{ category: 'creator_fee', planned: 10_000_000 }],
    });
    campaignId = campaign.id;
    await post(`/campaigns/${campaignId}/creators`, {
      creators: [{ creatorId: linh.id }, { creatorId: minh.id }],
    });
  });

  it('signs a contract in the Hợp đồng tab, attaches the signed PDF and sees the committed budget', async () => {
    await page.goto(`${workspacePath}/campaigns/${campaignId}/contracts`);
    await byTestId('contract-new').click();
    await byTestId('contract-fee').fill('15.000.000');
    await byTestId('contract-status').selectOption('signed');
    await byTestId('contract-rights-expiry').fill('2027-06-30');
    await byTestId('contract-submit').click();
    await byTestId('contract-row').first().waitFor();
    expect(await byTestId('contract-row').first().textContent()).toContain('15.000.000');

    await byTestId('attachment-input').setInputFiles({
      name: 'Hợp đồng đã ký.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\nhop dong da ky\n%%EOF\n'),
    });
    await byTestId('attachment-row').first().waitFor();
    expect(await byTestId('attachment-row').first().textContent()).toContain('Hợp đồng đã ký.pdf');
    await snap(page, 'contracts-01-tab-with-attachment');

    const detail = await (await page.request.get(`${api}/campaigns/${campaignId}`)).json();
    expect(detail.budgetSummary.committed).toBe(15_000_000);
    expect(detail.budgetSummary.warnings).toContainEqual(
      expect.objectContaining({ code: 'committed_above_planned', category: 'creator_fee' }),
    );
    await page.goto(`${workspacePath}/campaigns/${campaignId}`);
    await byTestId('campaign-budget').waitFor();
    expect(await byTestId('campaign-budget').textContent()).toContain('15.000.000');
    await byTestId('budget-warnings').waitFor();
    await snap(page, 'contracts-02-budget-committed');
  });

  it('builds North Star → team → person goals fed by a campaign and colours them by pacing', async () => {
    const input = JSON.parse(
      await readFile(resolve(import.meta.dirname, '../../shared/spec/kpi-example.input.json'), 'utf8'),
    );
    const imported = await post<{ campaignId: string }>('/campaigns/import-bundle', input);

    await page.goto(`${workspacePath}/goals`);
    const form = byTestId('goal-form');
    await byTestId('goal-name').fill('Đơn hàng quý 1 từ KOL');
    await byTestId('goal-kpi').selectOption('conversions');
    await byTestId('goal-target').fill('1000');
    await form.locator('input[type=date]').nth(0).fill('2026-03-01');
    await form.locator('input[type=date]').nth(1).fill('2026-03-31');
    await byTestId('goal-submit').click();
    await byTestId('kpi-tree').waitFor();

    await byTestId('goal-add-child').first().click();
    await byTestId('goal-name').fill('Nhóm KOL đồ uống');
    await byTestId('goal-target').fill('300');
    await byTestId('goal-submit').click();
    await expect.poll(() => byTestId('goal-row').count()).toBe(2);

    await byTestId('goal-add-child').nth(1).click();
    await byTestId('goal-name').fill('Hà – chiến dịch sữa hạt');
    await byTestId('goal-target').fill('280');
    await byTestId('goal-campaigns').getByText('Ra mắt sữa hạt Mộc Lam').click();
    await byTestId('goal-submit').click();
    await expect.poll(() => byTestId('goal-row').count()).toBe(3);
    expect(imported.campaignId).toMatch(/[0-9a-f-]{36}/);

    const statuses = await byTestId('goal-row').evaluateAll((rows) =>
      rows.map((row) => [row.getAttribute('data-level'), row.getAttribute('data-status')]),
    );
    // 281 conversions in March: 281 of 280 on track, 281 of 300 at risk, 281 of 1,000 off track.
    expect(statuses).toEqual([
      ['company', 'off_track'],
      ['team', 'at_risk'],
      ['individual', 'on_track'],
    ]);
    await snap(page, 'contracts-03-kpi-tree');
  });
});
