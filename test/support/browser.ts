import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const ROOT = join(__dirname, '..', '..');

/** Debian's Chromium (apt-get install chromium); .ci/run installs it when it is missing. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser tests run: always with CI=true (a missing Chromium then fails them), else only
 * when Chromium is installed (they skip, saying so, on a laptop without it).
 */
export function browserTestsRun(): boolean {
  if (process.env.CI === 'true' || existsSync(CHROMIUM)) return true;
  process.stdout.write(`web app browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium; with CI=true they run and fail)\n`);
  return false;
}

/** Builds the web app (vite build) into a fresh folder, as npm run build does into dist/web. */
export function buildWebApp(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'schakel-web-'));
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', 'apps/web', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (built.status !== 0) throw new Error(`vite build failed:\n${built.stdout}\n${built.stderr}`);
  return outDir;
}

export interface Browser {
  /**
   * A new browser profile (no cookies), as a person opening the app for the first time; `args` adds
   * Chromium switches (e.g. a fake camera that plays a file).
   */
  person(viewport?: { width: number; height: number }, args?: readonly string[]): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startBrowser(): Promise<Browser> {
  const profiles: { context: BrowserContext; dir: string }[] = [];
  return {
    async person(viewport = { width: 1280, height: 860 }, args: readonly string[] = []) {
      const dir = mkdtempSync(join(tmpdir(), 'schakel-chromium-'));
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM,
        headless: true,
        viewport,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...args],
      });
      context.setDefaultTimeout(20_000);
      profiles.push({ context, dir });
      return context;
    },
    async close() {
      for (const { context, dir } of profiles) {
        await context.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** axe-core's serious and critical violations of a page, as readable lines (none is the goal). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

/**
 * A screenshot of a screen: into docs/ui/ when UPDATE_UI_SCREENSHOTS=1 (the pictures of docs/ui.md),
 * else into a temporary folder, so a test run leaves the repository as it was.
 */
export function screenshotFolder(): string {
  const dir = process.env.UPDATE_UI_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'ui') : mkdtempSync(join(tmpdir(), 'schakel-ui-'));
  mkdirSync(dir, { recursive: true });
  return dir;
}
