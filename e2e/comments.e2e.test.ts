import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDemoData, openPage, signUpWithWorkspace, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let workspacePath = '';
let campaignId = '';

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
    await loadDemoData(page, workspacePath);
    // The home page cached the campaign list while the demo was still writing it; a fresh load reads it whole.
    await page.reload();
  });

  it("opens a campaign's comments with its sentiment score and chart", async () => {
    await byTestId('nav-comments').first().click();
    await byTestId('comments-list').waitFor();
    const apiPath = `/api/v1/workspaces/${workspacePath.split('/')[2]}/comments?limit=200`;
    campaignId = await page.evaluate(async (url) => {
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

describe('a brand manager handles a negative spike', () => {
  const workspaceId = () => workspacePath.split('/')[2] ?? '';

  it('sees an alert after a burst of complaints, with a badge in the navigation', async () => {
    // A week of ordinary comments on one campaign post, then 24 complaints today: far above the usual
    // negative share. Every text is different (the same text from three accounts is a seeding ring: spam).
    const raised = await page.evaluate(async (ws) => {
      const comments = (await (await fetch(`/api/v1/workspaces/${ws}/comments?limit=200`)).json()) as {
        items: { postId: string; campaignId: string | null }[];
      };
      const target = comments.items.find((c) => c.campaignId !== null);
      const day = 86_400_000;
      const now = Date.now();
      const history = Array.from({ length: 42 }, (_, i) => ({
        author: `fan_${i}`,
        text: `Video số ${i} hay quá, cảm ơn chị đã chia sẻ nha`,
        at: new Date(now - (1 + Math.floor(i / 6)) * day - i * 60_000).toISOString(),
      }));
      const complaints = [
        'Hàng giả, thất vọng quá',
        'Giao hàng chậm, đóng gói tệ',
        'Chất lượng kém, đừng mua',
      ];
      const burst = Array.from({ length: 24 }, (_, i) => ({
        author: `khach_${i}`,
        text: `${complaints[i % 3]}, đơn ${1000 + i}`,
        at: new Date(now - i * 60_000).toISOString(),
      }));
      const push = (list: object[]) =>
        fetch(`/api/v1/workspaces/${ws}/posts/${target?.postId}/comments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ comments: list }),
        });
      const first = await push(history);
      const second = await push(burst);
      return Math.max(first.status, second.status);
    }, workspaceId());
    expect(raised).toBeLessThan(300);
    await expect
      .poll(
        () =>
          page.evaluate(async (ws) => {
            const response = await fetch(`/api/v1/workspaces/${ws}/alerts?status=open`);
            return ((await response.json()) as { counts: { open: number } }).counts.open;
          }, workspaceId()),
        { timeout: 60_000, interval: 1_000 },
      )
      .toBeGreaterThan(0);
    await page.reload();
    await byTestId('nav-alerts-badge').first().waitFor();
    expect(Number(await byTestId('nav-alerts-badge').first().textContent())).toBeGreaterThan(0);
  });

  it('acknowledges the alert with a note, then resolves it', async () => {
    await byTestId('comments-campaign').selectOption('');
    const row = byTestId('alert-row').first();
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('open');
    const openBefore = Number(await byTestId('alerts-count-open').textContent());
    await row.getByTestId('alert-note').fill('Đã liên hệ nhà sáng tạo và shop');
    await row.getByTestId('alert-acknowledge').click();
    await expect.poll(() => byTestId('alert-row').first().getAttribute('data-status')).toBe('acknowledged');
    expect(await byTestId('alert-history').first().textContent()).toContain(
      'Đã liên hệ nhà sáng tạo và shop',
    );
    expect(Number(await byTestId('alerts-count-open').textContent())).toBe(openBefore - 1);
    await snap(page, 'comments-04-alert-acknowledged');
    await byTestId('alert-row').first().getByTestId('alert-resolve').click();
    await byTestId('alerts-filter-resolved').click();
    await expect.poll(() => byTestId('alert-row').first().getAttribute('data-status')).toBe('resolved');
  });
});

describe('a brand manager teaches share of voice another spelling of the brand', () => {
  it('adds an alias for the brand and sees it kept', async () => {
    await page.goto(`${workspacePath}/comments`);
    const campaignSelect = byTestId('comments-campaign');
    await campaignSelect.waitFor();
    const firstCampaign = await campaignSelect.locator('option').nth(1).getAttribute('value');
    await campaignSelect.selectOption(firstCampaign ?? '');
    await byTestId('sov-card').waitFor();
    await byTestId('aliases-toggle').click();
    const input = byTestId('aliases-input-brand');
    await input.waitFor();
    await input.fill('tra may, #TraMay');
    await byTestId('aliases-save').click();
    await byTestId('aliases-editor').waitFor({ state: 'detached' });
    await byTestId('aliases-toggle').click();
    await expect.poll(() => byTestId('aliases-input-brand').inputValue()).toBe('tra may, #TraMay');
    await snap(page, 'comments-05-aliases');
  });
});

describe('a brand manager compares creators and posts', () => {
  let postId = '';
  const rowsOf = (attribute: string) =>
    byTestId('comment-row').evaluateAll((rows, name) => rows.map((row) => row.getAttribute(name)), attribute);

  it('offers every creator in the creator filter even before a campaign is chosen', async () => {
    await page.goto(`${workspacePath}/comments`);
    await byTestId('comments-list').waitFor();
    await expect.poll(() => byTestId('comments-creator').locator('option').count()).toBeGreaterThan(10);
    const someone = await byTestId('comments-creator').locator('option').nth(1).getAttribute('value');
    await byTestId('comments-creator').selectOption(someone ?? '');
    await byTestId('creator-sentiment').getByTestId('sentiment-score-tile').waitFor();
  });

  it('chooses a creator of the campaign and sees only that creator’s comments', async () => {
    await byTestId('comments-campaign').selectOption(campaignId);
    await byTestId('campaign-sentiment').waitFor();
    const creator = byTestId('comments-creator').locator('option').nth(1);
    const creatorId = (await creator.getAttribute('value')) ?? '';
    expect(creatorId).not.toBe('');
    await byTestId('comments-creator').selectOption(creatorId);
    await expect.poll(() => page.url()).toContain(`creatorId=${creatorId}`);
    await expect
      .poll(async () => {
        const ids = await rowsOf('data-creator-id');
        return ids.length > 0 && ids.every((id) => id === creatorId);
      })
      .toBe(true);
    await snap(page, 'comments-06-one-creator');
  });

  it('reads each creator’s sentiment, intents and objections, with examples', async () => {
    await byTestId('comments-creator').selectOption('');
    const table = byTestId('creator-sentiment-table');
    await table.waitFor();
    const rows = table.getByTestId('creator-sentiment-row');
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await table.locator('th').allTextContents()).toEqual(
      expect.arrayContaining(['Điểm cảm xúc', 'Tích cực', 'Trung lập', 'Tiêu cực', 'Ý định mua', 'Phản đối']),
    );
    const toggle = table.locator('[data-testid="creator-examples-toggle"]:enabled').first();
    await toggle.click();
    await table.getByTestId('creator-examples-purchase_intent').waitFor();
    await table.getByTestId('creator-examples-objection').waitFor();
    const examples = await table.getByTestId('comment-evidence').count();
    expect(examples).toBeGreaterThan(0);
    await table.scrollIntoViewIfNeeded();
    await snap(page, 'comments-07-by-creator');
  });

  it('sees the share-of-voice chart and the words driving sentiment', async () => {
    await byTestId('sov-chart').locator('canvas').waitFor();
    const drivers = await page.locator('[data-testid^="drivers-"] li').count();
    expect(drivers).toBeGreaterThan(0);
  });

  it('opens one post’s comments from the campaign’s Posts tab and sees the post chip', async () => {
    await page.goto(`${workspacePath}/campaigns/${campaignId}`);
    await byTestId('campaign-tab-posts').click();
    const link = byTestId('post-comments-link').first();
    await link.waitFor();
    await link.click();
    await expect.poll(() => page.url()).toContain('postId=');
    postId = new URL(page.url()).searchParams.get('postId') ?? '';
    const chip = byTestId('comments-post-chip');
    await chip.waitFor();
    await expect.poll(() => chip.textContent()).toMatch(/^Bài đăng: .+ · \d{2}\/\d{2}\/\d{4}/);
    await byTestId('post-sentiment').waitFor();
    await expect
      .poll(async () => {
        const ids = await rowsOf('data-post-id');
        return ids.length > 0 && ids.every((id) => id === postId);
      })
      .toBe(true);
    await snap(page, 'comments-08-one-post');
    await byTestId('comments-post-chip-remove').click();
    await chip.waitFor({ state: 'detached' });
    expect(page.url()).not.toContain('postId=');
    await byTestId('campaign-sentiment').waitFor();
  });

  it('drops the post chip when another campaign is chosen', async () => {
    await page.goto(`${workspacePath}/comments?campaignId=${campaignId}&postId=${postId}`);
    await byTestId('comments-post-chip').waitFor();
    await byTestId('comments-campaign').selectOption('');
    await byTestId('comments-post-chip').waitFor({ state: 'detached' });
    expect(page.url()).not.toContain('postId=');
  });

  it('reads the page in English', async () => {
    await byTestId('comments-campaign').selectOption(campaignId);
    await byTestId('creator-sentiment-table').waitFor();
    await byTestId('language-switch').first().selectOption('en');
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Comments & sentiment');
    expect(await byTestId('creator-sentiment-table').locator('th').allTextContents()).toEqual(
      expect.arrayContaining([
        'Sentiment score',
        'Positive',
        'Neutral',
        'Negative',
        'Purchase intent',
        'Objection',
      ]),
    );
    expect(await byTestId('sentiment-score-tile').getAttribute('title')).toContain('(positive − negative)');
    await byTestId('sov-chart').locator('canvas').waitFor();
    await snap(page, 'comments-09-english');
    await byTestId('language-switch').first().selectOption('vi');
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Bình luận & cảm xúc');
  });
});

describe('a brand manager keeps every sentiment number on one model and one language', () => {
  const api = () => `/api/v1/workspaces/${workspacePath.split('/')[2]}`;
  interface SentimentNumbers {
    summary: { total: number; otherLanguage: number };
    otherModel: number;
    unscored: number;
  }
  const campaignSentiment = async () =>
    (await (await page.request.get(`${api()}/campaigns/${campaignId}/sentiment`)).json()) as SentimentNumbers;
  const campaignPostId = async () => {
    const response = await page.request.get(`${api()}/comments?campaignId=${campaignId}&limit=1`);
    return ((await response.json()) as { items: { postId: string }[] }).items[0]?.postId ?? '';
  };
  // Thai, Korean and Japanese: the language detector calls them "other"; each text differs so none is a ring.
  const foreign = ['สินค้าดีมาก ส่งเร็ว', '배송이 빠르고 좋아요', 'とても良い商品です'];
  const otherLanguageComments = (count: number, from: number) =>
    Array.from({ length: count }, (_, i) => ({
      author: `intl_${from + i}`,
      text: `${foreign[i % foreign.length]} ${from + i}`,
      at: new Date(Date.now() - (from + i) * 60_000).toISOString(),
    }));
  const shownOtherLanguage = async () =>
    Number(await byTestId('sentiment-other-language').getAttribute('data-count'));

  it('shows the other-language comments apart from the score, as many as the API counts', async () => {
    const before = await campaignSentiment();
    expect(before.otherModel).toBe(0);
    const pushed = await page.request.post(`${api()}/posts/${await campaignPostId()}/comments`, {
      data: { comments: otherLanguageComments(6, 0) },
    });
    expect(pushed.status(), await pushed.text()).toBe(202);
    await expect
      .poll(async () => (await campaignSentiment()).summary.otherLanguage, { timeout: 30_000 })
      .toBe(before.summary.otherLanguage + 6);
    await page.goto(`${workspacePath}/comments?campaignId=${campaignId}`);
    await byTestId('sentiment-other-language').waitFor();
    expect(await shownOtherLanguage()).toBe(before.summary.otherLanguage + 6);
    expect(await byTestId('sentiment-other-language').textContent()).toBe(
      `${before.summary.otherLanguage + 6} bình luận ngôn ngữ khác (không tính vào điểm)`,
    );
    // Every comment is scored by the configured model: no re-scoring notice, no "other model" badge.
    expect(await byTestId('rescore-notice').count()).toBe(0);
    expect(await byTestId('comment-other-model').count()).toBe(0);
    await snap(page, 'comments-10-other-language');
  });

  it('re-scores through the API and watches the job finish, then reads the refreshed numbers', async () => {
    const before = await campaignSentiment();
    // 1,500 fresh comments (15 of them Thai, Korean or Japanese): the re-score job goes through every comment
    // the configured model has not scored yet, so it has work to do.
    const vietnamese = Array.from({ length: 1485 }, (_, i) => ({
      author: `fan_moi_${i}`,
      text: `Sản phẩm số ${i} dùng thử thấy ${i % 2 === 0 ? 'rất thích, sẽ mua thêm' : 'bình thường thôi'}`,
      at: new Date(Date.now() - i * 1_000).toISOString(),
    }));
    const pushed = await page.request.post(`${api()}/posts/${await campaignPostId()}/comments`, {
      data: { comments: [...vietnamese, ...otherLanguageComments(15, 100)] },
    });
    expect(pushed.status(), await pushed.text()).toBe(202);
    const rescore = await page.request.post(`${api()}/comments/rescore`, { data: {} });
    expect(rescore.status(), await rescore.text()).toBe(202);
    const started = (await rescore.json()) as { modelId: string; pending: number; jobId: string | null };
    expect(started.pending).toBeGreaterThan(0);
    expect(started.jobId).not.toBeNull();

    await page.goto(`${workspacePath}/comments?campaignId=${campaignId}&scoringJob=${started.jobId}`);
    await byTestId('rescore-progress-container').waitFor();
    await expect
      .poll(() => byTestId('rescore-progress-container').getAttribute('data-status'), { timeout: 60_000 })
      .toBe('succeeded');
    const job = (await (await page.request.get(`${api()}/jobs/${started.jobId}`)).json()) as {
      status: string;
    };
    expect(job.status).toBe('succeeded');
    await expect.poll(() => byTestId('rescore-notice').textContent()).toContain('Đã chấm lại xong');
    await snap(page, 'comments-11-rescored');

    const after = await campaignSentiment();
    expect(after.unscored).toBe(0);
    expect(after.otherModel).toBe(0);
    expect(after.summary.otherLanguage).toBe(before.summary.otherLanguage + 15);
    await expect.poll(shownOtherLanguage).toBe(before.summary.otherLanguage + 15);

    await byTestId('language-switch').first().selectOption('en');
    await expect
      .poll(() => byTestId('sentiment-other-language').textContent())
      .toBe(`${before.summary.otherLanguage + 15} comments in other languages (not in the score)`);
    expect(await byTestId('rescore-notice').textContent()).toContain('Re-scoring finished');
    await snap(page, 'comments-12-rescored-english');
    await byTestId('rescore-dismiss').click();
    await byTestId('rescore-notice').waitFor({ state: 'detached' });
    expect(page.url()).not.toContain('scoringJob=');
    await byTestId('language-switch').first().selectOption('vi');
  });
});
