import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, loadDemoData, openPage, signUpWithWorkspace, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let workspacePath = '';
let campaign = { id: '', name: '' };

const byTestId = (id: string) => page.getByTestId(id);

function artifact(name: string, text: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  writeFileSync(file, text);
  return file;
}

/** A Shopee order export: an order on two item lines, a cancelled one, and a line without its order id. */
const SHOPEE = [
  'Mã đơn hàng,Ngày đặt hàng,Trạng Thái Đơn Hàng,Tên sản phẩm,Số lượng,Tổng giá trị đơn hàng (VND),Mã giảm giá của Shop,Mã giảm giá của Shopee,Người Mua',
  '260301E2E1,2026-03-01 10:15,Hoàn thành,Son kem lì,1,"350.000",,,buyer_01',
  '260301E2E1,2026-03-01 10:15,Hoàn thành,Son dưỡng,1,"350.000",,,buyer_01',
  '260302E2E2,2026-03-02 20:00,Đã hủy,Son kem lì,2,"500.000",,,buyer_02',
  ',2026-03-03 09:00,Chờ xác nhận,Phấn nước,1,"420.000",,,buyer_03',
].join('\n');

/** A GA4 export from the Vietnamese interface: metadata lines, a total row, and a day that does not exist. */
const GA4 = [
  '# ----------------------------------------',
  '# Thu nạp lưu lượng truy cập: Nguồn / phương tiện của phiên',
  '# Ngày bắt đầu: 20260301',
  '# Ngày kết thúc: 20260302',
  'Nguồn / phương tiện của phiên,Ngày,Phiên,Phiên tương tác,Thời gian tương tác trung bình',
  'tiktok / referral,20260301,1.200,900,1m 05s',
  'facebook / referral,20260301,400,200,00:00:40',
  'google / organic,20260302,300,240,20',
  'Tổng cộng,,1900,1340,',
  'tiktok / referral,20260231,50,25,10',
].join('\n');

async function waitForImport() {
  await page.waitForSelector('[data-testid="import-progress-container"][data-status="succeeded"]', {
    timeout: 60_000,
  });
  await byTestId('import-result').waitFor({ timeout: 60_000 });
}

async function rejectedFileText(): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    byTestId('import-rejected-file').click(),
  ]);
  const file = path.join(ARTIFACTS, download.suggestedFilename());
  await download.saveAs(file);
  return readFileSync(file, 'utf8');
}

beforeAll(async () => {
  ({ browser, page } = await openPage(baseUrl, { acceptDownloads: true, height: 1000 }));
  // Background jobs of the demo share the embedded database's one connection: give every action a minute.
  page.setDefaultTimeout(60_000);
});
afterAll(async () => {
  await browser?.close();
});

