import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, openPage, signUpWithWorkspace, snap } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let workspacePath = '';

const byTestId = (id: string) => page.getByTestId(id);
/** 100 follower profiles from the instafake data set (40 fake) and one bad row, with Vietnamese headers. */
const FOLLOWER_SAMPLE = fileURLToPath(
  new URL('../packages/server/test/follower-samples.fixture.csv', import.meta.url),
);

/** What a talent manager sends: a title row, a handle column nobody can guess, typos and bad numbers. */
async function messyXlsx(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KOL tháng 11');
  sheet.addRow(['DANH SÁCH KOL — cập nhật 20/11']);
  sheet.addRow(['Họ và tên', 'Nền tảng', 'Kênh của bạn', 'Lượt theo dõi', 'Khu vực', 'Báo giá']);
  sheet.addRow(['Lan Anh Review', 'TikTok', '@lananh.review', '12,5K', 'Hà Nội', '1tr2']);
  sheet.addRow(['Minh Khoa', 'TikTok', 'minhkhoa.food', '1.2M', 'Hà Nội', '15 triệu']);
  sheet.addRow([]);
  sheet.addRow(['Sai nền tảng', 'Myspace', 'ai.do', 'nhiều lắm', 'Huế', '']);
  sheet.addRow(['Thu Hà', 'Instagram', 'thuha.daily', '', 'Đà Nẵng', '2.500.000']);
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, 'messy-creators.xlsx');
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

beforeAll(async () => {
  ({ browser, page } = await openPage(baseUrl, { acceptDownloads: true }));
});
afterAll(async () => {
  await browser?.close();
});

describe('a talent manager imports a messy sheet, finds creators in Hà Nội and vets one', () => {
  it('signs up, creates a workspace and loads demo data', async () => {
    workspacePath = await signUpWithWorkspace(page, {
      name: 'Trần Thu Trang',
      email: 'trang@kol-agency.vn',
      workspace: 'KOL Agency Hà Nội',
    });
    await page.goto(`${workspacePath}/creators`);
    await byTestId('demo-load').first().click();
    await page.waitForSelector(
      '[data-testid="demo-job"] [aria-valuenow="100"], [data-testid="creators-table"]',
      { timeout: 90_000 },
    );
  });

  it('uploads the XLSX, sees the problems, fixes the mapping and imports with a progress bar', async () => {
    await page.goto(`${workspacePath}/creators`);
    await byTestId('creators-import').click();
    await byTestId('import-file').setInputFiles(await messyXlsx());
    await byTestId('import-preview').waitFor();
    // "Kênh của bạn" is not a known header: the preview asks for the handle column.
    await expect.poll(() => byTestId('import-mapping-problems').textContent()).toContain('handle');
    await snap(page, 'creators-01-import-mapping-problem');
    await byTestId('import-map-2').selectOption('handle');
    await byTestId('import-recheck').click();
    await expect.poll(() => byTestId('import-valid').textContent()).toContain('3');
    expect(await byTestId('import-rejected').textContent()).toContain('1');
    const problems = await byTestId('import-problems').textContent();
    expect(problems).toContain('Myspace');
    expect(problems).toContain('Lượt theo dõi');
    await snap(page, 'creators-02-import-preview');
    await byTestId('import-run').click();
    await page.waitForSelector('[data-testid="import-progress-container"][data-status="succeeded"]', {
      timeout: 60_000,
    });
    expect(await page.getByTestId('import-progress').getAttribute('aria-valuenow')).toBe('100');
    await byTestId('import-rejected-file').waitFor();
    await snap(page, 'creators-03-import-done');
  });

  it('searches "ha noi" without accents and finds the imported creators', async () => {
    await byTestId('import-done').click();
    await byTestId('creator-search').fill('ha noi');
    // Until the debounced search lands the table still lists everyone, Thu Hà (Đà Nẵng) included.
    await expect
      .poll(
        async () => {
          const text = (await byTestId('creators-table').textContent()) ?? '';
          return (
            text.includes('Lan Anh Review') && text.includes('Minh Khoa') && !text.includes('thuha.daily')
          );
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await snap(page, 'creators-04-search-ha-noi');
  });

  it('opens a demo creator profile and reads the quality evidence', async () => {
    await byTestId('creator-filters-toggle').click();
    await byTestId('filter-tier').selectOption('micro');
    await byTestId('filter-sort').selectOption('followers');
    await expect
      .poll(async () => {
        const rows = await byTestId('creator-row').allTextContents();
        return rows.length > 0 && rows.every((row) => row.includes('Micro'));
      })
      .toBe(true);
    await byTestId('creator-link')
      .filter({ hasNotText: /Lan Anh|Minh Khoa/ })
      .first()
      .click();
    await byTestId('quality-evidence').waitFor({ timeout: 20_000 });
    await expect.poll(() => byTestId('quality-signal').count()).toBe(7);
    const evidence = await byTestId('quality-evidence').textContent();
    expect(evidence).toMatch(/Bình luận/);
    expect(await byTestId('er-benchmark').textContent()).toContain('Nguồn');
    await byTestId('chart-followers').waitFor();
    await snap(page, 'creators-05-profile');
  });

  it('records a decision and downloads the PDF dossier', async () => {
    await byTestId('decision-reason').fill('Khán giả đúng tệp, bình luận thật');
    await byTestId('decision-approve').click();
    await expect.poll(() => byTestId('decision-history').textContent()).toContain('Khán giả đúng tệp');
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId('dossier-pdf').click()]);
    const file = path.join(ARTIFACTS, 'creator-dossier.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(file).length).toBeGreaterThan(5_000);
  });

  it('uploads a follower sample on the profile and reads the fake-follower estimate', async () => {
    await byTestId('follower-sample-file').setInputFiles(FOLLOWER_SAMPLE);
    await byTestId('follower-sample-upload').click();
    await expect
      .poll(() => byTestId('follower-sample-meta').textContent(), { timeout: 20_000 })
      .toContain('100/101');
    expect(await byTestId('follower-sample-fake').textContent()).toMatch(/\d+(,\d)? %/);
    expect(await byTestId('follower-sample-problems').textContent()).toContain('Đang theo dõi');
    await snap(page, 'creators-06-follower-sample');
  });

  it('saves a search and adds two creators to a new shortlist', async () => {
    await page.goto(`${workspacePath}/creators`);
    await byTestId('creator-search').fill('ha noi');
    await byTestId('saved-search-save').click();
    await byTestId('saved-search-name').fill('KOL Hà Nội');
    await byTestId('saved-search-confirm').click();
    await expect.poll(() => byTestId('saved-search-select').textContent()).toContain('KOL Hà Nội');
    await byTestId('creator-select').nth(0).check();
    await byTestId('creator-select').nth(1).check();
    await byTestId('shortlist-new-name').fill('Tết 2027');
    await byTestId('shortlist-add').click();
    await expect.poll(() => byTestId('shortlist-added').textContent()).toContain('2');
    await byTestId('creator-lists-link').click();
    await expect.poll(() => byTestId('lists-shortlist').textContent()).toContain('Tết 2027');
    expect(await byTestId('lists-shortlist').textContent()).toContain('2');
    expect(await byTestId('lists-saved_search').textContent()).toContain('KOL Hà Nội');
    await snap(page, 'creators-07-lists');
  });
});
