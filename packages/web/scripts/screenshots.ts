/**
 * Throwaway visual check: drives the built SPA served by a running Lantoa server and saves screenshots.
 * Usage: BASE_URL=http://localhost:3100 OUT_DIR=/tmp/lantoa-web-shots [SERVER_LOG=/path/to/server.log] \
 *          node --import tsx packages/web/scripts/screenshots.ts
 * With SERVER_LOG (a server without SMTP writes reset links there) the password-reset page is visited too.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3100';
const OUT_DIR = process.env.OUT_DIR ?? '/tmp/lantoa-web-shots';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: join(OUT_DIR, `${name}.png`), fullPage: true });
  console.log(`saved ${name}.png`);
}

async function signUp(page: Page, email: string): Promise<void> {
  await page.goto(`${BASE_URL}/sign-up`);
  await page.getByTestId('signup-name').fill('Nguyễn Thị Lan');
  await page.getByTestId('signup-email').fill(email);
  await page.getByTestId('signup-password').fill('MatKhau-LanToa-2025!');
  await shot(page, '02-sign-up-filled');
  await page.getByTestId('signup-submit').click();
  await page.waitForURL(/\/welcome$/);
}

function lastResetLink(logPath: string, email: string): string | null {
  const lines = readFileSync(logPath, 'utf8').split('\n').reverse();
  for (const line of lines) {
    if (!line.includes('password-reset') || !line.includes(email)) continue;
    const link = /"link":"([^"]+)"/.exec(line)?.[1];
    if (link) return link;
  }
  return null;
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && console.log(`console: ${message.text()}`));

  await page.goto(`${BASE_URL}/sign-in`);
  await page.getByTestId('signin-submit').click();
  await shot(page, '01-sign-in-errors');

  const runId = Date.now();
  const inviteeEmail = `minh.${runId}@congty.vn`;
  await signUp(page, `lan.${runId}@congty.vn`);
  await shot(page, '03-welcome');
  await page.getByTestId('create-workspace-name').fill('Cà phê Sương Mai');
  await page.getByTestId('create-workspace-submit').click();
  await page.waitForURL(/\/w\/[^/]+$/);
  await shot(page, '04-overview-empty');

  await page.getByTestId('nav-creators').click();
  await page.getByTestId('demo-load').click();
  await page
    .getByTestId('demo-progress')
    .waitFor({ timeout: 5000 })
    .catch(() => undefined);
  await shot(page, '05-creators-demo-progress');
  await page
    .getByTestId('creators-table')
    .waitFor({ timeout: 60_000 })
    .catch(() => undefined);
  await shot(page, '06-creators-after-demo');
  await page.getByTestId('nav-campaigns').click();
  await shot(page, '07-campaigns');
  await page.getByTestId('nav-links').click();
  await shot(page, '08-links-empty');

  await page.getByTestId('workspace-switcher').click();
  await shot(page, '09-workspace-switcher');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-settings').click();
  await shot(page, '10-settings-general');
  await page.getByTestId('settings-tab-members').click();
  await page.getByTestId('invite-email').fill(inviteeEmail);
  await page.getByTestId('invite-submit').click();
  const inviteUrl = (await page.getByTestId('invite-link').textContent()) ?? '';
  await shot(page, '11-settings-members-invited');

  await page.getByTestId('settings-tab-apiKeys').click();
  await page.getByTestId('api-key-create').click();
  await page.getByTestId('api-key-name').fill('Google Sheets báo cáo tuần');
  await page.getByTestId('api-key-submit').click();
  await page.getByTestId('api-key-secret').waitFor();
  await shot(page, '12-api-key-secret');
  await page.getByTestId('api-key-secret-done').click();
  await shot(page, '13-api-keys-list');

  await page.getByTestId('settings-tab-auditLog').click();
  await page.getByTestId('audit-row').first().waitFor();
  await page.getByTestId('audit-row').first().getByRole('button').click();
  await shot(page, '14-audit-log');

  await page.getByTestId('language-switch').selectOption('en');
  await page.getByTestId('settings-tab-account').click();
  await shot(page, '15-account-en');
  await page.getByTestId('language-switch').selectOption('vi');

  await page.setViewportSize({ width: 375, height: 812 });
  await page.getByTestId('mobile-menu').click();
  await shot(page, '16-mobile-drawer');
  await page.getByTestId('nav-creators').click();
  await shot(page, '17-mobile-creators');

  await page.getByTestId('user-menu').click();
  await shot(page, '18-mobile-user-menu');
  await page.getByTestId('sign-out').click();
  await page.waitForURL(/\/sign-in/);
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.goto(inviteUrl);
  await page.getByTestId('invite-sign-up').waitFor();
  await shot(page, '19-invite-signed-out');
  await page.getByTestId('invite-sign-up').click();
  await page.getByTestId('signup-name').fill('Trần Minh');
  await page.getByTestId('signup-email').fill(inviteeEmail);
  await page.getByTestId('signup-password').fill('MatKhau-Minh-2025!');
  await page.getByTestId('signup-submit').click();
  await page.getByTestId('invite-accept').waitFor();
  await shot(page, '20-invite-signed-in');
  await page.getByTestId('invite-accept').click();
  await page.waitForURL(/\/w\/[^/]+$/);
  await shot(page, '21-invitee-overview');
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.waitForURL(/\/sign-in/);

  const email = inviteeEmail;
  await page.goto(`${BASE_URL}/forgot-password`);
  await page.getByTestId('forgot-email').fill(email);
  await page.getByTestId('forgot-submit').click();
  await page.getByTestId('forgot-sent').waitFor();
  await shot(page, '22-forgot-sent');

  const resetLink = process.env.SERVER_LOG ? lastResetLink(process.env.SERVER_LOG, email) : null;
  if (resetLink) {
    await page.goto(resetLink);
    await page.getByTestId('reset-password').fill('MatKhau-Moi-2026!');
    await page.getByTestId('reset-confirm').fill('MatKhau-Moi-2026!');
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('reset-to-sign-in').waitFor();
    await shot(page, '23-reset-done');
  }

  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
