import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { SignInService } from '@schakel/api';
import { startApi, type ApiHarness } from '@schakel/api-harness';
import { freePort } from './api-process';
import { buildWebApp, seriousViolations } from './browser';

/** An id on a screen is a failure: people read names. */
export const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Retries an assertion until it holds (a page draws after its data arrives), at most `ms`. */
export async function eventually(check: () => Promise<void>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export const shows = (locator: Locator, text: string) => eventually(async () => expect(await locator.innerText()).toContain(text));
export const lacks = (locator: Locator, text: string) => eventually(async () => expect(await locator.innerText()).not.toContain(text));

/**
 * Opens a sign-in link the way a person does (the link page, its button) and lands in the app.
 * `onLinkPage` looks at the link page before the button is pressed.
 */
export async function signInByLink(api: ApiHarness, context: BrowserContext, email: string, onLinkPage?: (page: Page) => Promise<void>): Promise<Page> {
  const link = await api.app.get(SignInService).issueLink(email, 'browser-test');
  expect(link).toMatch(/\/auth\/sign-in\?code=/);
  const page = await context.newPage();
  await page.goto(link!);
  await onLinkPage?.(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((to) => !to.pathname.startsWith('/auth'));
  return page;
}

/**
 * A screen is finished drawing, accessible (axe: no serious or critical violation), photographed into
 * `folder`, and shows no id. Resolves to the page's text.
 */
export async function checkScreen(page: Page, name: string, folder: string): Promise<string> {
  await page.waitForLoadState('networkidle');
  await eventually(async () => expect(await page.locator('.page-status').count()).toBe(0));
  expect({ screen: name, violations: await seriousViolations(page) }).toEqual({ screen: name, violations: [] });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
  const text = await page.locator('body').innerText();
  expect({ screen: name, uuid: UUID.exec(text)?.[0] ?? null }).toEqual({ screen: name, uuid: null });
  return text;
}

/** The built web app served by a real API (SQLite in a temporary folder) on a free local port. */
export interface ServedWebApp {
  readonly api: ApiHarness;
  /** Where a browser opens it, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /** The folder the app was built into (removed by close). */
  readonly webDir: string;
  close(): Promise<void>;
}

export async function serveWebApp(): Promise<ServedWebApp> {
  const webDir = buildWebApp();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const api = await startApi({ SCHAKEL_WEB_DIR: webDir, SCHAKEL_PUBLIC_URL: url });
  await api.app.listen(port, '127.0.0.1');
  return {
    api,
    url,
    webDir,
    async close() {
      await api.close();
      rmSync(webDir, { recursive: true, force: true });
    },
  };
}
