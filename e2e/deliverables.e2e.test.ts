import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, signUpWithWorkspace, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let reviewer: Browser;
let client: Page;
let workspacePath: string;
let api: string;
let campaignId: string;
let reviewUrl: string;

const byTestId = (id: string) => page.getByTestId(id);

/** A local day and time in Hồ Chí Minh City, `days` from now, as the datetime-local value and as ISO. */
function vnTime(days: number, hour: number) {
  const day = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  const local = `${day}T${String(hour).padStart(2, '0')}:00`;
  return { local, iso: `${local}:00+07:00` };
}

async function post<T>(url: string, data: unknown): Promise<T> {
  const response = await page.request.post(`${api}${url}`, { data });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

beforeAll(async () => {
  ({ browser, page } = await openPage(baseUrl, { height: 900 }));
  reviewer = await launchChromium();
  const context = await reviewer.newContext({
    baseURL: baseUrl,
    viewport: { width: 1100, height: 900 },
    locale: 'vi-VN',
  });
  client = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await reviewer?.close();
});

describe('a deliverable goes through approval by an external reviewer, and the calendar flags a conflict', () => {
  it('prepares a campaign with two assigned beauty creators', async () => {
    workspacePath = await signUpWithWorkspace(page, {
      name: 'Lê Minh Thư',
      email: 'thu@agency.vn',
      workspace: 'Cỏ Mềm Content',
    });
    api = `/api/v1/workspaces/${workspacePath.split('/')[2]}`;
    const creator = (name: string, handle: string) =>
      post<{ id: string }>('/creators', {
        name,
        niches: ['Làm đẹp'],
        location: 'Hồ Chí Minh',
        accounts: [{ platform: 'tiktok', handle }],
      });
    const linh = await creator('Linh Beauty', 'linh.beauty.e2e');
    const minh = await creator('Minh Review', 'minh.review.e2e');
    const campaign = await post<{ id: string }>('/campaigns', {
      name: 'Serum Tết',
      brand: 'Cỏ Mềm',
      startDate: vnTime(-1, 0).local.slice(0, 10),
      endDate: vnTime(40, 0).local.slice(0, 10),
    });
    campaignId = campaign.id;
    await post(`/campaigns/${campaignId}/creators`, {
      creators: [{ creatorId: linh.id }, { creatorId: minh.id }],
    });
  });

  it('creates a deliverable for an assigned creator and adds a draft that the checks flag', async () => {
    await page.goto(`${workspacePath}/campaigns/${campaignId}/deliverables`);
    await byTestId('deliverable-new').click();
    await byTestId('deliverable-title').fill('Video review serum');
    await byTestId('deliverable-due').fill(vnTime(5, 20).local);
    await byTestId('deliverable-submit').click();
    await byTestId('deliverable-row').first().click();
    await byTestId('deliverable-drawer').waitFor();
    await byTestId('draft-caption').fill('Serum Cỏ Mềm giúp da mình mịn hẳn sau hai tuần, mọi người thử nhé');
    await byTestId('draft-submit').click();
    await byTestId('check-missing_disclosure').waitFor();
    expect(
      await byTestId('deliverable-drawer')
        .getByTestId('deliverable-status')
        .first()
        .getAttribute('data-status'),
    ).toBe('in_review');
    await snap(page, 'deliverables-01-draft-checks');
  });

  it('creates a review link that a client opens without login and asks for changes', async () => {
    await byTestId('review-link-create').click();
    reviewUrl = (await byTestId('review-link-href').textContent())?.trim() ?? '';
    expect(reviewUrl).toMatch(/\/r\/[\w-]{32}$/);
    await client.goto(new URL(reviewUrl).pathname);
    await client.getByTestId('public-review').waitFor();
    expect(await client.getByTestId('review-caption').textContent()).toContain('Serum Cỏ Mềm');
    await client.getByTestId('reviewer-name').fill('Chị Hà – Cỏ Mềm');
    await client.getByTestId('review-comment').fill('Thêm #quangcao ở đầu caption giúp chị nhé');
    await snap(client, 'deliverables-02-review-page');
    await client.getByTestId('review-request-changes').click();
    await client.getByTestId('review-not-waiting').waitFor();
    expect(await client.getByTestId('thread-comment').first().textContent()).toContain('Thêm #quangcao');
  });

  it('adds a new draft in the app, which the client then approves through the link', async () => {
    await page.keyboard.press('Escape');
    await page.reload();
    await byTestId('deliverable-row').first().click();
    await byTestId('deliverable-drawer').getByTestId('thread-comment').first().waitFor();
    expect(await byTestId('status-history').textContent()).toContain('Chị Hà – Cỏ Mềm');
    await byTestId('draft-add').click();
    await byTestId('draft-caption').fill(
      '#quangcao Serum Cỏ Mềm giúp da mình mịn hẳn sau hai tuần, mọi người thử nhé',
    );
    await byTestId('draft-submit').click();
    await byTestId('draft-checks-ok').waitFor();

    await client.reload();
    await client.getByTestId('review-approve').click();
    await client.getByTestId('review-not-waiting').waitFor();
    await snap(client, 'deliverables-03-approved-by-client');

    await page.keyboard.press('Escape');
    await page.reload();
    await expect
      .poll(() =>
        byTestId('deliverable-row').first().getByTestId('deliverable-status').getAttribute('data-status'),
      )
      .toBe('approved');
    await snap(page, 'deliverables-04-approved-in-app');
  });

  it('flags two key posts to the same audience less than 48 h apart on the calendar, with the reason', async () => {
    const creators = await (await page.request.get(`${api}/campaigns/${campaignId}`)).json();
    const [linh, minh] = creators.creators as { creatorId: string }[];
    for (const [creator, time, title] of [
      [linh, vnTime(2, 20), 'Livestream mở bán'],
      [minh, vnTime(3, 10), 'Video mở hộp'],
    ] as const)
      await post(`/campaigns/${campaignId}/deliverables`, {
        creatorId: creator?.creatorId,
        title,
        type: 'video',
        platform: 'tiktok',
        dueAt: time.iso,
        scheduledAt: time.iso,
        important: true,
      });
    await page.goto(`${workspacePath}/campaigns/${campaignId}/calendar`);
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
    await snap(page, 'deliverables-05-calendar-conflict');
  });

  it('sets how long before due owners are reminded, in Settings, and keeps it', async () => {
    await page.goto(`${workspacePath}/settings/general`);
    const before = byTestId('reminder-before-hours');
    await expect.poll(() => before.inputValue()).toBe('24');
    expect(await before.locator('option:checked').textContent()).toBe('1 ngày');
    await before.selectOption('48');
    await byTestId('reminder-settings-save').click();
    await byTestId('reminder-settings-form').getByText('Đã lưu thay đổi.').waitFor();
    await byTestId('reminder-settings-form').scrollIntoViewIfNeeded();
    await snap(page, 'deliverables-06-reminder-settings');
    await page.reload();
    await expect.poll(() => byTestId('reminder-before-hours').inputValue()).toBe('48');
    const stored = await (await page.request.get(`${api}/reminder-settings`)).json();
    expect(stored).toEqual({ beforeHours: 48 });
  });
});
