import { accountKey, brandOfAccount, type Platform } from '../core';
import { type Budget, DEFAULT_BUDGETS, type Settings } from '../settings/types';
import { dayEnd, dayStart } from './day';
import { isBroadcast } from './log';
import type { BudgetStatus, PostLog } from './types';

const MINUTE = 60_000;

/**
 * The budget of one account on one site: its brand's budget for the site, else the user's default
 * budget for the site (`settings.defaultBudgets`), else the built-in default (DEFAULT_BUDGETS). A
 * budget is set per brand and site and applies to each of the brand's accounts on that site.
 */
export function budgetFor(settings: Settings, site: Platform, account: string): Budget {
  return siteBudget(settings, brandOfAccount(settings, site, account), site);
}

/** The budget resolution order for a known owner (or none): brand, then the user's default, then built-in. */
export function siteBudget(
  settings: Pick<Settings, 'defaultBudgets'>,
  brand: { budgets: Partial<Record<Platform, Budget>> } | undefined | null,
  site: Platform,
): Budget {
  return brand?.budgets[site] ?? settings.defaultBudgets[site] ?? DEFAULT_BUDGETS[site];
}

/**
 * What the overlay shows before a post: how many broadcast posts (posts and threads; replies
 * never count) the account published in the user's local calendar day of `now`, and whether one
 * more would break the budget:
 * - `over-budget` when today's posts already reach `perDay`, with `nextFreeAt` the start of the
 *   next local day, or the end of the spacing when that is later;
 * - otherwise `too-soon` when the last broadcast post, even yesterday's, is less than
 *   `spacingMinutes` ago, with the whole minutes left to wait (at least 1) and `nextFreeAt` the
 *   spacing's end.
 */
export function budgetStatus(
  log: PostLog,
  settings: Settings,
  site: Platform,
  account: string,
  now: number,
): BudgetStatus {
  const norm = accountKey(site, account);
  const brand = brandOfAccount(settings, site, norm);
  const budget = siteBudget(settings, brand, site);
  const from = dayStart(now);
  const to = dayEnd(now);
  let postsToday = 0;
  let repliesToday = 0;
  let lastPostAt: number | null = null;
  for (const e of log.events) {
    if (e.site !== site || e.account !== norm) continue;
    const broadcast = isBroadcast(e.kind);
    if (e.at >= from && e.at < to) {
      if (broadcast) postsToday++;
      else repliesToday++;
    }
    if (broadcast && (lastPostAt === null || e.at > lastPostAt)) lastPostAt = e.at;
  }
  // The spacing's end: never more than one spacing from now, even after a post stamped in the future.
  const spacingEnd =
    lastPostAt !== null && budget.spacingMinutes > 0
      ? Math.min(lastPostAt, now) + budget.spacingMinutes * MINUTE
      : null;
  let warning: BudgetStatus['warning'] = null;
  if (postsToday >= budget.perDay) {
    warning = { kind: 'over-budget' };
    // Tomorrow's count starts at the next local midnight (lib/budget/day.ts: 23- and 25-hour days,
    // zones without a midnight); the spacing may end later still. A budget of 0 never frees a slot.
    if (budget.perDay > 0) warning.nextFreeAt = Math.max(dayEnd(now), spacingEnd ?? 0);
  } else if (spacingEnd !== null && lastPostAt !== null) {
    const left = lastPostAt + budget.spacingMinutes * MINUTE - now;
    if (left > 0)
      warning = {
        kind: 'too-soon',
        minutesToWait: Math.min(budget.spacingMinutes, Math.max(1, Math.ceil(left / MINUTE))),
        nextFreeAt: spacingEnd,
      };
  }
  return {
    site,
    account: norm,
    brandId: brand?.id ?? null,
    postsToday,
    repliesToday,
    perDay: budget.perDay,
    spacingMinutes: budget.spacingMinutes,
    lastPostAt,
    warning,
  };
}
