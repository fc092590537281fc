import { siteBudget } from '../lib/budget/status';
import type { AccountSummary, AccountWeek, BudgetSummary, PostLog, WeekDay } from '../lib/budget/types';
import { accountId, accountKey, brandOfAccount, isAccountShape, type Platform } from '../lib/core';
import type { Account, Brand, Settings } from '../lib/settings/types';

/**
 * What the popup's budget section shows, computed without the DOM, `browser.*` or i18n so it is
 * testable in Node (budget-model.test.ts): grouping per brand, meter states, chart
 * scaling, the conversation-ratio verdict and one-click account assignment.
 */

/** The identity of a logged account, comparable with the `accountId` of a configured one. */
export function logKey(site: Platform, account: string): string {
  return accountId(site, account);
}

/**
 * An account as people see it on its site: the name the site showed (`Alex Doe`, `@AcmeCoffee`)
 * when Steady saw one, else the stored key written the site's way (`@acme`, `u/acme`; the log keeps
 * it bare and lower case).
 */
export function displayHandle(site: Platform, account: string, displayName?: string): string {
  if (displayName && accountKey(site, displayName) === accountKey(site, account))
    return sitePrefixed(site, displayName);
  const bare = accountKey(site, account);
  switch (site) {
    case 'x':
    case 'instagram':
    case 'threads':
    case 'bluesky':
      return `@${bare}`;
    case 'reddit':
      return `u/${bare}`;
    default:
      return bare;
  }
}

/** Posts per day for a brand's site: the brand's, else the user's default, else the built-in one. */
/** A shown name with the prefix its site writes (`@` on X, `u/` on Reddit), kept as the page had it otherwise. */
function sitePrefixed(site: Platform, name: string): string {
  switch (site) {
    case 'x':
    case 'instagram':
    case 'threads':
    case 'bluesky':
      return name.startsWith('@') ? name : `@${name}`;
    case 'reddit':
      return /^\/?u\//i.test(name) ? name : `u/${name}`;
    default:
      return name;
  }
}

export function budgetFor(settings: Settings, brand: Brand | undefined, site: Platform): number {
  return siteBudget(settings, brand, site).perDay;
}

export type MeterState = 'under' | 'full' | 'over';

export function meterState(posts: number, perDay: number): MeterState {
  if (posts > perDay) return 'over';
  return posts === perDay && posts > 0 ? 'full' : 'under';
}

/** How much of the bar is filled, 0–1 (an over-budget bar is full; its pattern says "over"). */
export function meterFraction(posts: number, perDay: number): number {
  if (perDay <= 0) return posts > 0 ? 1 : 0;
  return Math.min(1, posts / perDay);
}

export interface AccountRow {
  site: Platform;
  /**
   * As written in the brand's settings, or as the site shows it for an unassigned account; empty
   * for posts whose account the site did not show.
   */
  handle: string;
  key: string;
  postsToday: number;
  repliesToday: number;
  perDay: number;
  lastPostAt: number | null;
  state: MeterState;
}

export interface BrandGroup {
  /** Null for the accounts that belong to no brand. */
  brandId: string | null;
  name: string;
  accounts: AccountRow[];
  postsToday: number;
  repliesToday: number;
}

function row(site: Platform, handle: string, a: Omit<AccountRow, 'site' | 'handle' | 'key' | 'state'>) {
  return { site, handle, key: logKey(site, handle), ...a, state: meterState(a.postsToday, a.perDay) };
}

/**
 * Today's counters per brand. Ownership comes from the settings on screen (so an account moves
 * the moment it is assigned, before the background answers again); every configured account is
 * listed, with an empty bar when it has not posted, so a brand's budget is visible before the first
 * post. Brands keep their settings order; accounts without a brand come last.
 */
