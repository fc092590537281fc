import type { BrandRules } from '../brand/schema';
import type { Language, Platform } from '../core';

/**
 * Everything the user configures, as one versioned value. Pure types and defaults: no
 * `browser.*` here, so validation, migrations and import/export are testable in Node.
 * The options page edits it; the content script, popup and background read it.
 */
export const SETTINGS_VERSION = 1;

export interface Account {
  platform: Platform;
  /**
   * The handle as the site shows it: `@acme` (X, Threads, Instagram, Bluesky `acme.bsky.social`),
   * a LinkedIn company id (`company:12345`) or name, a Facebook Page name, Mastodon `acme@mastodon.social`.
   */
  handle: string;
  /**
   * The name as the site showed it when Steady saw the account post (`Alex Doe`, `@AcmeCoffee`), for
   * display only: `handle` (through accountKey() of lib/core) stays what identifies the account.
   * Optional within version 1: absent in settings saved before it existed.
   */
  displayName?: string;
}

export interface Budget {
  /** Broadcast posts per local calendar day (replies never count). */
  perDay: number;
  /** Minimum minutes between two broadcast posts. */
  spacingMinutes: number;
}

export interface Brand {
  id: string;
  name: string;
  languages: Language[];
  defaultLanguage: Language;
  accounts: Account[];
  /** Per-site budgets; a missing site uses `Settings.defaultBudgets`, then DEFAULT_BUDGETS. */
  budgets: Partial<Record<Platform, Budget>>;
  /** Banned/preferred phrases, limits, required elements, values, thresholds. */
  rules: BrandRules;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  brands: Brand[];
  /** The brand whose rules apply when the account on the page is unknown. */
  activeBrandId: string | null;
  /** Per-site switch. */
  sites: Record<Platform, boolean>;
  /** Mastodon instances the user granted, as origins: `https://mastodon.social`. */
  mastodonInstances: string[];
  /**
   * Opt-in: keep the text of each published post in the post log (and its export). Off by
   * default: the log then holds only time, site, account, kind and the three scores.
   * Added within version 1 as a field that defaults to false when absent (see validate.ts).
   */
  keepDraftText: boolean;
  /**
   * The user's own budgets per site for every account, before any brand exists and for accounts
   * without a brand; a brand's budget for a site overrides them, and a site missing here uses
   * DEFAULT_BUDGETS (lib/budget/status.ts `budgetFor`). Added within version 1: absent means {}.
   */
  defaultBudgets: Partial<Record<Platform, Budget>>;
}

/**
 * Published guidance collected in the budget issue: posts per day per site, 60 minutes apart. The
 * reason and source of each figure are the `welcome.reason.<site>` texts (locales/), shown by the
 * welcome page, and listed in the README.
 */
export const DEFAULT_BUDGETS: Record<Platform, Budget> = {
  x: { perDay: 3, spacingMinutes: 60 },
  linkedin: { perDay: 1, spacingMinutes: 60 },
  facebook: { perDay: 2, spacingMinutes: 60 },
  instagram: { perDay: 1, spacingMinutes: 60 },
  threads: { perDay: 3, spacingMinutes: 60 },
  mastodon: { perDay: 3, spacingMinutes: 60 },
  bluesky: { perDay: 3, spacingMinutes: 60 },
  reddit: { perDay: 2, spacingMinutes: 60 },
};

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    brands: [],
    activeBrandId: null,
    sites: {
      x: true,
      linkedin: true,
      facebook: true,
      instagram: true,
      threads: true,
      mastodon: true,
      bluesky: true,
      reddit: true,
    },
    mastodonInstances: [],
    keepDraftText: false,
    defaultBudgets: {},
  };
}
