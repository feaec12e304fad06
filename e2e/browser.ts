import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const ARTIFACTS = fileURLToPath(new URL('./artifacts', import.meta.url));

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Saves a full-page screenshot under e2e/artifacts/ (kept by CI as evidence of what users saw). */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // The sidebar sticks to the top of the viewport; a full-page capture keeps the scroll position, so a page
  // scrolled down would show the sidebar halfway down. Capture from the top.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export interface OpenPage {
  browser: Browser;
  page: Page;
}

/** A fresh Chromium with one Vietnamese page on the test server; each test file opens its own. */
export async function openPage(
  baseURL: string,
  options: { height?: number; acceptDownloads?: boolean } = {},
): Promise<OpenPage> {
  const browser = await launchChromium();
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1360, height: options.height ?? 860 },
    locale: 'vi-VN',
    acceptDownloads: options.acceptDownloads ?? false,
  });
  return { browser, page: await context.newPage() };
}

/** Signs a new user up through the UI, creates their first workspace, and returns its path (`/w/<id>`). */
export async function signUpWithWorkspace(
  page: Page,
  user: { name: string; email: string; workspace: string },
): Promise<string> {
  await page.goto('/sign-up');
  await page.getByTestId('signup-name').fill(user.name);
  await page.getByTestId('signup-email').fill(user.email);
  await page.getByTestId('signup-password').fill('mat-khau-an-toan-2026');
  await page.getByTestId('signup-submit').click();
  await page.getByTestId('create-workspace-name').fill(user.workspace);
  await page.getByTestId('create-workspace-submit').click();
  await page.waitForURL(/\/w\/[0-9a-f-]{36}/);
  await page.getByTestId('workspace-switcher').first().waitFor();
  return new URL(page.url()).pathname.split('/').slice(0, 3).join('/');
}

/** Loads the demo data from the home page and waits until its job has succeeded (a minute and a half at most). */
export async function loadDemoData(page: Page, workspacePath: string): Promise<void> {
  await page.getByTestId('demo-load').first().click();
  await page.getByTestId('demo-job').waitFor();
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
}