export function groupByBrand(
  summary: BudgetSummary,
  settings: Settings,
  unassignedName: string,
): BrandGroup[] {
  const byKey = new Map<string, AccountSummary>();
  // Read before the merge below removes entries: the name the site showed, per account.
  const shown = new Map(summary.accounts.map((a) => [logKey(a.site, a.account), a.displayName] as const));
  for (const a of summary.accounts) {
    const key = logKey(a.site, a.account);
    const seen = byKey.get(key);
    // Two spellings of one account (`@Acme`, `acme`) are one account.
    byKey.set(
      key,
      seen
        ? {
            ...seen,
            postsToday: seen.postsToday + a.postsToday,
            repliesToday: seen.repliesToday + a.repliesToday,
            lastPostAt: Math.max(seen.lastPostAt ?? 0, a.lastPostAt ?? 0) || null,
          }
        : a,
    );
  }
  const groups: BrandGroup[] = settings.brands.map((brand) => {
    const accounts = brand.accounts.map((configured) => {
      const key = accountId(configured.platform, configured.handle);
      const today = byKey.get(key);
      byKey.delete(key);
      // The name the site showed wins over the handle as typed in the settings ("alex doe").
      const handle = configured.handle.trim();
      const name = shown.get(key) ?? configured.displayName;
      return row(configured.platform, name ? displayHandle(configured.platform, handle, name) : handle, {
        postsToday: today?.postsToday ?? 0,
        repliesToday: today?.repliesToday ?? 0,
        // From the settings on screen, like ownership: right at once after a budget or brand change.
        perDay: budgetFor(settings, brand, configured.platform),
        lastPostAt: today?.lastPostAt ?? null,
      });
    });
    return { brandId: brand.id, name: brand.name, accounts, postsToday: 0, repliesToday: 0 };
  });
  // A post whose account the site did not show (`''`) still counts; its handle stays empty.
  const unassigned: AccountRow[] = [...byKey.values()].map((a) =>
    row(a.site, a.account.trim() === '' ? '' : displayHandle(a.site, a.account, a.displayName), {
      postsToday: a.postsToday,
      repliesToday: a.repliesToday,
      perDay: a.perDay,
      lastPostAt: a.lastPostAt,
    }),
  );
  if (unassigned.length > 0)
    groups.push({
      brandId: null,
      name: unassignedName,
      accounts: unassigned,
      postsToday: 0,
      repliesToday: 0,
    });
  for (const g of groups) {
    g.postsToday = g.accounts.reduce((n, a) => n + a.postsToday, 0);
    g.repliesToday = g.accounts.reduce((n, a) => n + a.repliesToday, 0);
  }
  return groups;
}

export interface DayTotals {
  posts: number;
  replies: number;
  overBudget: number;
}

export function totals(groups: readonly BrandGroup[]): DayTotals {
  let posts = 0;
  let replies = 0;
  let overBudget = 0;
  for (const g of groups)
    for (const a of g.accounts) {
      posts += a.postsToday;
      replies += a.repliesToday;
      if (a.state === 'over') overBudget++;
    }
  return { posts, replies, overBudget };
}

/**
 * The verdict shown under the conversation ratio. The cut-offs are a judgement call, not a
 * measurement: below a third the feed is mostly announcements; from a half on the account answers
 * at least as often as it broadcasts.
 */
export type RatioVerdict = 'none' | 'low' | 'fair' | 'good';

export function ratioVerdict(ratio: number | null): RatioVerdict {
  if (ratio === null) return 'none';
  if (ratio < 1 / 3) return 'low';
  return ratio < 0.5 ? 'fair' : 'good';
}

