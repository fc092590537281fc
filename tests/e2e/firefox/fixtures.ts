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

// The overlay's shadow root is closed (the page must not read the coach), so neither `page.evaluate` (the
// page's world) nor puppeteer's `>>>` selectors reach inside it. The extension can: an extension page (the
// options page, opened once per browser) runs `browser.scripting.executeScript` into the fixture tab, whose
// function runs in the content script's world, where Firefox exposes `Element.openOrClosedShadowRoot()`
// to WebExtension content scripts. The build under test is the production build; it has no test hook.
// Clicks go through `page.mouse` at the element's centre: real, trusted input, the only input the overlay
// acts on. The names mirror ../overlay.ts (the Chromium reader over CDP).

export interface BadgeView {
  /** What it shows, e.g. "Push 42/100 worth a look". */
  text: string;
  /** good, consider or rework. */
  band: string;
  expanded: boolean;
  /** Laid out and not hidden (the Chromium reader lists only these). */
  visible: boolean;
}

export interface OverlayView {
  /** Every badge by score key (broadcast, pushiness, missingValue), visible or not. */
  badges: Record<string, BadgeView>;
  /** How many `.badge` elements the overlay holds. */
  badgeElements: number;
  /** The open panel, or null. */
  panel: { text: string; items: Array<{ rule: string; spans: number; text: string }> } | null;
  /** The centre of the element `read(page, selector)` asked for, in viewport pixels; null when not on screen. */
  centre: { x: number; y: number } | null;
}

/**
 * Runs in the content script's world (serialized by `scripting.executeScript`: self-contained, JSON in and
 * out). `mine` tells the page under test (its `window.name` is `token`) from other tabs at the same URL;
 * `view` is null when there is no overlay on the page.
 */
