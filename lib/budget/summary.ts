import { accountId, accountKey, brandOfAccount } from '../core';
import type { Settings } from '../settings/types';
import { dayEnd, dayKey, dayStart, lastDays, startOfLastDays } from './day';
import { isBroadcast } from './log';
import { siteBudget } from './status';
import type { AccountSummary, AccountWeek, BudgetSummary, PostLog, WeekDay } from './types';

/** The popup's chart covers the last seven local days, today included. */
export const SUMMARY_DAYS = 7;

type Entry = AccountSummary & { lastActive: number; nameAt: number; days: WeekDay[] };

/**
 * Everything the popup shows about posting, from the log and the settings at `now`:
 * - `accounts`: every account listed in a brand (in the order of the settings, also when it did
 *   not post), then every unassigned account that posted or replied in the last seven days, most
 *   recently active first, each with today's counters, its budget and the name the site showed;
 * - `week`: for the same accounts in the same order, the posts and replies of each of the last
 *   seven local days, oldest first, with the account's budget (the popup's small multiples);
 * - `brandWeek`: per brand, then (only when there was any) for unassigned accounts together, the
 *   sum of those rows (the brand total above them);
 * - `conversationRatio`: replies / (posts + replies) over those seven days, null without activity.
 */
export function budgetSummary(log: PostLog, settings: Settings, now: number): BudgetSummary {
  const days = lastDays(SUMMARY_DAYS, now);
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const weekFrom = startOfLastDays(SUMMARY_DAYS, now);
  const todayFrom = dayStart(now);
  const todayTo = dayEnd(now);
  const emptyWeek = (): WeekDay[] => days.map((day) => ({ day, posts: 0, replies: 0 }));

  const accounts = new Map<string, Entry>();
  for (const brand of settings.brands)
    for (const a of brand.accounts) {
      const key = accountId(a.platform, a.handle);
      if (accounts.has(key)) continue;
      const entry: Entry = {
        site: a.platform,
        account: accountKey(a.platform, a.handle),
        brandId: brand.id,
        postsToday: 0,
        repliesToday: 0,
        perDay: siteBudget(settings, brand, a.platform).perDay,
        lastPostAt: null,
        lastActive: Number.NEGATIVE_INFINITY,
        nameAt: Number.NEGATIVE_INFINITY,
        days: emptyWeek(),
      };
      if (a.displayName) entry.displayName = a.displayName;
      accounts.set(key, entry);
    }

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
        perDay: siteBudget(settings, null, e.site).perDay,
        lastPostAt: null,
        lastActive: Number.NEGATIVE_INFINITY,
        nameAt: Number.NEGATIVE_INFINITY,
        days: emptyWeek(),
      };
      accounts.set(key, entry);
    }
    const broadcast = isBroadcast(e.kind);
    if (entry) {
      if (broadcast && (entry.lastPostAt === null || e.at > entry.lastPostAt)) entry.lastPostAt = e.at;
      if (e.at > entry.lastActive) entry.lastActive = e.at;
      // The newest name the site showed wins (a Page renamed last week shows its new name).
      if (e.displayName && e.at >= entry.nameAt) {
        entry.displayName = e.displayName;
        entry.nameAt = e.at;
      }
      if (e.at >= todayFrom) {
        if (broadcast) entry.postsToday++;
        else entry.repliesToday++;
      }
    }
    if (!inWeek) continue;
    if (broadcast) posts++;
    else replies++;
    const slot = entry?.days[dayIndex.get(dayKey(e.at)) ?? -1];
    if (slot) {
      if (broadcast) slot.posts++;
      else slot.replies++;
    }
  }

  const listed = [...accounts.values()];
  const assigned = listed.filter((a) => a.brandId !== null);
  const unassigned = listed.filter((a) => a.brandId === null).sort((a, b) => b.lastActive - a.lastActive);
  const ordered = [...assigned, ...unassigned];

  const brandWeek = new Map<string | null, WeekDay[]>(settings.brands.map((b) => [b.id, emptyWeek()]));
  for (const a of ordered) {
    let total = brandWeek.get(a.brandId);
    if (!total) {
      total = emptyWeek();
      brandWeek.set(a.brandId, total);
    }
    a.days.forEach((d, i) => {
      const t = total[i];
      if (!t) return;
      t.posts += d.posts;
      t.replies += d.replies;
    });
  }

  return {
    today: dayKey(now),
    accounts: ordered.map(({ lastActive: _l, nameAt: _n, days: _d, ...a }): AccountSummary => a),
    week: ordered.map((a): AccountWeek => {
      const row: AccountWeek = {
        site: a.site,
        account: a.account,
        brandId: a.brandId,
        perDay: a.perDay,
        days: a.days,
      };
      if (a.displayName) row.displayName = a.displayName;
      return row;
    }),
    brandWeek: [...brandWeek.entries()].map(([brandId, series]) => ({ brandId, days: series })),
    conversationRatio: posts + replies === 0 ? null : replies / (posts + replies),
  };
}