/** A ratio as a whole percentage in the UI language ("40 %" in German, "40%" in English). */
export function formatPercent(ratio: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

export interface ChartScale {
  /** The value at the top of the plot. */
  max: number;
  /** Gridline values from 0 to max, 2–5 of them. */
  ticks: number[];
}

/**
 * A y-axis for bars of whole posts: the top is a "nice" number at least as high as the tallest bar,
 * with whole-number steps of 1, 2 or 5 × 10^n (never 0.5 posts).
 */
export function chartScale(values: readonly number[]): ChartScale {
  const top = Math.max(1, ...values.filter((v) => Number.isFinite(v)));
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = [1, 2, 5].map((m) => m * magnitude).find((s) => Math.ceil(top / s) <= 4);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  const max = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  return { max, ticks };
}

/** A local calendar day `YYYY-MM-DD` as a Date at local noon (clear of DST edges). */
export function dayDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

/** Short weekday names in the UI language ("Mo", "ma", "Mon"). */
export function weekdayLabel(day: string, lang: string, style: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(lang, { weekday: style }).format(dayDate(day));
}

export interface WeekSeries {
  brandId: string | null;
  days: WeekDay[];
}

/** One account's row of the small multiples: its days and its budget, over-budget days marked. */
export interface AccountWeekRow {
  key: string;
  site: Platform;
  /** As the site shows it (see displayHandle); '' for posts whose account the site did not show. */
  handle: string;
  perDay: number;
  days: Array<WeekDay & { over: boolean }>;
  /** The days whose posts went over the budget, oldest first. */
  overDays: string[];
}

export interface BrandWeek {
  brandId: string | null;
  /** The brand's posts and replies per day over all its accounts. */
  total: WeekDay[];
  rows: AccountWeekRow[];
}

/**
 * The week per brand (in the order of `groups`, i.e. the settings on screen) with one row per
 * account that the brand lists or that posted: a day is over budget when its posts exceed the
 * account's budget (replies never count). The budget is the one on screen, so a changed budget shows
 * at once; budgets have no history, so past days are judged by today's budget.
 */
export function weekByBrand(summary: BudgetSummary, settings: Settings): BrandWeek[] {
  const rows = new Map<string, AccountWeek>();
  for (const w of summary.week) rows.set(logKey(w.site, w.account), w);
  const empty = (): WeekDay[] =>
    (summary.brandWeek[0]?.days ?? summary.week[0]?.days ?? []).map((d) => ({
      day: d.day,
      posts: 0,
      replies: 0,
    }));
  const toRow = (site: Platform, handle: string, perDay: number, week: AccountWeek | undefined) => {
    const days = (week?.days ?? empty()).map((d) => ({ ...d, over: d.posts > perDay }));
    return {
      key: logKey(site, handle),
      site,
      handle,
      perDay,
      days,
      overDays: days.filter((d) => d.over).map((d) => d.day),
    } satisfies AccountWeekRow;
  };
  const out: BrandWeek[] = settings.brands.map((brand) => ({
    brandId: brand.id,
    total: empty(),
    rows: brand.accounts.map((configured) => {
      const key = accountId(configured.platform, configured.handle);
      const week = rows.get(key);
      rows.delete(key);
      const handle = configured.handle.trim();
      const name = week?.displayName ?? configured.displayName;
      return toRow(
        configured.platform,
        name ? displayHandle(configured.platform, handle, name) : handle,
        budgetFor(settings, brand, configured.platform),
        week,
      );
    }),
  }));
  const rest = [...rows.values()];
  if (rest.length > 0)
    out.push({
      brandId: null,
      total: empty(),
      rows: rest.map((w) =>
        toRow(w.site, w.account === '' ? '' : displayHandle(w.site, w.account, w.displayName), w.perDay, w),
      ),
    });
  for (const b of out)
    for (const r of b.rows)
      r.days.forEach((d, i) => {
        const t = b.total[i];
        if (!t) return;
        t.posts += d.posts;
        t.replies += d.replies;
      });
  return out;
}

export interface WeekFacts {
  posts: number;
  replies: number;
  /** The day with the most posts and replies, the latest on a tie; null with no activity. */
  busiest: string | null;
}

export function weekFacts(series: WeekSeries): WeekFacts {
  let posts = 0;
  let replies = 0;
  let busiest: string | null = null;
  let most = 0;
  for (const d of series.days) {
    posts += d.posts;
    replies += d.replies;
    if (d.posts + d.replies > 0 && d.posts + d.replies >= most) {
      most = d.posts + d.replies;
      busiest = d.day;
    }
  }
  return { posts, replies, busiest };
}

export interface UnassignedAccount {
  site: Platform;
  /** As the log has it (bare, lower case). */
  account: string;
  /** As the site showed it (the newest logged name), else the key written the site's way. */
  handle: string;
  /** The name the site showed, when the log has one. */
  displayName?: string;
  key: string;
  posts: number;
  replies: number;
  lastAt: number;
}

/**
 * Accounts the log (or today's summary) has seen posting that belong to no brand, most recent
 * first. Posts whose account the site did not show (`''`) cannot be assigned and are left out.
 */
export function unassignedAccounts(
  log: PostLog,
  settings: Settings,
  summary: BudgetSummary | null = null,
): UnassignedAccount[] {
  const found = new Map<string, UnassignedAccount>();
  const add = (
    site: Platform,
    account: string,
    posts: number,
    replies: number,
    at: number,
    name: string | undefined,
  ) => {
    if (account.trim() === '' || brandOfAccount(settings, site, account)) return;
    const key = logKey(site, account);
    const seen: UnassignedAccount = found.get(key) ?? {
      site,
      account: accountKey(site, account),
      handle: displayHandle(site, account),
      key,
      posts: 0,
      replies: 0,
      lastAt: 0,
    };
    seen.posts += posts;
    seen.replies += replies;
    // The log is in time order: the newest name the site showed wins.
    if (name && at >= seen.lastAt) {
      seen.displayName = name;
      seen.handle = displayHandle(site, account, name);
    }
    seen.lastAt = Math.max(seen.lastAt, at);
    found.set(key, seen);
  };
  for (const e of log.events) {
    const reply = e.kind === 'reply';
    add(e.site, e.account, reply ? 0 : 1, reply ? 1 : 0, e.at, e.displayName);
  }
  // Today's summary can know an account before this popup read the log (or when the log is trimmed).
  for (const a of summary?.accounts ?? []) {
    const key = logKey(a.site, a.account);
    if (!found.has(key))
      add(a.site, a.account, a.postsToday, a.repliesToday, a.lastPostAt ?? 0, a.displayName);
  }
  return [...found.values()].sort((a, b) => b.lastAt - a.lastAt || a.key.localeCompare(b.key));
}

/**
 * The account as a brand stores it: the handle written as the site shows it (`Alex Doe`,
 * `@AcmeCoffee`) when that is a valid handle, else the key written the site's way; the shown name
 * also as `displayName` when the handle cannot carry it.
 */
export function configuredAccount(site: Platform, account: string, displayName?: string): Account {
  const shown = displayHandle(site, account, displayName);
  if (isAccountShape(site, shown)) return { platform: site, handle: shown };
  const out: Account = { platform: site, handle: displayHandle(site, account) };
  if (displayName && shown === displayName) out.displayName = displayName;
  return out;
}

/**
 * Adds `account` to brand `brandId` in `settings` (changed in place, for `OptionsState.patch`);
 * idempotent, so adding twice changes nothing. False when the brand is gone.
 */
export function addAccount(
  settings: Settings,
  brandId: string,
  site: Platform,
  account: string,
  displayName?: string,
): boolean {
  const brand = settings.brands.find((b) => b.id === brandId);
  if (!brand) return false;
  const key = logKey(site, account);
  if (!brand.accounts.some((a) => accountId(a.platform, a.handle) === key))
    brand.accounts.push(configuredAccount(site, account, displayName));
  return true;
}

/**
 * The settings with `account` added to brand `brandId`, as a new value (the caller saves it through
 * `saveSettings`, which validates). Null when the brand is gone.
 */
export function withAccount(
  settings: Settings,
  brandId: string,
  site: Platform,
  account: string,
  displayName?: string,
): Settings | null {
  const next = structuredClone(settings);
  return addAccount(next, brandId, site, account, displayName) ? next : null;
}
