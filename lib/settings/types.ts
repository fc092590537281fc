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

/**
 * A finding the brand never wants to see (issue 10, "never for this brand"): the whole rule, or
 * only this exact phrase of it (lower case, white space collapsed: `normalisePhrase`). `at`: when it
 * was added (epoch ms), so the options page can list the newest first.
 */
export interface Ignore {
  rule: string;
  phrase?: string;
  at: number;
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
  /** What the brand chose to ignore; optional within version 1 (absent reads as none). */
  ignores: Ignore[];
  /**
   * Team sync through a CouchDB database (issue 13, lib/team/). Absent: never configured, and nothing
   * is ever requested for this brand. Added within version 1 as an optional field. The member's
   * credentials are never here (lib/storage/team-credentials.ts): settings are exported.
   */
  team?: TeamConfig;
}

/** Where a brand's team shares its posts and brand settings (lib/team/config.ts checks the values). */
export interface TeamConfig {
  /** The server's origin: `https://couch.example.com`, or `http://localhost:5984` (loopback only). */
  server: string;
  /** The brand's database on that server (one per brand, its `_security` names the members). */
  database: string;
  /** Whether post text replicates (only where the brand opted in; else time, site, account, kind, scores). */
  shareText: boolean;
  /** Off keeps the configuration but makes no request. */
  enabled: boolean;
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
