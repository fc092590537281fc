import type { Platform } from './platform';

/**
 * The one account normalisation (issue 9: there were four, and they disagreed on Reddit's `u/` and
 * on whitespace, so an account typed in the options page could miss the account read on the page).
 * Everything that compares, stores or looks up an account goes through `accountKey`; the meta-test
 * tests/meta/protocol.test.ts checks that nothing outside lib/core normalises one by hand.
 */

const DOMAIN = '(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}';

/**
 * What an account looks like on each site, as the site shows it to the person posting.
 * Sources: X handles are 4–15 letters, digits and `_` (older ones can be shorter, so 1–15);
 * Instagram and Threads share usernames of up to 30 letters, digits, `.` and `_`; Bluesky
 * handles are domain names; Mastodon accounts are `user@instance`; Reddit usernames are 3–20
 * of letters, digits, `-` and `_`. LinkedIn company Pages are `company:<id>` (the number in
 * linkedin.com/company/<id>/admin) or the Page name; Facebook Pages are named freely.
 */
export const HANDLE_FORMATS: Record<Platform, { pattern: RegExp; example: string }> = {
  x: { pattern: /^@?[A-Za-z0-9_]{1,15}$/, example: '@acme' },
  instagram: { pattern: /^@?[A-Za-z0-9._]{1,30}$/, example: '@acme.coffee' },
  threads: { pattern: /^@?[A-Za-z0-9._]{1,30}$/, example: '@acme.coffee' },
  bluesky: { pattern: new RegExp(`^@?(?=.{3,253}$)${DOMAIN}$`, 'i'), example: '@acme.bsky.social' },
  mastodon: {
    pattern: new RegExp(`^@?[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,28}[A-Za-z0-9_])?@${DOMAIN}$`, 'i'),
    example: 'acme@mastodon.social',
  },
  reddit: { pattern: /^(?:\/?u\/)?[A-Za-z0-9_-]{3,20}$/, example: 'u/acme' },
  linkedin: { pattern: /^(?:company:\d{1,15}|[^\p{Cc}<>]{1,100})$/u, example: 'company:12345' },
  facebook: { pattern: /^[^\p{Cc}<>@]{1,100}$/u, example: 'Acme Coffee' },
};

/**
 * Whether `handle` has the shape of an account on `platform` (HANDLE_FORMATS: the syntax and
 * length caps of each network). What a page shows as the account is page data: anything else
 * (a 200-character string, markup, a `user@host` on X) is not an account of that site.
 */
export function isAccountShape(platform: Platform, handle: string): boolean {
  return HANDLE_FORMATS[platform].pattern.test(handle);
}

/**
 * An account as Steady compares and stores it: trimmed, inner whitespace collapsed to one space,
 * lower case (every site's handles are case-insensitive; Page names are compared the same way), no
 * leading `@`s, and on Reddit no `u/` or `/u/`, which people type or leave out. `@Acme`, ` acme `
 * and `ACME` are one X account; `/u/Acme` and `acme` one Reddit account. Mastodon's `user@host` keeps
 * its inner `@`. `''` stays `''` (the unknown account).
 */
export function accountKey(platform: Platform, handle: string): string {
  let key = handle.trim().replace(/\s+/g, ' ').toLowerCase().replace(/^@+/, '');
  if (platform === 'reddit') key = key.replace(/^\/?u\//, '');
  // `@ acme` or `u/ acme`: the space after the prefix is not part of the name.
  return key.trimStart();
}

/**
 * An account as a page shows it, for the site adapters (lib/sites/*) to return: trimmed, inner
 * whitespace collapsed, case and prefixes kept (`Alex Doe`, `Brand Page`, `Steady_Labs`). The
 * background keys it with `pageAccount` and keeps this form as the account's display name (issue
 * 12: the UI showed "alex doe"); nothing compares it as it is.
 */
export function shownAccount(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * An account qualified by its site, for maps and sets that hold accounts of several sites:
 * `acme` on X and `acme` on Threads are two accounts.
 */
export function accountId(platform: Platform, handle: string): string {
  return `${platform}:${accountKey(platform, handle)}`;
}

/**
 * The account as the log stores it, from what a content script read on the page: its `accountKey`,
 * and `''` (unknown account: the post still counts, but for nobody) when it does not have the shape
 * of an account on that site. A page cannot make Steady charge its posts to a made-up account name
 * that no brand could ever list (HANDLE_FORMATS).
 */
export function pageAccount(platform: Platform, handle: string): string {
  const key = accountKey(platform, handle);
  return key === '' || isAccountShape(platform, key) ? key : '';
}
