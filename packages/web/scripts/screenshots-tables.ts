/**
 * Throwaway visual check of the data tables and a running job before the server's demo data exists: signs up on a
 * running server, then answers the creators, campaigns and job endpoints with fixtures via request interception.
 * Usage: BASE_URL=http://localhost:3100 OUT_DIR=/tmp/lantoa-web-shots node --import tsx packages/web/scripts/screenshots-tables.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3100';
const OUT_DIR = process.env.OUT_DIR ?? '/tmp/lantoa-web-shots';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const account = (id: string, platform: string, handle: string, followers: number, tier: string) => ({
  id,
  platform,
  handle,
  followers,
  tier,
});
const CREATORS = {
  items: [
    {
      id: 'c1',
      name: 'Trang Nguyễn Review',
      avatarUrl: null,
      niches: ['Làm đẹp', 'Chăm sóc da'],
      location: 'TP. Hồ Chí Minh',
      status: 'active',
      accounts: [
        account('a1', 'tiktok', 'trangreview', 48200, 'micro'),
        account('a2', 'instagram', 'trang.review', 9100, 'nano'),
      ],
    },
    {
      id: 'c2',
      name: 'Bếp Nhà Mẹ Ốc',
      avatarUrl: null,
      niches: ['Ẩm thực'],
      location: 'Hà Nội',
      status: 'active',
      accounts: [account('a3', 'facebook', 'bepnhameoc', 1234567, 'mega')],
    },
    {
      id: 'c3',
      name: 'Đức Anh Vlog',
      avatarUrl: null,
      niches: ['Du lịch', 'Công nghệ'],
      location: 'Đà Nẵng',
      status: 'active',
      accounts: [
        account('a4', 'youtube', '@ducanhvlog', 356000, 'macro'),
        account('a5', 'zalo', 'ducanh', 820, 'koc'),
      ],
    },
  ],
  nextCursor: 'next',
};
const CAMPAIGNS = {
  items: [
    {
      id: 'p1',
      name: 'Ra mắt Cà phê Sữa Đá Lon',
      status: 'live',
      brand: 'Sương Mai',
      startDate: '2025-03-01',
      endDate: '2025-04-15',
      budget: { amount: 350000000, currency: 'VND' },
    },
    {
      id: 'p2',
      name: 'Tết 2026 — Quà tặng doanh nghiệp',
      status: 'planned',
      brand: 'Sương Mai',
      startDate: '2025-12-15',
      endDate: null,
      budget: { amount: 1250000000, currency: 'VND' },
    },
    {
      id: 'p3',
      name: 'Seeding nano KOC tháng 2',
      status: 'completed',
      brand: null,
      startDate: '2025-02-01',
      endDate: '2025-02-28',
      budget: null,
    },
  ],
};

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.route('**/api/v1/workspaces/*/creators**', (route) => route.fulfill({ json: CREATORS }));
  await page.route('**/api/v1/workspaces/*/campaigns', (route) => route.fulfill({ json: CAMPAIGNS }));
  await page.route('**/api/v1/workspaces/*/jobs/job-fixture', (route) =>
    route.fulfill({
      json: {
        id: 'job-fixture',
        type: 'demo.load',
        status: 'running',
        progress: 45,
        message: 'Đang tạo 120 nhà sáng tạo…',
        attempts: 1,
        maxAttempts: 3,
        error: null,
        result: null,
        createdAt: new Date().toISOString(),
        startedAt: null,
        finishedAt: null,
      },
    }),
  );
  await page.route('**/api/v1/workspaces/*/demo', (route) =>
    route.fulfill({ status: 202, json: { jobId: 'job-fixture' } }),
  );

  await page.goto(`${BASE_URL}/sign-up`);
  await page.getByTestId('signup-name').fill('Lê Hoa');
  await page.getByTestId('signup-email').fill(`hoa.${Date.now()}@agency.vn`);
  await page.getByTestId('signup-password').fill('MatKhau-Hoa-2025!');
  await page.getByTestId('signup-submit').click();
  await page.getByTestId('create-workspace-name').fill('Agency Lan Tỏa — Khách hàng A');
  await page.getByTestId('create-workspace-submit').click();
  await page.waitForURL(/\/w\/[^/]+$/);
  await page.getByTestId('demo-load').click();
  await page.getByTestId('demo-progress').waitFor();
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(OUT_DIR, '30-job-running.png') });
  await page.getByTestId('nav-creators').click();
  await page.getByTestId('creators-table').waitFor();
  await page.screenshot({ path: join(OUT_DIR, '31-creators-table.png'), fullPage: true });
  await page.getByTestId('nav-campaigns').click();
  await page.getByTestId('campaigns-table').waitFor();
  await page.screenshot({ path: join(OUT_DIR, '32-campaigns-table.png'), fullPage: true });
  await page.getByTestId('language-switch').selectOption('en');
  await page.screenshot({ path: join(OUT_DIR, '33-campaigns-table-en.png'), fullPage: true });
  await page.getByTestId('language-switch').selectOption('vi');
  await page.setViewportSize({ width: 375, height: 812 });
  await page.getByTestId('mobile-menu').click();
  await page.getByTestId('nav-creators').click();
  await page.getByTestId('creators-table').waitFor();
  await page.screenshot({ path: join(OUT_DIR, '34-mobile-creators-table.png'), fullPage: true });
  await browser.close();
  console.log(`saved 30–34 in ${OUT_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
