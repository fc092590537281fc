import type { Handlers } from '../protocol';
import { handleAnalyze } from './analyze';
import { type BudgetDeps, handleBudgetSummary, handleRecordPost } from './budget';
import { handleDraft } from './draft';
import { handleIgnore, type IgnoreDeps } from './ignore';
import { teamHandlers } from './team-handlers';

/**
 * Every request the background answers, one handler per type of lib/protocol.ts (the compiler
 * refuses a map that misses one, and tests/meta/protocol.test.ts checks the background serves this
 * map). Everything they touch comes in `deps`, so they run in Node tests.
 */
export function backgroundHandlers(deps: BudgetDeps & Partial<Pick<IgnoreDeps, 'updateSettings'>>): Handlers {
  return {
    draft: (request, sender) => handleDraft(request, sender.tabId, deps),
    warm: () => ({ ok: true }),
    analyze: async (request) => handleAnalyze(request, await deps.settings()),
    'record-post': (request, sender) => handleRecordPost(request.event, sender.tabId, deps),
    'budget-summary': () => handleBudgetSummary(deps),
    // Without a writer (Node tests of the other handlers), an ignore cannot be saved.
    ignore: (request) => {
      const { updateSettings } = deps;
      return updateSettings
        ? handleIgnore(request, { ...deps, updateSettings })
        : { ok: false, error: 'unreadable' as const };
    },
    ...teamHandlers(deps),
  };
}
