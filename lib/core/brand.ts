import { accountKey } from './account';
import type { Platform } from './platform';

/**
 * The one answer to "whose account is this, and whose rules apply?" (issue 9: the coach scored with
 * the active brand while the budget line used the account's brand). Structural types, so lib/core
 * depends on nothing: any settings value with brands that list accounts fits.
 */
export interface AccountOwner {
  id: string;
  accounts: ReadonlyArray<{ platform: Platform; handle: string }>;
}

export interface BrandDirectory<B extends AccountOwner> {
  brands: readonly B[];
  /** The brand whose rules apply when the account on the page is unknown. */
  activeBrandId: string | null;
}

/** The brand that lists this account on this site, or undefined when it is unassigned (or unknown, `''`). */
export function brandOfAccount<B extends AccountOwner>(
  settings: BrandDirectory<B>,
  platform: Platform,
  account: string,
): B | undefined {
  const key = accountKey(platform, account);
  if (key === '') return undefined;
  return settings.brands.find((b) =>
    b.accounts.some((a) => a.platform === platform && accountKey(a.platform, a.handle) === key),
  );
}

/**
 * The brand whose rules apply to a draft: the brand that owns the posting account when it is
 * known, otherwise the active brand, otherwise the only brand, otherwise none (built-in rules).
 */
export function brandForAccount<B extends AccountOwner>(
  settings: BrandDirectory<B>,
  platform?: Platform,
  account?: string,
): B | undefined {
  const owner = platform && account ? brandOfAccount(settings, platform, account) : undefined;
  if (owner) return owner;
  const active = settings.brands.find((b) => b.id === settings.activeBrandId);
  if (active) return active;
  return settings.brands.length === 1 ? settings.brands[0] : undefined;
}
