import { i18n } from '#i18n';
import type { BudgetStatus } from '../lib/budget/types';
import { slotOf, slotText } from './count-model';

/**
 * The budget line of the overlay and of the popup's draft: "2 of 3 posts today · last post 47 min
 * ago", or, when one more post would break the budget, what to do: "This would be post 4 today
 * (budget 3). Next free slot: tomorrow" / "… Next free slot: in 47 minutes" (issue 10, item 6).
 * The slot is `warning.nextFreeAt` (lib/budget/status.ts), said in the UI language.
 *
 * "Tomorrow" with no time means the whole next day is free: the count restarts at local midnight
 * and no spacing reaches past it. Steady does not invent a "morning" hour: brands set no posting
 * hours, so the time shown is only ever the one the spacing allows ("tomorrow 00:50").
 */
export function budgetLine(
  b: BudgetStatus,
  kind: 'post' | 'reply',
  now: number,
): { text: string; warning: 'over-budget' | 'too-soon' | null } {
  if (kind === 'reply')
    return { text: i18n.t('overlay.budget_reply', [String(b.repliesToday)]), warning: null };
  const lang = i18n.t('ui.htmlLang') || 'en';
  const slot = (at: number) =>
    slotText(slotOf(at, now), lang, (day, time) => i18n.t('count.day_time', [day, time]));
  // Issue 12 (first): plural forms, "No posts yet today (budget 1)".
  const parts = [i18n.t('overlay.budget_today', b.postsToday, [String(b.postsToday), String(b.perDay)])];
  if (b.lastPostAt !== null) parts.push(ago(now - b.lastPostAt));
  const w = b.warning;
  if (w?.kind === 'over-budget') {
    const post = String(b.postsToday + 1);
    // No next slot (a budget of 0 a day, or an older background): the warning alone.
    const text =
      w.nextFreeAt === undefined
        ? i18n.t('overlay.budget_over', [post, String(b.perDay)])
        : i18n.t('count.next_over', [post, String(b.perDay), slot(w.nextFreeAt)]);
    return { text, warning: 'over-budget' };
  }
  if (w?.kind === 'too-soon') {
    const text =
      w.nextFreeAt === undefined
        ? i18n.t('overlay.budget_soon', [parts.join(' · '), String(w.minutesToWait ?? 0)])
        : i18n.t('count.next_soon', [parts.join(' · '), slot(w.nextFreeAt), String(b.spacingMinutes)]);
    return { text, warning: 'too-soon' };
  }
  return { text: parts.join(' · '), warning: null };
}

/** Issue 12 (first): "last post just now / 5 minutes ago / 2 hours ago", with plural forms. */
function ago(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 1) return i18n.t('overlay.budget_ago_now');
  if (minutes < 60) return i18n.t('overlay.budget_ago_minutes', minutes, [String(minutes)]);
  const hours = Math.round(minutes / 60);
  return i18n.t('overlay.budget_ago_hours', hours, [String(hours)]);
}
