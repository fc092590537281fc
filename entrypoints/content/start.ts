import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { call, isRequest, type TabDraftReply } from '../../lib/protocol';
import { adapterFor } from '../../lib/sites';
import { watchSiteEnabled } from '../../lib/storage/site-switch';
import { Coach, type Scorer } from './coach';
import { PublishTracker } from './publish';

/**
 * Starts the coach on a page whose site we recognize. Shared by the content script registered
 * in the manifest (seven sites) and the one registered at runtime for granted Mastodon instances.
 */
export async function startCoach(ctx: ContentScriptContext): Promise<void> {
  const adapter = adapterFor(document, location);
  if (!adapter) return;

  const scorer: Scorer = {
    // One round trip per rescore (lib/protocol.ts `draft`): the analysis with the rules of the
    // account's brand, and the account's budget. Null when the extension was reloaded or the worker
    // is restarting: the coach skips this round quietly.
    draft: (text, account, kind) => call('draft', { text, site: adapter.id, account, kind }),
    warm() {
      void call('warm', {});
    },
  };
  const coach = new Coach(ctx, adapter, scorer);
  coach.start();

  // Counts what is really published, for the daily post budget (entrypoints/content/publish.ts).
  new PublishTracker(ctx, adapter, {
    enabled: () => coach.isEnabled,
    composers: () => coach.composersNow(),
    scored: (container) => coach.lastScored(container),
    analyze: async (text, account, kind) =>
      (await scorer.draft(text, account, kind === 'reply' ? 'reply' : 'post'))?.analysis ?? null,
    record: (event) => call('record-post', { event }),
    recorded: () => void coach.refreshBudget(),
  }).start();

  const unwatch = await watchSiteEnabled(adapter.id, (enabled) => {
    if (!ctx.isInvalid) coach.setEnabled(enabled);
  });
  ctx.onInvalidated(unwatch);

  const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: TabDraftReply) => void) => {
    if (isRequest('toggle-panel', message)) {
      coach.togglePanel();
      return undefined;
    }
    if (!isRequest('get-draft', message)) return undefined;
    sendResponse({
      platform: adapter.id,
      draft: coach.isEnabled ? coach.draft() : null,
      siteEnabled: coach.isEnabled,
    });
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
