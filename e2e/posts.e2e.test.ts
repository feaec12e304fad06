import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDemoData, openPage, signUpWithWorkspace, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let workspacePath = '';
let api = '';
let campaignId = '';
let creator = { id: '', name: '', handle: '' };
const NEW_VIDEO_ID = '7399999999999999001';

beforeAll(async () => {
  ({ browser, page } = await openPage(baseUrl, { height: 900 }));
  // the demo's background jobs share the embedded database's one connection: on a loaded machine a page can wait
  page.setDefaultTimeout(60_000);
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (id: string) => page.getByTestId(id);

async function get<T>(url: string): Promise<T> {
  const response = await page.request.get(`${api}${url}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

/** The number a metric cell shows ("12.500" in vi-VN), or null for "—". */
async function cellNumber(row: ReturnType<Page['getByTestId']>, metric: string): Promise<number | null> {
  const text = (await row.getByTestId(`post-${metric}`).textContent())?.trim() ?? '';
  return text === '—' ? null : Number(text.replace(/\./g, ''));
}

describe('a campaign manager follows the posts of a campaign', () => {
  it('signs up and loads the demo workspace', async () => {
    workspacePath = await signUpWithWorkspace(page, {
      name: 'Phạm Thu Hà',
      email: 'ha@posts.vn',
      workspace: 'Sen Vàng Media',
    });
    api = `/api/v1/workspaces/${workspacePath.split('/')[2]}`;
    await loadDemoData(page, workspacePath);
    await page.reload();
  });

  it("opens a campaign's Posts tab and sees posts with their latest metrics, ER and freshness", async () => {
    const campaigns = await get<{ items: { id: string }[] }>('/campaigns');
    for (const campaign of campaigns.items) {
      const posts = await get<{ items: unknown[] }>(`/campaigns/${campaign.id}/posts?limit=1`);
      if (posts.items.length > 0) {
        campaignId = campaign.id;
        break;
      }
    }
    expect(campaignId).not.toBe('');
    await page.goto(`${workspacePath}/campaigns/${campaignId}`);
    await byTestId('campaign-tab-posts').click();
    await byTestId('posts-table').waitFor();
    const rows = byTestId('post-row');
    expect(await rows.count()).toBeGreaterThan(0);
    const viewed = await cellNumber(rows.first(), 'views');
    expect(viewed === null || viewed >= 0).toBe(true);
    expect(await rows.first().getByTestId('post-freshness').getAttribute('title')).toContain('Số liệu lúc');
    await rows.first().getByTestId('post-er').hover();
    await byTestId('metric-tooltip').first().waitFor();
    expect(await byTestId('metric-tooltip').first().textContent()).toContain('người theo dõi');
    expect(await byTestId('posts-import').getAttribute('href')).toContain(
      `/imports?kind=post_metrics&campaignId=${campaignId}`,
    );
    await snap(page, 'posts-01-tab');
  });

  it('sorts by views, largest first, with missing values last', async () => {
    await byTestId('posts-sort-views').click();
    await expect
      .poll(() => byTestId('posts-sort-views').locator('xpath=ancestor::th').getAttribute('aria-sort'))
      .toBe('descending');
    await expect
      .poll(async () => {
        const rows = byTestId('post-row');
        const count = Math.min(await rows.count(), 8);
        const values: (number | null)[] = [];
        for (let i = 0; i < count; i++) values.push(await cellNumber(rows.nth(i), 'views'));
        const numbers = values.filter((value): value is number => value !== null);
        const sorted = [...numbers].sort((a, b) => b - a);
        const nullsLast =
          values.indexOf(null) === -1 || values.slice(values.indexOf(null)).every((v) => v === null);
        return JSON.stringify(numbers) === JSON.stringify(sorted) && nullsLast && count > 0;
      })
      .toBe(true);
  });

  it('adds a post by pasting its link, seeing platform and id before saving', async () => {
    const detail = await get<{ creators: { creatorId: string; name: string }[] }>(`/campaigns/${campaignId}`);
    for (const candidate of detail.creators) {
      const profile = await get<{ accounts: { platform: string; handle: string }[] }>(
        `/creators/${candidate.creatorId}`,
      );
      const tiktok = profile.accounts.filter((account) => account.platform === 'tiktok');
      if (tiktok.length === 1 && tiktok[0]) {
        creator = {
          id: candidate.creatorId,
          name: candidate.name,
          handle: tiktok[0].handle.replace(/^@/, ''),
        };
        break;
      }
    }
    expect(creator.id).not.toBe('');
    await byTestId('post-add').click();
    await byTestId('post-url').fill('https://example.com/not-a-post');
    await byTestId('post-url-invalid').waitFor();
    await byTestId('post-url').fill(
      `https://www.tiktok.com/@${creator.handle}/video/${NEW_VIDEO_ID}?is_from_webapp=1`,
    );
    await byTestId('post-url-parsed').waitFor();
    expect(await byTestId('post-url-parsed').getAttribute('data-platform')).toBe('tiktok');
    expect(await byTestId('post-url-id').textContent()).toContain(NEW_VIDEO_ID);
    await byTestId('post-creator').selectOption(creator.id);
    await byTestId('post-caption').fill('Đập hộp serum mới');
    await snap(page, 'posts-02-add-dialog');
    await byTestId('post-submit').click();
    await byTestId('post-drawer').waitFor();
    await byTestId('post-latest').waitFor();
    expect(await byTestId('post-drawer').getByRole('heading').first().textContent()).toBe(creator.name);
    expect(await byTestId('post-existing').count()).toBe(0);
  });

  it('adds a snapshot by hand and sees it in the history and in the table', async () => {
    await byTestId('snapshot-views').fill('12.500');
    await byTestId('snapshot-likes').fill('830');
    await byTestId('snapshot-submit').click();
    await byTestId('post-chart-views').locator('canvas').waitFor();
    await expect.poll(() => byTestId('post-latest-views').textContent()).toBe('12.500');
    expect(await byTestId('post-latest-comments').textContent()).toBe('—');
    expect(await byTestId('post-api-example').textContent()).toContain('/snapshots');
    await snap(page, 'posts-03-drawer');
    await page.keyboard.press('Escape');
    await byTestId('posts-search').fill(NEW_VIDEO_ID);
    await expect.poll(() => byTestId('post-row').count()).toBe(1);
    const row = byTestId('post-row').first();
    await expect.poll(() => cellNumber(row, 'views')).toBe(12_500);
    expect(await cellNumber(row, 'likes')).toBe(830);
    expect(await cellNumber(row, 'comments')).toBeNull();
    expect(await byTestId('posts-shown').textContent()).toBe('Đang hiện 1 trên 1 bài đăng');
    await snap(page, 'posts-04-found');
  });

  it('says the same link is already there and opens that post', async () => {
    await byTestId('post-add').click();
    await byTestId('post-url').fill(`tiktok.com/@${creator.handle}/video/${NEW_VIDEO_ID}`);
    await byTestId('post-url-parsed').waitFor();
    await byTestId('post-submit').click();
    await byTestId('post-existing').waitFor();
    await expect.poll(() => byTestId('post-latest-views').textContent()).toBe('12.500');
    await page.keyboard.press('Escape');
  });

  it('explains the three ways to get posts in when a campaign has none', async () => {
    const response = await page.request.post(`${api}/campaigns`, { data: { name: 'Chiến dịch trống' } });
    expect(response.status()).toBe(201);
    const empty = (await response.json()) as { id: string };
    await page.goto(`${workspacePath}/campaigns/${empty.id}/posts`);
    await byTestId('posts-empty').waitFor();
    expect(await byTestId('posts-empty').locator('li').count()).toBe(3);
    await snap(page, 'posts-05-empty');
  });
});
