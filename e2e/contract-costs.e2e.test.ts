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

async function send<T>(method: 'post' | 'patch', url: string, data: unknown): Promise<T> {
  const response = await page.request[method](`${api}${url}`, { data });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

beforeAll(async () => {
  ({ browser, page } = await openPage(baseUrl, { height: 1000 }));
});
afterAll(async () => {
  await browser?.close();
});

describe('a paid contract milestone is a cost of the campaign', () => {
  it('prepares a campaign with a signed contract whose deposit is paid', async () => {
    workspacePath = await signUpWithWorkspace(page, {
      name: 'Đỗ Minh Châu',
      email: 'chau@contract-costs.vn',
      workspace: 'Châu Agency',
    });
    api = `/api/v1/workspaces/${workspacePath.split('/')[2]}`;
    const linh = await send<{ id: string }>('post', '/creators', {
      name: 'Linh Ăn Gì',
      accounts: [{ platform: 'tiktok', handle: 'linh.contract.costs' }],
    });
    campaignId = (
      await send<{ id: string }>('post', '/campaigns', {
        name: 'Sữa hạt Mộc Lam',
        brand: 'Mộc Lam',
        budgetAmount: 50_000_000,
        budgetLines: [{ category: 'creator_fee', planned: 20_000_000 }],
      })
    ).id;
    await send('post', '/contracts', {
      campaignId,
      creatorId: linh.id,
      title: 'Hợp đồng Linh',
      status: 'signed',
      fee: 12_000_000,
      milestones: [
        { label: 'Đặt cọc', amount: 6_000_000, paidAt: '2026-11-02T03:00:00Z' },
        { label: 'Nghiệm thu', amount: 6_000_000 },
      ],
    });
  });

  it('lists the deposit among the costs, linked to its contract, spent once', async () => {
    await page.goto(`${workspacePath}/campaigns/${campaignId}`);
    await byTestId('cost-row').first().waitFor();
    const row = byTestId('cost-row').first();
    expect(await row.textContent()).toContain('6.000.000');
    expect(await row.textContent()).toContain('Hợp đồng: Hợp đồng Linh · Đặt cọc');
    expect(await row.textContent()).toContain('Sửa trong hợp đồng');
    expect(await row.getByTestId('cost-edit').count()).toBe(0);
    const detail = await (await page.request.get(`${api}/campaigns/${campaignId}`)).json();
    expect(detail.budgetSummary.spent).toBe(6_000_000);
    await byTestId('cost-record').click();
    await byTestId('cost-category').selectOption('creator_fee');
    expect(await byTestId('cost-form').textContent()).toContain('tự ghi thành chi phí');
    await snap(page, 'contract-costs-01-cost-from-contract');
  });

  it('opens the contract from the cost and shows that a paid milestone is a cost', async () => {
    await byTestId('cost-contract-link').first().click();
    await byTestId('contract-form').waitFor();
    expect(await byTestId('milestone-paid-is-cost').textContent()).toContain('chi phí của chiến dịch');
    await byTestId('milestone-paid-is-cost').scrollIntoViewIfNeeded();
    await snap(page, 'contract-costs-02-contract-opened-from-cost');
  });

  it('shows the same in English', async () => {
    await page.goto(`${workspacePath}/campaigns/${campaignId}`);
    await byTestId('language-switch').first().selectOption('en');
    await byTestId('cost-row').first().waitFor();
    expect(await byTestId('cost-row').first().textContent()).toContain('Contract: Hợp đồng Linh · Đặt cọc');
    expect(await byTestId('cost-row').first().textContent()).toContain('Edit in the contract');
    await snap(page, 'contract-costs-03-english');
    await byTestId('language-switch').first().selectOption('vi');
  });
});
