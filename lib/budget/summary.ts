import { accountId, accountKey, brandOfAccount } from '../core';
import { DEFAULT_BUDGETS, type Settings } from '../settings/types';
import { dayEnd, dayKey, dayStart, lastDays, startOfLastDays } from './day';
import { isBroadcast } from './log';
import type { AccountSummary, BudgetSummary, PostLog } from './types';

/** The popup's chart covers the last seven local days, today included. */
export const SUMMARY_DAYS = 7;

/**
 * Everything the popup shows about posting, from the log and the settings at `now`:
 * - `accounts`: every account listed in a brand (in the order of the settings, also when it did
 *   not post), then every unassigned account that posted or replied in the last seven days, most
 *   recently active first, each with today's counters and its budget;
 * - `week`: per brand, then (only when there was any) for unassigned accounts together, the
 *   posts and replies of each of the last seven local days, oldest first;
 * - `conversationRatio`: replies / (posts + replies) over those seven days, null without activity.
 */
export function budgetSummary(log: PostLog, settings: Settings, now: number): BudgetSummary {
  const days = lastDays(SUMMARY_DAYS, now);
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const weekFrom = startOfLastDays(SUMMARY_DAYS, now);
  const todayFrom = dayStart(now);
  const todayTo = dayEnd(now);

  const accounts = new Map<string, AccountSummary & { lastActive: number }>();
  for (const brand of settings.brands)
    for (const a of brand.accounts) {
      const key = accountId(a.platform, a.handle);
      if (accounts.has(key)) continue;
      accounts.set(key, {
        site: a.platform,
        account: accountKey(a.platform, a.handle),
        brandId: brand.id,
        postsToday: 0,
        repliesToday: 0,
        perDay: (brand.budgets[a.platform] ?? DEFAULT_BUDGETS[a.platform]).perDay,
        lastPostAt: null,
        lastActive: Number.NEGATIVE_INFINITY,
      });
    }

  const emptyWeek = () => days.map((day) => ({ day, posts: 0, replies: 0 }));
  const week = new Map<string | null, ReturnType<typeof emptyWeek>>(
    settings.brands.map((b) => [b.id, emptyWeek()]),
  );
  let posts = 0;
  let replies = 0;

  for (const e of log.events) {
    if (e.at >= todayTo) continue;
    const key = accountId(e.site, e.account);
    const inWeek = e.at >= weekFrom;
    let entry = accounts.get(key);
    if (!entry && inWeek) {
      entry = {
        site: e.site,
        account: e.account,
        brandId: brandOfAccount(settings, e.site, e.account)?.id ?? null,
        postsToday: 0,
        repliesToday: 0,
        perDay: DEFAULT_BUDGETS[e.site].perDay,
        lastPostAt: null,
        lastActive: Number.NEGATIVE_INFINITY,
      };
      accounts.set(key, entry);
    }
    const broadcast = isBroadcast(e.kind);
    if (entry) {
      if (broadcast && (entry.lastPostAt === null || e.at > entry.lastPostAt)) entry.lastPostAt = e.at;
      if (e.at > entry.lastActive) entry.lastActive = e.at;
      if (e.at >= todayFrom) {
        if (broadcast) entry.postsToday++;
        else entry.repliesToday++;
      }
    }
    if (!inWeek) continue;
    if (broadcast) posts++;
    else replies++;
    const brandId = entry?.brandId ?? null;
    let series = week.get(brandId);
    if (!series) {
      series = emptyWeek();
      week.set(brandId, series);
    }
    const slot = series[dayIndex.get(dayKey(e.at)) ?? -1];
    if (slot) {
      if (broadcast) slot.posts++;
      else slot.replies++;
    }
  }

  const listed = [...accounts.values()];
  const assigned = listed.filter((a) => a.brandId !== null);
  const unassigned = listed.filter((a) => a.brandId === null).sort((a, b) => b.lastActive - a.lastActive);
  return {
    today: dayKey(now),
    accounts: [...assigned, ...unassigned].map(({ lastActive: _lastActive, ...a }) => a),
    week: [...week.entries()].map(([brandId, series]) => ({ brandId, days: series })),
    conversationRatio: posts + replies === 0 ? null : replies / (posts + replies),
  };
}
