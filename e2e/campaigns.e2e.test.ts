import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, signUpWithWorkspace, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let reviewerContext: BrowserContext;
let client: Page;

/** A local day and time in Hồ Chí Minh City, `days` from now, as the datetime-local input value. */
function vnLocalTime(days: number, hour: number): string {
  const day = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
}

beforeAll(async () => {
  ({ browser, page } = await openPage(baseUrl, { height: 900 }));
});
afterAll(async () => {
  await reviewerContext?.close();
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
    const options = await byTestId('campaign-status-select').locator('option').all();
    const moves = await Promise.all(options.map((option) => option.getAttribute('value')));
    expect(moves).toEqual(['draft', 'planned', 'live', 'archived']);
    await byTestId('campaign-status-select').selectOption('live');
    await expect.poll(() => byTestId('campaign-status-select').inputValue()).toBe('live');
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '').toContain('Đang chạy');
  });

  it('lets the optimiser pick a mix, compares scenarios and assigns the creators', async () => {
    await byTestId('mix-budget').fill('120.000.000');
    await byTestId('mix-run').click();
    await byTestId('mix-results').waitFor({ timeout: 60_000 });
    const table = await byTestId('mix-scenarios').textContent();
    for (const label of ['Nhiều nano', 'Một mega', 'Tối ưu', 'Chọn tham lam']) expect(table).toContain(label);
    await snap(page, 'campaigns-06-mix');
    await byTestId('mix-assign').click();
    await expect
      .poll(async () => (await byTestId('campaign-creators').textContent()) ?? '', { timeout: 15_000 })
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

describe('on the same campaign, a deliverable goes through external approval and the calendar flags a clash', () => {
  it('creates a deliverable for an assigned creator and adds a draft that the checks flag', async () => {
    await byTestId('campaign-tab-deliverables').click();
    await byTestId('deliverable-new').click();
    const creators = byTestId('deliverable-creator').locator('option');
    expect(await creators.count()).toBeGreaterThanOrEqual(1);
    await byTestId('deliverable-title').fill('Video review serum');
    await byTestId('deliverable-due').fill(vnLocalTime(5, 20));
    await snap(page, 'campaigns-09-deliverable-form');
    await byTestId('deliverable-submit').click();
    await byTestId('deliverable-row').first().click();
    await byTestId('deliverable-drawer').waitFor();
    await byTestId('draft-caption').fill(
      'Serum Vitamin C giúp da mình sáng hẳn sau bảy ngày, mọi người thử nhé',
    );
    await byTestId('draft-submit').click();
    await byTestId('check-missing_disclosure').waitFor();
    expect(
      await byTestId('deliverable-drawer')
        .getByTestId('deliverable-status')
        .first()
        .getAttribute('data-status'),
    ).toBe('in_review');
    await snap(page, 'campaigns-10-draft-checks');
  });

  it('creates a review link that a client opens without login and asks for changes', async () => {
    await byTestId('review-link-create').click();
    const reviewUrl = (await byTestId('review-link-href').textContent())?.trim() ?? '';
    expect(reviewUrl).toMatch(/\/r\/[\w-]{32}$/);
    reviewerContext = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1100, height: 900 },
      locale: 'vi-VN',
    });
    client = await reviewerContext.newPage();
    await client.goto(new URL(reviewUrl).pathname);
    await client.getByTestId('public-review').waitFor();
    expect(await client.getByTestId('review-caption').textContent()).toContain('Serum Vitamin C');
    await client.getByTestId('reviewer-name').fill('Chị Hà – Cỏ Mềm');
    await client.getByTestId('review-comment').fill('Thêm #quangcao ở đầu caption giúp chị nhé');
    await snap(client, 'campaigns-11-review-page');
    await client.getByTestId('review-request-changes').click();
    await client.getByTestId('review-not-waiting').waitFor();
    expect(await client.getByTestId('thread-comment').first().textContent()).toContain('Thêm #quangcao');
    await snap(client, 'campaigns-12-changes-requested');
  });

  it('adds a new draft in the app, which the client then approves through the link', async () => {
    await page.keyboard.press('Escape');
    await page.reload();
    await byTestId('deliverable-row').first().click();
    await byTestId('deliverable-drawer').getByTestId('thread-comment').first().waitFor();
    expect(await byTestId('status-history').textContent()).toContain('Chị Hà – Cỏ Mềm');
    await byTestId('draft-add').click();
    await byTestId('draft-caption').fill(
      '#quangcao Serum Vitamin C giúp da mình sáng hẳn sau bảy ngày, mọi người thử nhé',
    );
    await byTestId('draft-submit').click();
    await byTestId('draft-checks-ok').waitFor();
    await snap(page, 'campaigns-13-second-draft');

    await client.reload();
    await client.getByTestId('review-approve').click();
    await client.getByTestId('review-not-waiting').waitFor();
    await snap(client, 'campaigns-14-approved-by-client');

    await page.keyboard.press('Escape');
    await page.reload();
    await expect
      .poll(() =>
        byTestId('deliverable-row').first().getByTestId('deliverable-status').getAttribute('data-status'),
      )
      .toBe('approved');
    await snap(page, 'campaigns-15-approved-in-app');
  });

  it('flags two important posts to the same audience 14 hours apart on the calendar, with the reason', async () => {
    // One creator's two posts reach the same people, whatever niches the optimiser's picks have.
    for (const [title, at] of [
      ['Livestream mở bán', vnLocalTime(2, 20)],
      ['Video mở hộp', vnLocalTime(3, 10)],
    ] as const) {
      await byTestId('deliverable-new').click();
      await byTestId('deliverable-title').fill(title);
      await byTestId('deliverable-due').fill(at);
      await byTestId('deliverable-scheduled').fill(at);
      await byTestId('deliverable-important').check();
      await byTestId('deliverable-submit').click();
      await byTestId('deliverable-row').filter({ hasText: title }).waitFor();
    }
    expect(await byTestId('deliverable-row').count()).toBe(3);
    await byTestId('campaign-tab-calendar').click();
    await byTestId('calendar-conflicts').waitFor();
    // Near the end of a month the two posts may fall in the next one.
    if ((await byTestId('conflict-audience_overlap').count()) === 0) await byTestId('calendar-next').click();
    await byTestId('conflict-audience_overlap').waitFor();
    expect(await byTestId('conflict-audience_overlap').textContent()).toContain('cách nhau 14 giờ');
    expect(await byTestId('conflict-badge').count()).toBeGreaterThanOrEqual(2);
    const flagged = byTestId('calendar-entry')
      .filter({ has: page.getByTestId('conflict-badge') })
      .first();
    expect(await flagged.getAttribute('title')).toContain('Hai bài quan trọng');
    await snap(page, 'campaigns-16-calendar-conflict');
  });
});
