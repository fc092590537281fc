// Playwright Test is the runner; puppeteer-core drives Firefox ESR over WebDriver BiDi (browser.ts). Fixtures:
// a worker-scoped HTTPS fixture server, a fresh Firefox per test with the Firefox build installed, and the
// same Firefox without the extension for with/without comparisons. Helpers below speak puppeteer's Page.
import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import type { PostEvent } from '../../../lib/budget/types';
import { SCORE_KEYS, type ScoreKey } from '../../../lib/scoring/types';
import type { PostedEntry } from '../fixtures/shared/api.ts';
import { type FixtureServer, startFixtureServer } from '../server.ts';
import { EXTENSION_ORIGIN, type LaunchedFirefox, launchFirefox } from './browser.ts';

export { expect };

export interface FirefoxFixtures {
  /** Firefox ESR with the extension (`.output/firefox-mv3`) installed temporarily; a fresh profile per test. */
  firefox: LaunchedFirefox;
  /** The same Firefox setup without the extension. */
  bareFirefox: LaunchedFirefox;
}

export const test = base.extend<FirefoxFixtures, { server: FixtureServer }>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright needs the destructuring to see no dependencies.
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  firefox: async ({ server }, use) => {
    const launched = await launchFirefox(server.port);
    await use(launched);
    await launched.close();
  },
  bareFirefox: async ({ server }, use) => {
    const launched = await launchFirefox(server.port, null);
    await use(launched);
    await launched.close();
  },
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Opens a fixture URL in a new tab and waits until its `window.__fixture` API is installed. */
export async function openFixture(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady !== undefined);
  return page;
}

export function model(page: Page, index = 0): Promise<string> {
  return page.evaluate((i) => window.__fixture?.model(i) ?? '<no fixture>', index);
}

export function posted(page: Page): Promise<PostedEntry[]> {
  return page.evaluate(() => window.__fixture?.posted ?? []);
}

/**
 * The scores the overlay's badges show ("Tone 77" → 77), read through its shadow root; an empty object
 * while there are no badges.
 */
export function shownScores(page: Page): Promise<Partial<Record<ScoreKey, number>>> {
  return page.evaluate((keys) => {
    const root = document.querySelector('steady-overlay')?.shadowRoot;
    const out: Record<string, number> = {};
    for (const key of keys) {
      const text = root?.querySelector(`.badge[data-score=${key}]`)?.textContent;
      const value = text?.match(/(\d+)\s*$/)?.[1];
      if (value !== undefined) out[key] = Number(value);
    }
    return out;
  }, SCORE_KEYS);
}

/** The overlay's badge count (0 when the coach is not running on the page). */
export function badgeCount(page: Page): Promise<number> {
  return page.evaluate(
    () => document.querySelector('steady-overlay')?.shadowRoot?.querySelectorAll('.badge').length ?? 0,
  );
}

/** Starts recording every mutation inside `selector`'s element (read back with `editorMutations`). */
export async function watchEditor(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`no ${sel}`);
    const w = window as unknown as { __steadyProbe: MutationRecord[] };
    w.__steadyProbe = [];
    new MutationObserver((records) => w.__steadyProbe.push(...records)).observe(el, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  }, selector);
}

export function editorMutations(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __steadyProbe: MutationRecord[] }).__steadyProbe.length);
}

/**
 * One of the extension's own pages (options.html, popup.html) in a new tab. puppeteer's `goto` waits for a
 * network response that WebDriver BiDi never reports for moz-extension:// documents (verified on Firefox
 * 153.8 ESR: the page is loaded, the navigation promise times out), so the navigation is started without
 * waiting and the document's own readiness is awaited instead.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${path}`;
  void page.goto(url, { timeout: 0 }).catch(() => {});
  await expect
    .poll(
      () => page.evaluate(() => `${location.href} ${document.readyState}`).catch((e: unknown) => String(e)),
      { timeout: 15_000 },
    )
    .toBe(`${url} complete`);
  return page;
}

/** The browser namespace of an extension page, for `page.evaluate` (Firefox's own `browser`, promise-based). */
export interface ExtensionApi {
  storage: { local: { get(key?: string | null): Promise<Record<string, unknown>> } };
  permissions: {
    getAll(): Promise<{ origins?: string[]; permissions?: string[] }>;
    contains(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
  runtime: { getManifest(): { manifest_version: number; background?: unknown } };
}

/** The post log's events, read from an extension page. */
export function postEvents(extensionPage: Page): Promise<PostEvent[]> {
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const log = (await api.storage.local.get('post-log'))['post-log'];
    const events = typeof log === 'object' && log !== null ? Reflect.get(log, 'events') : undefined;
    return Array.isArray(events) ? (events as PostEvent[]) : [];
  });
}

/** After the log reached `count`: long enough for a duplicate or a late stray event to land. */
const SETTLE_MS = 1_200;

/** Waits until the log holds `count` events, then a moment more, and checks that it is still `count`. */
export async function waitForEvents(extensionPage: Page, count: number): Promise<PostEvent[]> {
  await expect.poll(async () => (await postEvents(extensionPage)).length, { timeout: 15_000 }).toBe(count);
  await sleep(SETTLE_MS);
  const events = await postEvents(extensionPage);
  expect(events).toHaveLength(count);
  return events;
}

export { sleep };
