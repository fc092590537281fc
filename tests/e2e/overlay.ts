// Reads the coach's overlay the way only the extension can. Its shadow root is closed (the page must not
// read the coach: issue 11), so neither the page nor Playwright's locators reach inside it. The content
// script's isolated world can: `chrome.dom.openOrClosedShadowRoot(host)` is the extension API for exactly
// this, available to content scripts (Chrome 88+). Over CDP we find that world (Runtime.executionContextCreated
// with the extension's origin on the main frame, as extension.spec.ts does) and evaluate there. The build
// under test is the production build: no test hook exists in it and none is needed.
//
// Clicks go through `page.mouse` at the element's centre: real, trusted input, like a person's, which is
// the only input the overlay acts on.
import type { CDPSession, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export interface BadgeView {
  /** What it shows, e.g. "Push 42/100 worth a look". */
  text: string;
  /** good, consider or rework. */
  band: string;
  expanded: boolean;
}

export interface PanelItemView {
  rule: string;
  spans: number;
  text: string;
}

export interface OverlayView {
  /** The visible badges by score key (broadcast, pushiness, missingValue). */
  badges: Record<string, BadgeView>;
  budget: { text: string; warning: string | null } | null;
  /** The character counter in the dock ("231 / 280", its words, ok/near/over), or null. */
  chars: { figure: string; words: string; state: string } | null;
  /** The open panel, or null. */
  panel: { text: string; language: string; items: PanelItemView[] } | null;
  /** The open card on an underline (issue 10), or null. */
  card: {
    rule: string;
    text: string;
    /** The data-action of every button in it (apply, ignore-here, never-phrase, never-rule, next, undo). */
    actions: string[];
    outcome: string | null;
    focused: boolean;
    /** Placed next to its word (before that it is hidden at the corner). */
    placed: boolean;
  } | null;
}

/** Runs in the content script's isolated world: `__query` is the function's source, `__arg` its argument. */
const READ = `(() => {
  const host = document.querySelector('steady-overlay');
  if (!host) return null;
  const root = chrome.dom.openOrClosedShadowRoot(host);
  if (!root) return null;
  const visible = (el) => el instanceof HTMLElement && el.getClientRects().length > 0 && el.checkVisibility();
  const badges = {};
  for (const b of root.querySelectorAll('.badge[data-score]'))
    if (visible(b))
      badges[b.dataset.score] = {
        text: b.textContent.trim(),
        band: ['good', 'consider', 'rework'].find((c) => b.classList.contains(c)) ?? '',
        expanded: b.getAttribute('aria-expanded') === 'true',
      };
  const budgetEl = root.querySelector('[data-testid=steady-budget]');
  const panelEl = root.querySelector('.panel');
  const cardEl = root.querySelector('[data-testid=steady-card]');
  const charsEl = root.querySelector('[data-testid=steady-chars]');
  return {
    card: cardEl && visible(cardEl)
      ? {
          rule: cardEl.dataset.rule,
          text: cardEl.textContent,
          actions: [...cardEl.querySelectorAll('button[data-action]')].map((b) => b.dataset.action),
          outcome: cardEl.querySelector('[data-outcome]')?.getAttribute('data-outcome') ?? null,
          focused: root.activeElement === cardEl || cardEl.contains(root.activeElement),
          placed: cardEl.hasAttribute('data-placed'),
        }
      : null,
    badges,
    chars: charsEl && visible(charsEl)
      ? {
          figure: charsEl.querySelector('.sc-figure')?.textContent ?? '',
          words: (charsEl.querySelector('.sc-words')?.textContent ?? '').replace(/^\\s*[·⚠]\\s*/, '').trim(),
          state: charsEl.getAttribute('data-state'),
        }
      : null,
    budget: budgetEl && visible(budgetEl)
      ? { text: budgetEl.textContent.trim(), warning: budgetEl.getAttribute('data-warning') }
      : null,
    panel: panelEl && visible(panelEl)
      ? {
          text: panelEl.textContent,
          language: root.querySelector('[data-testid=steady-language]')?.textContent ?? '',
          items: [...panelEl.querySelectorAll('li[data-rule]')].map((li) => ({
            rule: li.dataset.rule,
            spans: Number(li.dataset.spans),
            text: li.textContent,
          })),
        }
      : null,
  };
})()`;

/** The centre of the first visible element matching `selector` in the overlay, in viewport pixels. */
const CENTRE = (selector: string) => `(() => {
  const host = document.querySelector('steady-overlay');
  const root = host && chrome.dom.openOrClosedShadowRoot(host);
  const el = root?.querySelector(${JSON.stringify(selector)});
  if (!el || el.getClientRects().length === 0) return null;
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
})()`;

const readers = new WeakMap<Page, Promise<OverlayReader>>();

/** The score in a badge's text: the number before "/100" ("Tone 77/100 rework" → 77). */
export function badgeScore(text: string | undefined): number | null {
  const m = text?.match(/(\d+)\s*\/\s*100\b/);
  return m ? Number(m[1]) : null;
}

export class OverlayReader {
  /** Isolated worlds of this extension on the page's main frame, newest last. */
  private readonly worlds: number[] = [];

  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async create(page: Page): Promise<OverlayReader> {
    const cdp = await page.context().newCDPSession(page);
    const reader = new OverlayReader(page, cdp);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const main = frameTree.frame.id;
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { frameId?: string; isDefault?: boolean } | undefined;
      if (context.origin.startsWith('chrome-extension://') && aux?.frameId === main && !aux.isDefault)
        reader.worlds.push(context.id);
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
      const i = reader.worlds.indexOf(executionContextId);
      if (i >= 0) reader.worlds.splice(i, 1);
    });
    cdp.on('Runtime.executionContextsCleared', () => {
      reader.worlds.length = 0;
    });
    // Reports the worlds that exist already, then every new one (a navigation makes new ones).
    await cdp.send('Runtime.enable');
    return reader;
  }

  private async evaluate<T>(expression: string): Promise<T | null> {
    const contextId = this.worlds.at(-1);
    if (contextId === undefined) return null;
    try {
      const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
        expression,
        contextId,
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return (result.value ?? null) as T | null;
    } catch (err) {
      // The world went away mid-call (a navigation): read as "no overlay" and let the caller poll.
      if (err instanceof Error && /Cannot find context|context was destroyed/i.test(err.message)) return null;
      throw err;
    }
  }

  /** What the overlay shows now, or null when it is not on the page (or the content script not yet). */
  read(): Promise<OverlayView | null> {
    return this.evaluate<OverlayView>(READ);
  }

  /** The score a badge shows ("Push 42/100 worth a look" → 42), or null without that badge. */
  async score(key: string): Promise<number | null> {
    return badgeScore((await this.read())?.badges[key]?.text);
  }

  /** Waits until the badge for `key` is visible. */
  async waitForBadge(key: string, timeout = 5_000): Promise<void> {
    await expect
      .poll(async () => (await this.read())?.badges[key] !== undefined, { timeout, message: `badge ${key}` })
      .toBe(true);
  }

  /** How many badges are visible (0 without an overlay). */
  async badgeCount(): Promise<number> {
    return Object.keys((await this.read())?.badges ?? {}).length;
  }

  /** The centre of the element (a CSS selector inside the overlay) in viewport pixels, or null. */
  centre(selector: string): Promise<{ x: number; y: number } | null> {
    return this.evaluate<{ x: number; y: number }>(CENTRE(selector));
  }

  /** Clicks the element (a CSS selector inside the overlay) with the mouse, once it is on screen. */
  async click(selector: string, timeout = 5_000): Promise<void> {
    let centre: { x: number; y: number } | null = null;
    await expect
      .poll(
        async () => {
          centre = await this.centre(selector);
          return centre !== null;
        },
        { timeout, message: `overlay ${selector}` },
      )
      .toBe(true);
    const at = centre as { x: number; y: number } | null;
    if (at) await this.page.mouse.click(at.x, at.y);
  }

  /** The data-action of the overlay's focused button (null when focus is elsewhere). */
  evaluateFocus(): Promise<string | null> {
    return this.evaluate<string>(`(() => {
      const host = document.querySelector('steady-overlay');
      const root = host && chrome.dom.openOrClosedShadowRoot(host);
      return root?.activeElement?.getAttribute('data-action') ?? null;
    })()`);
  }

  /** Clicks the badge for `key`. */
  clickBadge(key: string): Promise<void> {
    return this.click(`.badge[data-score=${key}]`);
  }

  /** Sends a message from the content script's world (what a page could make it send), with its answer. */
  sendFromContentScript(message: object): Promise<unknown> {
    return this.evaluate<unknown>(
      `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => ({ reply: r ?? null }), (e) => ({ error: String(e) }))`,
    );
  }
}

/** The reader for `page` (one CDP session per page, made on first use). */
export function overlayOf(page: Page): Promise<OverlayReader> {
  let reader = readers.get(page);
  if (!reader) {
    reader = OverlayReader.create(page);
    readers.set(page, reader);
  }
  return reader;
}
