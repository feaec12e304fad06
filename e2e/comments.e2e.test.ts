import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, signUpWithWorkspace, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let workspacePath = '';

beforeAll(async () => {
  ({ browser, page } = await openPage(baseUrl, { height: 900 }));
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (id: string) => page.getByTestId(id);

describe('a brand manager reads what the audience says', () => {
  it('signs up and loads the demo workspace', async () => {
    workspacePath = await signUpWithWorkspace(page, {
      name: 'Lê Minh Thư',
      email: 'thu@brand.vn',
      workspace: 'Hoa Sen Cosmetics',
    });
    await byTestId('demo-load').first().click();
    await byTestId('demo-job').waitFor();
    const jobsUrl = `/api/v1/workspaces/${workspacePath.split('/')[2]}/jobs?type=demo.load`;
    await expect
      .poll(
        () =>
          page.evaluate(async (url) => {
            const response = await fetch(url);
            if (!response.ok) return 'unknown';
            const body = (await response.json()) as { items: { status: string }[] };
            return body.items[0]?.status ?? 'unknown';
          }, jobsUrl),
        { timeout: 90_000, interval: 1_000 },
      )
      .toBe('succeeded');
  });

  it("opens a campaign's comments with its sentiment score and chart", async () => {
    await byTestId('nav-comments').first().click();
    await byTestId('comments-list').waitFor();
    const apiPath = `/api/v1/workspaces/${workspacePath.split('/')[2]}/comments?limit=200`;
    const campaignId = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const body = (await response.json()) as { items: { campaignId: string | null }[] };
      return body.items.find((c) => c.campaignId !== null)?.campaignId ?? '';
    }, apiPath);
    await byTestId('comments-campaign').selectOption(campaignId);
    expect(campaignId).not.toBe('');
    await byTestId('sentiment-score-tile').waitFor();
    await byTestId('sentiment-chart').locator('canvas').waitFor();
    const tile = byTestId('sentiment-score-tile');
    expect(await tile.getAttribute('title')).toContain('(tích cực − tiêu cực)');
    expect(await tile.textContent()).toMatch(/-?\d/);
    await byTestId('sov-total').waitFor();
    expect(await byTestId('sov-total').getAttribute('title')).toContain('Thị phần thảo luận');
    await snap(page, 'comments-01-campaign');
  });

  it('filters negative comments', async () => {
    await byTestId('comments-sentiment').selectOption('negative');
    await expect.poll(() => page.url()).toContain('sentiment=negative');
    await byTestId('comment-row').first().waitFor();
    const rows = await byTestId('comment-row').count();
    expect(rows).toBeGreaterThan(0);
    expect(await byTestId('sentiment-negative').count()).toBe(rows);
    expect(await byTestId('sentiment-positive').count()).toBe(0);
    await snap(page, 'comments-02-negative');
  });

  it('shows a tagged purchase-intent comment with its evidence highlighted', async () => {
    await byTestId('comments-sentiment').selectOption('');
    await byTestId('comments-intent').selectOption('purchase_intent');
    await expect.poll(() => page.url()).toContain('intent=purchase_intent');
    const first = byTestId('comment-row').first();
    await first.getByTestId('tag-purchase_intent').first().waitFor();
    expect((await first.getByTestId('comment-evidence').first().textContent())?.length).toBeGreaterThan(0);
    await snap(page, 'comments-03-purchase-intent');
  });
});
