import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  type AnalyzeReply,
  type BudgetStatusReply,
  type DraftReply,
  isMessage,
  type Message,
} from '../../lib/messages';
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
    async analyze(text) {
      try {
        const reply: unknown = await browser.runtime.sendMessage({
          type: 'analyze',
          text,
          platform: adapter.id,
        });
        return isAnalyzeReply(reply) ? reply : null;
      } catch {
        // The extension was reloaded or the worker is restarting: skip this round quietly.
        return null;
      }
    },
    async budget(account) {
      try {
        const reply: unknown = await browser.runtime.sendMessage({
          type: 'budget-status',
          site: adapter.id,
          account,
        });
        return isBudgetReply(reply) ? reply.status : null;
      } catch {
        return null;
      }
    },
    warm() {
      browser.runtime.sendMessage({ type: 'warm' }).catch(() => undefined);
    },
  };
  const coach = new Coach(ctx, adapter, scorer);
  coach.start();

  // Counts what is really published, for the daily post budget (entrypoints/content/publish.ts).
  new PublishTracker(ctx, adapter, {
    enabled: () => coach.isEnabled,
    composers: () => coach.composersNow(),
    scored: (container) => coach.lastScored(container),
    analyze: async (text) => (await scorer.analyze(text))?.analysis ?? null,
    record: (event) => browser.runtime.sendMessage({ type: 'record-post', event } satisfies Message),
    recorded: () => void coach.refreshBudget(),
  }).start();

  const unwatch = await watchSiteEnabled(adapter.id, (enabled) => {
    if (!ctx.isInvalid) coach.setEnabled(enabled);
  });
  ctx.onInvalidated(unwatch);

  const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: DraftReply) => void) => {
    if (isMessage(message) && message.type === 'toggle-panel') {
      coach.togglePanel();
      return undefined;
    }
    if (!isMessage(message) || message.type !== 'get-draft') return undefined;
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

function isBudgetReply(v: unknown): v is Extract<BudgetStatusReply, { ok: true }> {
  return typeof v === 'object' && v !== null && (v as { ok?: unknown }).ok === true && 'status' in v;
}

function isAnalyzeReply(v: unknown): v is AnalyzeReply {
  return typeof v === 'object' && v !== null && (v as { ok?: unknown }).ok === true && 'analysis' in v;
}
