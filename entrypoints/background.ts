import PouchDB from 'pouchdb-browser/lib/index.es.js';
import { type BudgetDeps, refreshBadges } from '../lib/background/budget';
import { backgroundHandlers } from '../lib/background/handlers';
import { handleInstalled } from '../lib/background/install';
import { PostRateLimit } from '../lib/background/rate-limit';
import { TeamSync } from '../lib/background/team';
import { settingsWithTeamBrand, teamService } from '../lib/background/team-service';
import type { Badge } from '../lib/budget/badge';
import { POST_LOG_KEY } from '../lib/budget/log';
import { callTab, serve } from '../lib/protocol';
import type { Settings } from '../lib/settings/types';
import { memoryTabAccounts, sessionTabAccounts } from '../lib/storage/budget-tabs';
import { createPostStore } from '../lib/storage/post-log';
import { storageSaveFailures } from '../lib/storage/save-failures';
import { loadSettings, saveSettings, updateSettings, watchSettings } from '../lib/storage/settings';
import { loadCredentials, loadSyncStates, saveCredential, saveSyncState } from '../lib/storage/team';
import { originPattern, teamBrands } from '../lib/team/config';

/**
 * The service worker: it scores drafts for the content scripts and the popup (so the NLP never
 * loads on a social page), keeps the Mastodon content script registered for the instances the
 * user granted, and is the single writer of the post log (lib/budget/store.ts): content scripts
 * send each confirmed post, the popup asks for the day's summary, and the toolbar badge of a tab
 * shows today's posts of the account composing there. No network access, except team sync (issue 13)
 * for a brand whose user turned it on: then only to that brand's server, whose origin they granted.
 * The worker can be stopped at any time, so nothing that matters lives only here.
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

  // Team sync (lib/background/team.ts): PouchDB databases are opened only for brands with sync on, so a
  // user who never turns it on gets no database, no alarm and no request.
  const teamSync = new TeamSync({
    settings: () => settings,
    store: budget.store,
    credentials: loadCredentials,
    hasPermission: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }),
    openLocal: (name) => new PouchDB(name),
    openRemote: (url, credential) => new PouchDB(url, { auth: credential, skip_setup: true }),
    checkSession,
    applyBrand: async (brandId, shared) => {
      const next = settingsWithTeamBrand(await settings, brandId, shared);
      if (next === null) return 'invalid';
      const saved = await saveSettings(next as Settings);
      return saved.ok ? 'applied' : 'invalid';
    },
    saveState: saveSyncState,
    merged: () => void refreshBadges(budget).catch(() => undefined),
  });
  budget.team = teamService({
    sync: teamSync,
    settings: () => settings,
    saveCredential,
    loadStates: loadSyncStates,
  });

  // The store caches the log it read or wrote (lib/budget/store.ts); anything else writing it (a test, a
  // future import) makes it read storage again. Its own writes land here too: one extra read, no harm.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && POST_LOG_KEY in changes) budget.store.invalidate();
  });

  watchSettings((s) => {
    settings = Promise.resolve(s);
    // A brand turned on, or edited here: a round pushes it (TeamSync pushes only what changed).
    void scheduleTeam(s);
    void syncMastodon(s);
    // A budget or an account's brand may have changed.
    void refreshBadges(budget).catch(() => undefined);
  });

  /** A round for every synced brand, and the alarm that repeats it while any brand syncs (none otherwise). */
  async function scheduleTeam(s: Settings): Promise<void> {
    const synced = teamBrands(s);
    if (synced.length === 0) {
      await browser.alarms?.clear(TEAM_ALARM);
      return;
    }
    // Only where the member granted `alarms` with the server's origin (an optional permission in Chrome).
    const alarms = browser.alarms;
    if (alarms && !(await alarms.get(TEAM_ALARM))) alarms.create(TEAM_ALARM, { periodInMinutes: 1 });
    await teamSync.syncAll().catch(() => undefined);
  }

  // One listener for every request (lib/protocol.ts): each is answered only when well-formed and
  // only to the senders its table entry names; the popup's summary of every account is not for a page.
  serve(
    backgroundHandlers({
      ...budget,
      // The card's "never for this brand" (lib/background/ignore.ts): saved through validation.
      updateSettings: async (change) => {
        const r = await updateSettings(change);
        return r.ok ? { ok: true } : { ok: false, reason: r.reason };
      },
    }),
  );

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
  // Wake-up: every synced brand catches up (what the worker did not finish before it was stopped).
  void settings.then(scheduleTeam);
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_ALARM) void teamSync.syncAll().catch(() => undefined);
  });
  browser.permissions.onAdded.addListener(() => void settings.then(scheduleTeam));
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
/** Team sync's periodic round (Chrome's shortest alarm period is 30 s; a minute is plenty with the other triggers). */
const TEAM_ALARM = 'steady-team-sync';

/**
 * Whether the server accepts the member's name and password (CouchDB `POST /_session`): tells a wrong
 * password from a user who is not a member of the database after a 401/403. Undefined when there is no answer.
 */
async function checkSession(server: string, credential: { username: string; password: string }) {
  try {
    const response = await fetch(`${server}/_session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name: credential.username, password: credential.password }),
      credentials: 'omit',
    });
    if (response.ok) return true;
    if (response.status === 401) return false;
    return undefined;
  } catch {
    return undefined;
  }
}

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
