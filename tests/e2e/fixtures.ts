// Playwright fixtures for the end-to-end suite: a worker-scoped HTTPS fixture server, a persistent Chromium
// context with the built extension (`.output/chrome-mv3`) and the hostname mapping, the extension id, and a
// context WITHOUT the extension on the same pages (for fidelity comparisons: same page, with and without).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, expect, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser.ts';
import type { FixtureApi, PostedEntry } from './fixtures/shared/api.ts';
import { type FixtureServer, startFixtureServer } from './server.ts';

export { expect };

/**
 * The built extension. `STEADY_EXTENSION_DIR` points at another build output directory (its `chrome-mv3`
 * and `chrome-mv3-mastodon-e2e`), so a run is not disturbed by someone else rebuilding `.output/`.
 */
export const OUTPUT_DIR = resolve(process.env.STEADY_EXTENSION_DIR ?? '.output');
export const EXTENSION_PATH = join(OUTPUT_DIR, 'chrome-mv3');

export interface WorkerFixtures {
  server: FixtureServer;
}

export interface TestOptions {
  /**
   * The browser's UI language for `context` (e.g. `test.use({ browserLanguage: 'de' })`), or undefined for
   * Chromium's default. Sets `--lang` (what `chrome.i18n` and so @wxt-dev/i18n pick the extension's
   * locale from; verified on Chromium 150: `--lang=nl` works, `--lang=nl-NL` does not) and `--accept-lang`
   * (navigator.language, which pages see).
   */
  browserLanguage: string | undefined;
}

export interface TestFixtures {
  /** Persistent Chromium context with the extension loaded (Playwright's `page` opens in it). */
  context: BrowserContext;
  extensionId: string;
  /** The same browser setup without the extension. */
  bareContext: BrowserContext;
  barePage: Page;
}

interface Launched {
  context: BrowserContext;
  /** Closes the browser and removes its temporary profile. */
  dispose(): Promise<void>;
}

async function launch(
  server: FixtureServer,
  extensionPath: string | undefined,
  language?: string,
): Promise<Launched> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'steady-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    // A full Chromium binary in headless mode runs Chrome's new headless mode, which loads extensions.
    headless: process.env.STEADY_HEADED !== '1',
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [
      ...chromiumArgs({ port: server.port, ...(extensionPath ? { extensionPath } : {}) }),
      ...(language ? [`--lang=${language}`, `--accept-lang=${language}`] : []),
    ],
  });
  return {
    context,
    dispose: async () => {
      await context.close();
      // Chromium's helper processes can still be writing the profile for a moment after close.
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => {});
    },
  };
}

export const test = base.extend<TestOptions & TestFixtures, WorkerFixtures>({
  browserLanguage: [undefined, { option: true }],
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright needs the destructuring to see no dependencies.
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ server, browserLanguage }, use) => {
    if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) {
      throw new Error(
        `${EXTENSION_PATH} is missing: run \`npx wxt build\` (npm run test:e2e does it for you).`,
      );
    }
    const launched = await launch(server, EXTENSION_PATH, browserLanguage);
    await use(launched.context);
    await launched.dispose();
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
  },
  bareContext: async ({ server }, use) => {
    const launched = await launch(server, undefined);
    await use(launched.context);
    await launched.dispose();
  },
  barePage: async ({ bareContext }, use) => {
    const page = await bareContext.newPage();
    await use(page);
  },
});

/** Opens a fixture URL and waits until its `window.__fixture` API is installed. */
export async function openFixture(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady !== undefined);
}

export function model(page: Page, index = 0): Promise<string> {
  return page.evaluate((i) => window.__fixture?.model(i) ?? '<no fixture>', index);
}

export function posted(page: Page): Promise<PostedEntry[]> {
  return page.evaluate(() => window.__fixture?.posted ?? []);
}

/** Calls one of the fixture API's methods that take at most one string. */
export async function callFixture(
  page: Page,
  method: 'remount' | 'open' | 'close' | 'switchAccount',
  arg?: string,
): Promise<void> {
  await page.evaluate(
    ([name, value]) => {
      const api: FixtureApi | undefined = window.__fixture;
      if (!api) throw new Error('window.__fixture is missing');
      if (name === 'switchAccount') api.switchAccount(value ?? '');
      else api[name]();
    },
    [method, arg] as const,
  );
}

/** Waits until the fixture has recorded `count` posts and returns them. */
export async function waitForPosted(page: Page, count: number): Promise<PostedEntry[]> {
  await expect.poll(async () => (await posted(page)).length, { timeout: 5_000 }).toBe(count);
  return posted(page);
}
