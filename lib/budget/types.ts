import type { Platform } from '../core';
import type { ScoreKey } from '../scoring/types';

/**
 * One published post, reply or thread, as recorded by the background (the single writer).
 * The draft text is kept only when the user opted in (settings); everything else is minimal.
 */
export const POST_LOG_VERSION = 1;

export type PostKind = 'post' | 'reply' | 'thread';

export interface PostEvent {
  /** Made by the content script at submit intent; the background ignores a second event with the same id. */
  id: string;
  /** Epoch milliseconds when the site confirmed the post. */
  at: number;
  site: Platform;
  /**
   * The account as the site shows it (normalized: lower case, no leading @): `acme`, `acme.bsky.social`,
   * `acme@mastodon.social`, `company:12345` (LinkedIn Page), a Facebook Page name. `''` when unknown.
   */
  account: string;
  kind: PostKind;
  /**
   * The account as the site showed it (`Alex Doe`, `@AcmeCoffee`), kept for display when it differs
   * from `account`; `account` stays what counts and compares. Absent in events logged before it existed.
   */
  displayName?: string;
  scores: Record<ScoreKey, number> | null;
  /** Only when the user opted in to keeping drafts. */
  text?: string;
  /**
   * Team sync (issue 13): the display name of the member who posted, on events pulled from the team's
   * database. Absent: this browser's own post. Never taken from a content script (prepareEvent drops it).
   */
  member?: string;
}

export interface PostLog {
  version: typeof POST_LOG_VERSION;
  events: PostEvent[];
}

/** What the overlay shows for the account about to post. */
export interface BudgetStatus {
  site: Platform;
  account: string;
  /** The brand the account belongs to, or null when unassigned. */
  brandId: string | null;
  /** Broadcast posts (posts and threads) today, in the user's local calendar day. */
  postsToday: number;
  repliesToday: number;
  perDay: number;
  spacingMinutes: number;
  /** Epoch ms of the last broadcast post of this account, if any. */
  lastPostAt: number | null;
  /**
   * Why posting now would break the budget, if it would, and `nextFreeAt`: epoch ms of the first
   * moment the budget allows the next post (the spacing's end, or the next local day's start when
   * today's posts are used up, whichever is later). Absent when no moment will: a budget of 0 a day.
   */
  warning: null | { kind: 'over-budget' | 'too-soon'; minutesToWait?: number; nextFreeAt?: number };
  /**
   * Team sync (issue 13): the account's brand syncs, so the counts include other members' posts and the
   * content script asks again every few seconds (entrypoints/content/coach.ts). Absent: it does not.
   */
  team?: true;
}

/** One account's day in the popup. */
export interface AccountSummary {
  site: Platform;
  account: string;
  /** As the site last showed it (the newest logged event's, else the brand's stored one), if known. */
  displayName?: string;
  brandId: string | null;
  postsToday: number;
  repliesToday: number;
  perDay: number;
  lastPostAt: number | null;
}

export interface WeekDay {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  posts: number;
  replies: number;
}

/** One account's last seven days. */
export interface AccountWeek {
  site: Platform;
  account: string;
  displayName?: string;
  brandId: string | null;
  /** The account's budget now (not as it was on each day: budgets have no history). */
  perDay: number;
  days: WeekDay[];
}

/** Everything the popup shows about posting: today's counters and the last seven days. */
export interface BudgetSummary {
  /** The user's local calendar day, `YYYY-MM-DD`. */
  today: string;
  accounts: AccountSummary[];
  /**
   * Per account (the same accounts and order as `accounts`), the last 7 local days, oldest first,
   * with the account's budget, so each row can mark the days over it.
   */
  week: AccountWeek[];
  /** Per brand (or `null` = unassigned accounts), the sum of its accounts' rows in `week`. */
  brandWeek: Array<{ brandId: string | null; days: WeekDay[] }>;
  /** Replies / (posts + replies) over the last 7 days, 0–1; null with no activity. */
  conversationRatio: number | null;
}
