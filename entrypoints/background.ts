import { type BudgetDeps, refreshBadges } from '../lib/background/budget';
import { backgroundHandlers } from '../lib/background/handlers';
import { handleInstalled } from '../lib/background/install';
import { PostRateLimit } from '../lib/background/rate-limit';
import type { Badge } from '../lib/budget/badge';
import { callTab, serve } from '../lib/protocol';
import type { Settings } from '../lib/settings/types';
import { memoryTabAccounts, sessionTabAccounts } from '../lib/storage/budget-tabs';
import { createPostStore } from '../lib/storage/post-log';
import { storageSaveFailures } from '../lib/storage/save-failures';
import { loadSettings, watchSettings } from '../lib/storage/settings';

/**
 * The service worker: it scores drafts for the content scripts and the popup (so the NLP never
 * loads on a social page), keeps the Mastodon content script registered for the instances the
 * user granted, and is the single writer of the post log (lib/budget/store.ts): content scripts
 * send each confirmed post, the popup asks for the day's summary, and the toolbar badge of a tab
 * shows today's posts of the account composing there. No network access: nothing here fetches
 * anything. The worker can be stopped at any time, so nothing that matters lives only here.
 */
export default defineBackground(() => {
  // Registered first and synchronously, so the event that woke the worker for an install is not missed.
  browser.runtime.onInstalled.addListener((details) => {
    void handleInstalled(details, (path) => browser.tabs.create({ url: browser.runtime.getURL(path) })).catch(
      () => undefined,
    );
  });

  let settings: Promise<Settings> = loadSettings().then((r) => r.settings);

  const budget: BudgetDeps = {
    store: createPostStore(),
    settings: () => settings,
    // Firefox has storage.session from 115; without it the badge map is rebuilt by each tab's next status.
    tabs: browser.storage.session ? sessionTabAccounts : memoryTabAccounts(),
    setBadge,
    rateLimit: new PostRateLimit(),
    failures: storageSaveFailures(browser.storage.session ? 'session' : 'local'),
    warn: (message) => console.warn(message),
  };

  watchSettings((s) => {
    settings = Promise.resolve(s);
    void syncMastodon(s);
    // A budget or an account's brand may have changed.
    void refreshBadges(budget).catch(() => undefined);
  });

  // One listener for every request (lib/protocol.ts): each is answered only when well-formed and
  // only to the senders its table entry names; the popup's summary of every account is not for a page.
  serve(backgroundHandlers(budget));

  browser.tabs.onRemoved.addListener((tabId) => {
    budget.rateLimit?.forget(tabId);
    void budget.tabs.forget(tabId).catch(() => undefined);
  });

  // Retention applies even on days without posts; then the badges catch up (e.g. after midnight).
  void budget.store
    .prune()
    .catch(() => undefined)
    .then(() => refreshBadges(budget))
    .catch(() => undefined);

  // The keyboard command (Alt+Shift+S by default) toggles the panel in the active tab.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-panel' && tab?.id !== undefined) {
      void callTab(tab.id, 'toggle-panel', {});
    }
  });

  void settings.then(syncMastodon);
  browser.permissions.onAdded.addListener(() => void settings.then(syncMastodon));
  browser.permissions.onRemoved.addListener(() => void settings.then(syncMastodon));
});

/** The toolbar badge of one tab (`action` in MV3, `browserAction` in Firefox's MV2 build). */
async function setBadge(tabId: number, badge: Badge): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: badge.text });
  await action.setBadgeBackgroundColor({ tabId, color: badge.color });
}

const MASTODON_SCRIPT_ID = 'steady-mastodon';

/** Registers the Mastodon content script for every granted instance (and only those). */
async function syncMastodon(settings: Settings): Promise<void> {
  const granted: string[] = [];
  for (const origin of settings.mastodonInstances) {
    const pattern = `${origin.replace(/\/+$/, '')}/*`;
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [MASTODON_SCRIPT_ID] });
  if (granted.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [MASTODON_SCRIPT_ID] });
    return;
  }
  const script = {
    id: MASTODON_SCRIPT_ID,
    matches: granted,
    js: ['content-scripts/mastodon.js'],
    runAt: 'document_idle' as const,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
