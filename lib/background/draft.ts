import { brandForAccount, pageAccount } from '../core';
import { countThread } from '../count/count';
import type { DraftReply, DraftRequest } from '../protocol';
import { compiledRules } from '../settings/resolve';
import { scoreText } from './analyze';
import { accountBudget, type BudgetDeps } from './budget';

/**
 * `draft`, the composer's one round trip per rescore (issue 9: it used to be `analyze`, which never
 * carried the account, then `budget-status`). The draft is scored with the rules of the brand that
 * owns the posting account, else the active brand, else the only brand (lib/core brandForAccount),
 * and the reply names that brand; the account's budget comes along and sets the tab's badge. Blank
 * text asks for the budget only (analysis null, the brand still named), which costs no scoring.
 */
export async function handleDraft(
  request: DraftRequest,
  tabId: number | undefined,
  deps: BudgetDeps,
): Promise<DraftReply> {
  // Read on the page: an account without the site's shape is the unknown account (no brand owns it).
  const account = pageAccount(request.site, request.account);
  // Team sync (issue 13): a budget-only round (focus, the content script's tick) first pulls the team's
  // posts when the last pull is older than a few seconds, waiting at most FRESHEN_WAIT_MS for it, so a
  // post made in another browser counts here within 10 s while a composer is open. Rounds with text never
  // wait for the network.
  const syncs =
    deps.team && request.text.trim() === ''
      ? await waitAtMost(deps.team.freshen(request.site, account), FRESHEN_WAIT_MS, true)
      : ((await deps.team?.syncs(request.site, account).catch(() => false)) ?? false);
  // The log and settings reads start before the (synchronous) scoring.
  const budget = accountBudget(request.site, account, tabId, deps);
  const settings = await deps.settings();
  const owner = brandForAccount(settings, request.site, account);
  // The brand whose rules apply: its stored rules compile (scoreText ignores rules that do not).
  // A budget-only round names it too, so a panel that takes it from every reply stays right.
  const applied = compiledRules(owner) ? owner : undefined;
  const analysis =
    request.text.trim() === ''
      ? null
      : scoreText(request.text, owner, { platform: request.site, ignore: request.ignores ?? [] }).analysis;
  const brand = applied ? { id: applied.id, name: applied.name } : null;
  const chars =
    request.text.trim() === ''
      ? null
      : countThread(threadParts(request), request.site, { kind: request.kind });
  // Not waiting for the toolbar badge (accountBudget's `badge`): it is not worth a slower answer.
  const { reply } = await budget;
  const status = reply.ok ? (syncs ? { ...reply.status, team: true as const } : reply.status) : null;
  return { ok: true, analysis, budget: status, brand, chars };
}

/** How long a budget-only round waits for a team pull (the answer comes from the local log after that). */
const FRESHEN_WAIT_MS = 3_000;

/** `promise`'s value, or `fallback` once `ms` passed or when it rejects. */
async function waitAtMost<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise.catch(() => fallback),
      new Promise<T>((resolve) => {
        timer = setTimeout(() => resolve(fallback), ms);
      }),
    ]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/**
 * A thread's items, cut from the joined text by the lengths the content script sent; one item when
 * there are none or they do not add up to the text (then the whole text is the honest figure).
 */
export function threadParts(request: Pick<DraftRequest, 'text' | 'parts'>): string[] {
  const parts = request.parts;
  if (!parts || parts.lengths.length <= 1) return [request.text];
  const { lengths, separator } = parts;
  const total = lengths.reduce((a, b) => a + b, 0) + separator * (lengths.length - 1);
  if (total !== request.text.length) return [request.text];
  const out: string[] = [];
  let at = 0;
  for (const n of lengths) {
    out.push(request.text.slice(at, at + n));
    at += n + separator;
  }
  return out;
}
