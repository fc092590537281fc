import { describe, expect, it } from 'vitest';
import { accountId, accountKey, pageAccount } from './account';
import type { Platform } from './platform';

/**
 * What a content script reads as the account is page data (issue 11: a page named any account it
 * liked). The log keeps it only when it has the site's account shape (HANDLE_FORMATS), else ''.
 */
const CASES: Record<Platform, { kept: Array<[string, string]>; unknown: string[] }> = {
  x: {
    kept: [
      ['@Steady_Brand', 'steady_brand'],
      ['a', 'a'],
      ['fifteen_chars15', 'fifteen_chars15'],
    ],
    unknown: ['sixteen_chars_16', 'acme coffee', 'acme@mastodon.social', 'acme.bsky.social', '<b>acme</b>'],
  },
  instagram: {
    kept: [['steady.brand', 'steady.brand']],
    unknown: ['x'.repeat(31), 'steady brand', 'steady-brand'],
  },
  threads: {
    kept: [['@steady.labs', 'steady.labs']],
    unknown: ['steady/labs', 'ステディ'],
  },
  bluesky: {
    kept: [
      ['steady-brand.bsky.social', 'steady-brand.bsky.social'],
      ['@acme.com', 'acme.com'],
    ],
    unknown: ['acme', 'acme..bsky.social', `${'a'.repeat(250)}.social`, 'acme bsky.social'],
  },
  mastodon: {
    kept: [['SteadyBrand@mastodon.social', 'steadybrand@mastodon.social']],
    unknown: ['steadybrand', 'a@b@c.social', 'steady brand@mastodon.social'],
  },
  reddit: {
    kept: [
      ['u/Steady_Brand', 'steady_brand'],
      ['steady-labs', 'steady-labs'],
    ],
    unknown: ['ab', 'x'.repeat(21), 'steady.brand'],
  },
  linkedin: {
    kept: [
      ['Alex Doe', 'alex doe'],
      ['company:12345', 'company:12345'],
    ],
    unknown: ['x'.repeat(101), 'Alex <img src=x>', 'Alex\u0000Doe'],
  },
  facebook: {
    kept: [['Brand Page', 'brand page']],
    unknown: ['x'.repeat(101), 'page@example.com', 'Page <script>'],
  },
};

describe('pageAccount: the account shape per site', () => {
  for (const [site, { kept, unknown }] of Object.entries(CASES) as Array<
    [Platform, (typeof CASES)[Platform]]
  >) {
    it.each(kept)(`${site}: keeps %j as %j`, (read, stored) => {
      expect(pageAccount(site, read)).toBe(stored);
    });
    it.each(unknown)(`${site}: %j is the unknown account`, (read) => {
      expect(pageAccount(site, read)).toBe('');
    });
  }

  it('keeps the unknown account unknown', () => {
    expect(pageAccount('x', '')).toBe('');
    expect(pageAccount('x', '   ')).toBe('');
  });
});

/**
 * THE account normalisation (issue 9: four copies disagreed on Reddit's `u/` and on whitespace).
 * Each row: site, as typed or read, the key. Rows of one site with one key are one account.
 */
const KEYS: Array<[Platform, string, string]> = [
  ['x', 'acme', 'acme'],
  ['x', '@acme', 'acme'],
  ['x', '@@acme', 'acme'],
  ['x', ' @Acme ', 'acme'],
  ['x', 'ACME', 'acme'],
  ['x', '\t@AcMe\n', 'acme'],
  ['x', '@ acme', 'acme'],
  // `u/` means nothing on X: only Reddit drops it.
  ['x', 'u/acme', 'u/acme'],
  ['reddit', 'u/Acme', 'acme'],
  ['reddit', '/u/Acme', 'acme'],
  ['reddit', ' /u/ACME ', 'acme'],
  ['reddit', '@acme', 'acme'],
  ['reddit', 'acme', 'acme'],
  // Only a leading `u/` is a prefix.
  ['reddit', 'acme/u/x', 'acme/u/x'],
  ['linkedin', '  Acme   Coffee  ', 'acme coffee'],
  ['linkedin', 'Acme\u00a0Coffee', 'acme coffee'],
  ['linkedin', 'company:42', 'company:42'],
  ['facebook', 'Brand\n\nPage', 'brand page'],
  ['mastodon', '@Acme@Mastodon.Social', 'acme@mastodon.social'],
  ['bluesky', '@Acme.BSKY.social', 'acme.bsky.social'],
  ['threads', '@Steady.Labs', 'steady.labs'],
  ['x', '', ''],
  ['x', '   ', ''],
  ['x', '@', ''],
  ['reddit', 'u/', ''],
];

describe('accountKey', () => {
  it.each(KEYS)('%s: %j is %j', (site, typed, key) => {
    expect(accountKey(site, typed)).toBe(key);
  });

  it('is idempotent', () => {
    for (const [site, typed] of KEYS)
      expect(accountKey(site, accountKey(site, typed))).toBe(accountKey(site, typed));
  });

  it('keeps one account per site apart from the same name on another site', () => {
    expect(accountId('x', '@Acme')).toBe('x:acme');
    expect(accountId('reddit', '/u/Acme')).toBe(accountId('reddit', 'acme'));
    expect(accountId('x', 'acme')).not.toBe(accountId('threads', 'acme'));
  });
});
