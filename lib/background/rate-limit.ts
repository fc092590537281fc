/**
 * How many posts one tab may record per minute. A person publishes at most one post every two
 * seconds: click into the composer, type at least a character, press Post, and wait for the site
 * to confirm (the fixtures confirm after 150 ms, X and Threads after about a second) before the
 * composer takes the next draft. That is 30 a minute, far above any brand account's day (the
 * budgets are 1–3 posts a day) and above the e2e burst (20 posts in one tab, as fast as automation
 * can type and click, tests/e2e/budget.spec.ts). More than that from one tab is not a person: a
 * page script, or a content script fed a hostile page, and the excess is refused (issue 11).
 */
export const MAX_POSTS_PER_TAB_PER_MINUTE = 30;
export const RATE_WINDOW_MS = 60_000;

export type RateDecision = 'allow' | 'retry' | 'refuse';

/**
 * A sliding one-minute window per tab, in the service worker's memory. A worker restart forgets
 * it, which costs nothing: a restart takes seconds and a page cannot cause one. The same event id
 * sent again (a retry after a lost answer) is answered as before and never counted twice.
 */
export class PostRateLimit {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  /** Per tab: the ids admitted in the window, with when. */
  readonly #tabs = new Map<number, Map<string, number>>();
  /** Per tab: the ids refused, so a refused event stays refused when it comes again. */
  readonly #refused = new Map<number, Set<string>>();

  get max(): number {
    return this.#max;
  }

  constructor(options: { max?: number; windowMs?: number; now?: () => number } = {}) {
    this.#max = options.max ?? MAX_POSTS_PER_TAB_PER_MINUTE;
    this.#windowMs = options.windowMs ?? RATE_WINDOW_MS;
    this.#now = options.now ?? Date.now;
  }

  /**
   * Whether `tabId` may record the event `id` now: `allow` (counted now), `retry` (already
   * admitted: a repeat of the same event) or `refuse` (over the limit).
   */
  check(tabId: number, id: string): RateDecision {
    const now = this.#now();
    let admitted = this.#tabs.get(tabId);
    if (!admitted) {
      admitted = new Map();
      this.#tabs.set(tabId, admitted);
    }
    for (const [seen, at] of admitted) if (now - at >= this.#windowMs) admitted.delete(seen);
    if (admitted.has(id)) return 'retry';
    if (this.#refused.get(tabId)?.has(id)) return 'refuse';
    if (admitted.size >= this.#max) {
      let refused = this.#refused.get(tabId);
      if (!refused) {
        refused = new Set();
        this.#refused.set(tabId, refused);
      }
      // Bounded: a page flooding us must not grow the worker's memory without end.
      if (refused.size >= 1_000) refused.clear();
      refused.add(id);
      return 'refuse';
    }
    admitted.set(id, now);
    return 'allow';
  }

  /** Forgets a tab (it was closed). */
  forget(tabId: number): void {
    this.#tabs.delete(tabId);
    this.#refused.delete(tabId);
  }
}
