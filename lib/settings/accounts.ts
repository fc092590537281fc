import type { Platform } from '../scoring/types';
import type { Account } from './types';

/** How each site names itself; proper nouns, the same in every UI language. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  reddit: 'Reddit',
};

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
 * The identity of an account for comparisons: case-insensitive, without the `@` or Reddit's
 * `u/` that people type or leave out (the same normalisation as `brandFor` in ./resolve.ts).
 */
export function accountKey(account: Account): string {
  const handle = account.handle.trim().toLowerCase().replace(/^@/, '');
  const bare = account.platform === 'reddit' ? handle.replace(/^\/?u\//, '') : handle;
  return `${account.platform}:${bare.replace(/\s+/g, ' ')}`;
}
