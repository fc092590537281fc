import { type Badge, badgeFor } from '../budget/badge';
import { prepareEvent } from '../budget/log';
import { budgetStatus } from '../budget/status';
import type { PostStore } from '../budget/store';
import { budgetSummary } from '../budget/summary';
import type { BudgetStatus, PostEvent } from '../budget/types';
import { type Platform, pageAccount } from '../core';
import type { BudgetSummaryReply, RecordReply } from '../protocol';
import type { Settings } from '../settings/types';
import type { TabAccounts } from '../storage/budget-tabs';
import type { SaveFailures } from '../storage/save-failures';
import type { PostRateLimit } from './rate-limit';
import type { TeamService } from './team-handlers';

/**
 * The background's budget handlers, with everything they touch passed in (the store, the
 * settings, the tab map, the badge), so they run in Node tests; entrypoints/background.ts wires
 * them to the browser. Nothing that matters lives only in memory: the log is in `storage.local`
 * and the tab map in `storage.session`.
 */
export interface BudgetDeps {
  store: PostStore;
  settings: () => Promise<Settings>;
  tabs: TabAccounts;
  /** Sets one tab's toolbar badge; rejects when the tab is gone. */
  setBadge: (tabId: number, badge: Badge) => Promise<void>;
  /** `record-post` per tab (./rate-limit.ts); without it nothing is limited (Node tests). */
  rateLimit?: PostRateLimit;
  /** The posts that could not be saved, for the popup (lib/storage/save-failures.ts). */
  failures?: SaveFailures;
  /** Where refusals are reported (the worker's console); never gets the draft text. */
  warn?: (message: string) => void;
  now?: () => number;
  /** Team sync (issue 13, ./team-handlers.ts); absent: no brand syncs and nothing is asked. */
  team?: TeamService;
}

/**
 * `record-post`: the text is dropped unless the user opted in, the event is appended through the
 * single writer, and `{ ok: true }` is answered only once it is stored. On any failure the answer
 * is `{ ok: false }` and the content script sends the same event (same id) again. An event that
 * can never be stored, or one over the tab's rate limit, is refused for good (`refused`).
 */
export async function handleRecordPost(
  event: PostEvent,
  tabId: number | undefined,
  deps: BudgetDeps,
): Promise<RecordReply> {
  const now = deps.now ?? Date.now;
  try {
    const settings = await deps.settings();
    const prepared = prepareEvent(event, { keepText: settings.keepDraftText, now: now() });
    if (!prepared) return { ok: false, refused: 'invalid' };
    if (tabId !== undefined && deps.rateLimit?.check(tabId, prepared.id) === 'refuse') {
      deps.warn?.(
        `Steady: refused a ${prepared.site} post from tab ${tabId}: more than ${deps.rateLimit.max} a minute`,
      );
      return { ok: false, refused: 'rate-limit' };
    }
    try {
      await deps.store.append(prepared);
    } catch (err) {
      // The sender tries again, but the person should know now that this post is not counted.
      await deps.failures?.add(prepared.id).catch(() => undefined);
      throw err;
    }
    await deps.failures?.clear(prepared.id).catch(() => undefined);
    // After the answer is decided: the badges are a courtesy, the stored event is the promise.
    void afterPost(prepared, tabId, deps);
    // Team sync: the event goes into its brand's database and out to the team (nothing without sync on).
    void deps.team?.recorded(prepared).catch(() => undefined);
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

async function afterPost(event: PostEvent, tabId: number | undefined, deps: BudgetDeps): Promise<void> {
  try {
    if (tabId !== undefined) await deps.tabs.remember({ tabId, site: event.site, account: event.account });
    await refreshBadges(deps, (t) => t.site === event.site && t.account === event.account);
  } catch {
    // A badge that stays stale until the next budget-status is not worth failing anything for.
  }
}

export type BudgetStatusReply = { ok: true; status: BudgetStatus } | { ok: false };

/** The account's budget now; remembers the tab's account and sets its toolbar badge before answering. */
export async function handleBudgetStatus(
  site: Platform,
  account: string,
  tabId: number | undefined,
  deps: BudgetDeps,
): Promise<BudgetStatusReply> {
  const { reply, badge } = await accountBudget(site, account, tabId, deps);
  await badge;
  return reply;
}

/**
 * The account's budget for the `draft` request (./draft.ts), answered as soon as it is read; `badge`
 * settles once the tab's account is remembered and its toolbar badge set. Those are a courtesy the
 * answer need not wait for: a content script whose page navigates right after a post (a comment sent,
 * then a new page) has only that long to get the scores of its post and record it.
 */
export async function accountBudget(
  site: Platform,
  account: string,
  tabId: number | undefined,
  deps: BudgetDeps,
): Promise<{ reply: BudgetStatusReply; badge: Promise<void> }> {
  const now = deps.now ?? Date.now;
  // Read on the page: an account without the site's shape is the unknown account, as in the log.
  const shaped = pageAccount(site, account);
  let status: BudgetStatus;
  try {
    const [log, settings] = await Promise.all([deps.store.read(), deps.settings()]);
    status = budgetStatus(log, settings, site, shaped, now());
  } catch {
    return { reply: { ok: false }, badge: Promise.resolve() };
  }
  const badge =
    tabId === undefined
      ? Promise.resolve()
      : Promise.all([
          // Only the badge refresh after this account's next post depends on the tab map.
          deps.tabs
            .remember({ tabId, site, account: shaped })
            .catch(() => undefined),
          deps.setBadge(tabId, badgeFor(status.postsToday, status.perDay)).catch(() => undefined),
        ]).then(() => undefined);
  return { reply: { ok: true, status }, badge };
}

/** `budget-summary`: today's counters and the last seven days, for the popup. */
export async function handleBudgetSummary(deps: BudgetDeps): Promise<BudgetSummaryReply> {
  const now = deps.now ?? Date.now;
  try {
    const [log, settings] = await Promise.all([deps.store.read(), deps.settings()]);
    return { ok: true, summary: budgetSummary(log, settings, now()) };
  } catch {
    return { ok: false };
  }
}

/**
 * Sets the badge of every remembered tab (or those `which` picks) from the stored log: after a
 * post, after the settings change a budget, when the worker starts. A tab that is gone is forgotten.
 */
export async function refreshBadges(
  deps: BudgetDeps,
  which: (t: { site: Platform; account: string }) => boolean = () => true,
): Promise<void> {
  const now = deps.now ?? Date.now;
  const tabs = (await deps.tabs.all()).filter(which);
  if (tabs.length === 0) return;
  const [log, settings] = await Promise.all([deps.store.read(), deps.settings()]);
  await Promise.all(
    tabs.map(async (t) => {
      const status = budgetStatus(log, settings, t.site, t.account, now());
      try {
        await deps.setBadge(t.tabId, badgeFor(status.postsToday, status.perDay));
      } catch {
        await deps.tabs.forget(t.tabId).catch(() => undefined);
      }
    }),
  );
}
