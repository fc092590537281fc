import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { call, isRequest, type TabDraftReply } from '../../lib/protocol';
import { adapterFor } from '../../lib/sites';
import { watchSiteEnabled } from '../../lib/storage/site-switch';
import { Coach } from './coach';
import { Overlay } from './overlay';
import { PublishTracker } from './publish';
import { ComposerWatcher } from './watcher';

/**
 * Starts the coach on a page whose site we recognize. Shared by the content script registered
 * in the manifest (seven sites) and the one registered at runtime for granted Mastodon instances.
 *
 * One ComposerWatcher finds the composers and keeps a DraftSession per composer; the others
 * subscribe to it: the Coach scores (one `draft` round trip per rescore), the PublishTracker
 * counts what is published, the Overlay shows the active session.
 */
export async function startCoach(ctx: ContentScriptContext): Promise<void> {
  const adapter = adapterFor(document, location);
  if (!adapter) return;

  let overlay: Overlay | null = null;
  const watcher = new ComposerWatcher(ctx, adapter, (node) => overlay?.contains(node) ?? false);
  // The card's "never for this brand" is written by the background (lib/protocol.ts `ignore`).
  overlay = new Overlay(ctx, watcher, { ignore: (body) => call('ignore', body) });
  const ui = overlay;
  const coach = new Coach(ctx, adapter.id, watcher, {
    // One round trip per rescore (lib/protocol.ts `draft`): the analysis with the rules of the
    // account's brand, and the account's budget.
    draft: (request) => call('draft', request),
    warm() {
      void call('warm', {});
    },
    scored: (ms) => ui.setTiming(ms),
  });

  // Counts what is really published, for the daily post budget (entrypoints/content/publish.ts).
  // Registered before the coach's own intent listener: it snapshots the draft before anything else.
  new PublishTracker(ctx, adapter, watcher, {
    analyze: (session, text) => coach.analyze(session, text),
    record: (event) => call('record-post', { event }),
    recorded: () => void coach.refreshBudget(),
  }).start();
  watcher.onIntent((session) => coach.rescoreNow(session));
  watcher.start();
  coach.start();
  ui.start();

  const unwatch = await watchSiteEnabled(adapter.id, (enabled) => {
    if (!ctx.isInvalid) watcher.setEnabled(enabled);
  });
  ctx.onInvalidated(unwatch);

  const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: TabDraftReply) => void) => {
    if (isRequest('toggle-panel', message)) {
      if (watcher.enabled.peek()) ui.toggleFromKeyboard();
      return undefined;
    }
    if (!isRequest('get-draft', message)) return undefined;
    sendResponse({
      platform: adapter.id,
      draft: watcher.enabled.peek() ? currentDraft(watcher, adapter.id) : null,
      siteEnabled: watcher.enabled.peek(),
    });
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/** The focused composer's draft (else the first with text), for the popup. */
function currentDraft(watcher: ComposerWatcher, platform: TabDraftReply['platform']): TabDraftReply['draft'] {
  const session =
    watcher.active.peek() ?? watcher.sessions.peek().find((s) => s.text.peek().trim() !== '') ?? null;
  if (!session) return null;
  watcher.read(session);
  const text = session.text.peek();
  // The scores only when they are for exactly this text; the popup scores it itself otherwise.
  const fresh = session.scored?.text === text;
  const analysis = fresh && session.scored ? session.scored.analysis : null;
  // The length with the scores it came with, and the account's budget as the overlay has it.
  return {
    text,
    platform,
    analysis,
    chars: fresh ? session.chars.peek() : null,
    budget: session.budget.peek(),
    kind: session.kind.peek(),
  };
}