function readOverlayInContentScript(
  selector: string | null,
  token: string,
): { mine: boolean; view: OverlayView | null } {
  if (window.name !== token) return { mine: false, view: null };
  const host = document.querySelector('steady-overlay');
  if (!host) return { mine: true, view: null };
  // Firefox gives content scripts `openOrClosedShadowRoot` as a read-only property of Element (not a
  // method, unlike Chrome's `chrome.dom.openOrClosedShadowRoot(el)`, the fallback).
  const dom = (globalThis as unknown as { browser?: { dom?: { openOrClosedShadowRoot?: unknown } } }).browser
    ?.dom;
  let root =
    (host as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
  if (!root && typeof dom?.openOrClosedShadowRoot === 'function')
    root = (dom.openOrClosedShadowRoot as (el: Element) => ShadowRoot | null)(host);
  if (!root) throw new Error('openOrClosedShadowRoot is not available in the content script world');
  const visible = (el: Element) =>
    el instanceof HTMLElement && el.getClientRects().length > 0 && el.checkVisibility();
  const badges: Record<string, BadgeView> = {};
  for (const b of root.querySelectorAll<HTMLElement>('.badge[data-score]')) {
    const key = b.dataset.score ?? '';
    if (key in badges) continue;
    badges[key] = {
      text: (b.textContent ?? '').trim(),
      band: ['good', 'consider', 'rework'].find((c) => b.classList.contains(c)) ?? '',
      expanded: b.getAttribute('aria-expanded') === 'true',
      visible: visible(b),
    };
  }
  const panelEl = root.querySelector('.panel');
  const panel =
    panelEl && visible(panelEl)
      ? {
          text: panelEl.textContent ?? '',
          items: [...panelEl.querySelectorAll<HTMLElement>('li[data-rule]')].map((li) => ({
            rule: li.dataset.rule ?? '',
            spans: Number(li.dataset.spans),
            text: li.textContent ?? '',
          })),
        }
      : null;
  let centre: { x: number; y: number } | null = null;
  const target = selector === null ? null : root.querySelector(selector);
  if (target && target.getClientRects().length > 0) {
    const r = target.getBoundingClientRect();
    centre = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return {
    mine: true,
    view: { badges, badgeElements: root.querySelectorAll('.badge').length, panel, centre },
  };
}

/** Runs in the options page: injects `func` into the one tab at `tabUrl`, in the content script's world. */
async function readFromExtensionPage(
  tabUrl: string,
  sel: string | null,
  token: string,
  func: (selector: string | null, token: string) => { mine: boolean; view: OverlayView | null },
): Promise<OverlayView | null> {
  const api = (
    globalThis as unknown as {
      browser: {
        tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
        scripting: {
          executeScript(d: {
            target: { tabId: number };
            func: (...args: never[]) => unknown;
            args: unknown[];
          }): Promise<Array<{ result?: unknown; error?: unknown }>>;
        };
      };
    }
  ).browser;
  // The extension's host permission for the fixture host makes the tab's url visible without `tabs`; none
  // visible means none the extension may run a content script in, so no overlay.
  const tabs = (await api.tabs.query({})).filter((t) => t.url === tabUrl);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const [injection] = await api.scripting.executeScript({
      target: { tabId: tab.id },
      func,
      args: [sel, token],
    });
    if (injection?.error !== undefined) throw new Error(String(injection.error));
    const answer = injection?.result as { mine: boolean; view: OverlayView | null } | undefined;
    if (answer?.mine) return answer.view;
  }
  if (tabs.length > 0) throw new Error(`none of the ${tabs.length} tabs at ${tabUrl} is named ${token}`);
  return null;
}

const pageTokens = new WeakMap<Page, string>();
let tokenCount = 0;

/** One options page per browser: the extension page the reads are made from. */
const readerPages = new WeakMap<Browser, Promise<Page>>();

function readerPage(browser: Browser): Promise<Page> {
  let page = readerPages.get(browser);
  if (!page) {
    page = openExtensionPage(browser, 'options.html');
    readerPages.set(browser, page);
  }
  return page;
}

/**
 * What the overlay on `page` shows now (null without an overlay or a content script), read in the content
 * script's world of `page`'s tab. `selector` (CSS, inside the overlay) asks for that element's centre too.
 */
export async function readOverlay(page: Page, selector: string | null = null): Promise<OverlayView | null> {
  const fresh = !readerPages.has(page.browser());
  const reader = await readerPage(page.browser());
  // Opening the options page made it the selected tab; give the page under test its tab back.
  if (fresh) await page.bringToFront();
  // Names the page's window so the read can tell its tab from another tab at the same URL.
  let token = pageTokens.get(page);
  if (!token) {
    token = `steady-e2e-${++tokenCount}`;
    pageTokens.set(page, token);
  }
  // The page sees the overlay's host element (only its shadow root is closed to it).
  const { url, host } = await page.evaluate((name) => {
    window.name = name;
    return { url: location.href, host: document.querySelector('steady-overlay') !== null };
  }, token);
  // One expression, so the content script's function reaches the options page as a function (the
  // extension page's CSP forbids rebuilding it from a string there).
  const view = (await reader.evaluate(
    `(${readFromExtensionPage})(${JSON.stringify(url)}, ${JSON.stringify(selector)}, ${JSON.stringify(token)}, ${readOverlayInContentScript})`,
  )) as OverlayView | null;
  // A tab the extension may not see has no content script; an overlay there would be a bug, not "none".
  if (view === null && host)
    throw new Error(`${url} has a steady-overlay the extension's read did not reach`);
  return view;
}

/**
 * The scores the overlay's badges show ("Tone 77/100 rework" → 77), read through its closed shadow root; an
 * empty object while there are no badges.
 */
export async function shownScores(page: Page): Promise<Partial<Record<ScoreKey, number>>> {
  const badges = (await readOverlay(page))?.badges ?? {};
  const out: Partial<Record<ScoreKey, number>> = {};
  for (const key of SCORE_KEYS) {
    const value = badges[key]?.text.match(/(\d+)\s*\/\s*100\b/)?.[1];
    if (value !== undefined) out[key] = Number(value);
  }
  return out;
}

/** The overlay's badge count (0 when the coach is not running on the page). */
export async function badgeCount(page: Page): Promise<number> {
  return (await readOverlay(page))?.badgeElements ?? 0;
}

/** Clicks the element (a CSS selector inside the overlay) with the mouse at its centre, once it is on screen. */
export async function clickInOverlay(page: Page, selector: string, timeout = 5_000): Promise<void> {
  let centre: { x: number; y: number } | null = null;
  await expect
    .poll(
      async () => {
        centre = (await readOverlay(page, selector))?.centre ?? null;
        return centre !== null;
      },
      { timeout, message: `overlay ${selector}` },
    )
    .toBe(true);
  const at = centre as { x: number; y: number } | null;
  if (at) await page.mouse.click(at.x, at.y);
}

/** Clicks the badge for `key` (broadcast, pushiness, missingValue). */
export function clickBadge(page: Page, key: ScoreKey): Promise<void> {
  return clickInOverlay(page, `.badge[data-score=${key}]`);
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
