import { brandForAccount, pageAccount } from '../core';
import type { DraftReply, DraftRequest } from '../protocol';
import { scoreText } from './analyze';
import { accountBudget, type BudgetDeps } from './budget';

/**
 * `draft`, the composer's one round trip per rescore (issue 9: it used to be `analyze`, which never
 * carried the account, then `budget-status`). The draft is scored with the rules of the brand that
 * owns the posting account, else the active brand, else the only brand (lib/core brandForAccount),
 * and the reply names that brand; the account's budget comes along and sets the tab's badge. Blank
 * text asks for the budget only (analysis null), which costs no scoring.
 */
export async function handleDraft(
  request: DraftRequest,
  tabId: number | undefined,
  deps: BudgetDeps,
): Promise<DraftReply> {
  // Read on the page: an account without the site's shape is the unknown account (no brand owns it).
  const account = pageAccount(request.site, request.account);
  // The log and settings reads start before the (synchronous) scoring.
  const budget = accountBudget(request.site, account, tabId, deps);
  const settings = await deps.settings();
  let analysis: DraftReply['analysis'] = null;
  let brand: DraftReply['brand'] = null;
  if (request.text.trim() !== '') {
    const owner = brandForAccount(settings, request.site, account);
    const scored = scoreText(request.text, owner, { platform: request.site });
    analysis = scored.analysis;
    if (scored.applied) brand = { id: scored.applied.id, name: scored.applied.name };
  }
  // Not waiting for the toolbar badge (accountBudget's `badge`): it is not worth a slower answer.
  const { reply } = await budget;
  return { ok: true, analysis, budget: reply.ok ? reply.status : null, brand };
}
