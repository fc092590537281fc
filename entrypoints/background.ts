import { handleAnalyze } from '../lib/background/analyze';
import { isMessage } from '../lib/messages';
import type { Settings } from '../lib/settings/types';
import { loadSettings, watchSettings } from '../lib/storage/settings';

/**
 * The service worker: it scores drafts for the content scripts and the popup (so the NLP never
 * loads on a social page), and keeps the Mastodon content script registered for the instances
 * the user granted. No network access: nothing here fetches anything.
 */
export default defineBackground(() => {
  let settings: Promise<Settings> = loadSettings().then((r) => r.settings);
  watchSettings((s) => {
    settings = Promise.resolve(s);
    void syncMastodon(s);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Only our own pages and content scripts talk to us.
    if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
    if (message.type === 'warm') {
      sendResponse({ ok: true });
      return undefined;
    }
    if (message.type !== 'analyze') return undefined;
    settings
      .then((s) => sendResponse(handleAnalyze(message, s)))
      .catch((e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    return true; // the answer comes asynchronously
  });

  void settings.then(syncMastodon);
  browser.permissions.onAdded.addListener(() => void settings.then(syncMastodon));
  browser.permissions.onRemoved.addListener(() => void settings.then(syncMastodon));
});

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
