import type { Platform } from '../scoring/types';
import { accountKey, isAccountShape } from '../settings/accounts';
import type { Brand, Settings } from '../settings/types';

/**
 * An account as the log stores and compares it: trimmed, lower case, no leading `@`, inner
 * whitespace collapsed, and Reddit's `u/` removed: the same identity as `accountKey` in
 * lib/settings/accounts.ts, so `@Acme` typed in the options page matches `acme` read on the page.
 */
export function normalizeAccount(site: Platform, account: string): string {
  return accountKey({ platform: site, handle: account }).slice(site.length + 1);
}

/**
 * The account as the log stores it, from what a content script read on the page: normalized, and
 * `''` (unknown account: the post still counts, but for nobody) when it does not have the shape of
 * an account on that site. A page cannot make Steady charge its posts to a made-up account name
 * that no brand could ever list (lib/settings/accounts.ts HANDLE_FORMATS).
 */
export function pageAccount(site: Platform, account: string): string {
  const normalized = normalizeAccount(site, account);
  return normalized === '' || isAccountShape(site, normalized) ? normalized : '';
}

/** The brand that lists this account on this site, or undefined when it is unassigned. */
export function brandOfAccount(settings: Settings, site: Platform, account: string): Brand | undefined {
  const key = accountKey({ platform: site, handle: account });
  return settings.brands.find((b) => b.accounts.some((a) => accountKey(a) === key));
}