describe('a campaign analyst imports marketplace orders and a GA4 export', () => {
  it('signs up and loads the demo workspace', async () => {
    workspacePath = await signUpWithWorkspace(page, {
      name: 'Phạm Quốc Bảo',
      email: 'bao@hoasen.vn',
      workspace: 'Hoa Sen Analytics',
    });
    await loadDemoData(page, workspacePath);
    const api = `/api/v1/workspaces/${workspacePath.split('/')[2]}`;
    campaign = await page.evaluate(async (url) => {
      const body = (await (await fetch(`${url}/campaigns`)).json()) as {
        items: { id: string; name: string }[];
      };
      return body.items[0] ?? { id: '', name: '' };
    }, api);
    expect(campaign.id).not.toBe('');
  });

  it('chooses "orders", sees Shopee recognised and imports with a rejected-rows file', async () => {
    await page.goto(`${workspacePath}/imports`);
    await byTestId('import-kind-orders').click();
    await expect.poll(() => byTestId('import-kind-hint').textContent()).toContain('Shopee');
    await byTestId('import-file').setInputFiles(artifact('shopee-orders.csv', SHOPEE));
    await byTestId('import-preview').waitFor({ timeout: 60_000 });
    expect(await byTestId('import-fixed-marketplace').inputValue()).toBe('shopee');
    expect(await byTestId('import-valid').textContent()).toContain('3');
    expect(await byTestId('import-rejected').textContent()).toContain('1');
    expect(await byTestId('import-notes').textContent()).toContain('2 đơn hàng trên 3 dòng');
    await snap(page, 'imports-01-orders-preview');
    await byTestId('import-run').click();
    await waitForImport();
    expect(await byTestId('import-result-orders').textContent()).toContain('2');
    expect(await byTestId('import-result-created').textContent()).toContain('2');
    expect(await byTestId('import-result-rejected').textContent()).toContain('1');
    await snap(page, 'imports-02-orders-done');
    const rejected = await rejectedFileText();
    expect(rejected).toContain('Mã đơn hàng');
    expect(rejected.split('\n').filter((line) => line.trim()).length).toBe(2);
  });

  it('opens the GA4 import from a deep link with the campaign chosen and imports sessions', async () => {
    await page.goto(`${workspacePath}/imports?kind=ga4&campaignId=${campaign.id}`);
    expect(await byTestId('import-kind-ga4').getAttribute('data-selected')).toBe('true');
    await byTestId('import-file').setInputFiles(artifact('ga4-export.csv', GA4));
    await byTestId('import-preview').waitFor({ timeout: 60_000 });
    await expect.poll(() => byTestId('import-fixed-campaign').inputValue()).toBe(campaign.id);
    expect(await byTestId('import-valid').textContent()).toContain('3');
    expect(await byTestId('import-rejected').textContent()).toContain('2');
    const problems = await byTestId('import-problems').textContent();
    expect(problems).toContain('dòng tổng của file xuất');
    expect(problems).toContain('20260231');
    expect(await byTestId('import-notes').textContent()).toContain('1900 phiên trên 3 dòng');
    await snap(page, 'imports-03-ga4-preview');
    await byTestId('import-run').click();
    await waitForImport();
    expect(await byTestId('import-result-created').textContent()).toContain('3');
    expect(await byTestId('import-result-sessions').textContent()).toContain('1.900');
    await snap(page, 'imports-04-ga4-done');
    expect(await rejectedFileText()).toContain('total row');
    await byTestId('import-done').click();
    await page.waitForURL(new RegExp(`/campaigns/${campaign.id}`), { timeout: 60_000 });
  });

  it('imports comments of a demo post from a sheet, scored, with the empty row rejected', async () => {
    const api = `/api/v1/workspaces/${workspacePath.split('/')[2]}`;
    // Demo posts have no public link: the sheet names the post by its id, as exports of an own tool would.
    const postId = await page.evaluate(async (url) => {
      const body = (await (await fetch(url)).json()) as { items: { postId: string }[] };
      return body.items[0]?.postId ?? '';
    }, `${api}/comments?limit=1`);
    expect(postId).not.toBe('');
    const sheet = [
      'Mã bài đăng,Người bình luận,Nội dung bình luận,Thời gian',
      `${postId},e2e.lan,Son này màu đẹp quá mình rất thích,01/03/2026 10:00`,
      `${postId},e2e.minh,Giá bao nhiêu vậy shop?,01/03/2026 10:05`,
      `${postId},e2e.trong,,01/03/2026 10:06`,
    ].join('\n');
    await page.goto(`${workspacePath}/imports?kind=comments`);
    await byTestId('import-file').setInputFiles(artifact('binh-luan.csv', sheet));
    await byTestId('import-preview').waitFor({ timeout: 60_000 });
    expect(await byTestId('import-valid').textContent()).toContain('2');
    await byTestId('import-run').click();
    await waitForImport();
    expect(await byTestId('import-result-created').textContent()).toContain('2');
    expect(await byTestId('import-result-scored').textContent()).toContain('2');
    expect(await byTestId('import-result-rejected').textContent()).toContain('1');
    await snap(page, 'imports-05-comments-done');
  });
});
