import { describe, expect, it } from 'vitest';
import { emptyBrandRules } from '../lib/brand/schema';
import type { BudgetSummary, PostEvent, PostLog } from '../lib/budget/types';
import type { Platform } from '../lib/scoring/types';
import { type Brand, defaultSettings, type Settings } from '../lib/settings/types';
import { validateSettings } from '../lib/settings/validate';
import {
  addAccount,
  chartScale,
  configuredAccount,
  displayHandle,
  formatPercent,
  groupByBrand,
  meterFraction,
  meterState,
  ratioVerdict,
  totals,
  unassignedAccounts,
  weekByBrand,
  weekdayLabel,
  weekFacts,
  withAccount,
} from './budget-model';

function brand(id: string, name: string, accounts: Brand['accounts'], budgets: Brand['budgets'] = {}): Brand {
  return {
    id,
    name,
    languages: ['en'],
    defaultLanguage: 'en',
    accounts,
    budgets,
    rules: emptyBrandRules(),
  };
}

function settingsWith(...brands: Brand[]): Settings {
  return { ...defaultSettings(), brands, activeBrandId: brands[0]?.id ?? null };
}

const ACME = brand(
  'acme',
  'Acme',
  [
    { platform: 'x', handle: '@Acme' },
    { platform: 'linkedin', handle: 'company:12345' },
  ],
  { x: { perDay: 2, spacingMinutes: 60 } },
);

function summary(partial: Partial<BudgetSummary> = {}): BudgetSummary {
  return { today: '2025-03-30', accounts: [], week: [], brandWeek: [], conversationRatio: null, ...partial };
}

function event(site: Platform, account: string, kind: PostEvent['kind'], at = 1_000): PostEvent {
  return { id: `${site}:${account}:${kind}:${at}`, at, site, account, kind, scores: null };
}

describe('meters', () => {
  it.each([
    [0, 3, 'under', 0],
    [2, 3, 'under', 2 / 3],
    [3, 3, 'full', 1],
    [4, 3, 'over', 1],
    [0, 0, 'under', 0],
    [1, 0, 'over', 1],
  ] as const)('%i of %i posts is %s, filled %f', (posts, perDay, state, fraction) => {
    expect(meterState(posts, perDay)).toBe(state);
    expect(meterFraction(posts, perDay)).toBeCloseTo(fraction);
  });
});

describe('groupByBrand', () => {
  it('lists every configured account, merges spellings, and puts other accounts last', () => {
    const s = summary({
      accounts: [
        // The background writes accounts bare and lower case; the brand wrote "@Acme".
        {
          site: 'x',
          account: 'acme',
          brandId: 'acme',
          postsToday: 3,
          repliesToday: 1,
          perDay: 2,
          lastPostAt: 9,
        },
        {
          site: 'x',
          account: 'stranger',
          brandId: null,
          postsToday: 1,
          repliesToday: 0,
          perDay: 3,
          lastPostAt: 8,
        },
        { site: 'x', account: '', brandId: null, postsToday: 1, repliesToday: 0, perDay: 3, lastPostAt: 7 },
      ],
    });
    const groups = groupByBrand(s, settingsWith(ACME), 'Unassigned');
    expect(groups.map((g) => [g.brandId, g.name, g.postsToday, g.repliesToday])).toEqual([
      ['acme', 'Acme', 3, 1],
      [null, 'Unassigned', 2, 0],
    ]);
    const [x, linkedin] = groups[0]!.accounts;
    expect(x).toMatchObject({ handle: '@Acme', postsToday: 3, perDay: 2, state: 'over' });
    // Not in the summary: the brand's budget for the site, else the site's default (LinkedIn: 1).
    expect(linkedin).toMatchObject({ handle: 'company:12345', postsToday: 0, perDay: 1, state: 'under' });
    // A post whose account the site did not show still counts, with an empty handle.
    expect(groups[1]!.accounts.map((a) => [a.handle, a.key])).toEqual([
      ['@stranger', 'x:stranger'],
      ['', 'x:'],
    ]);
    expect(totals(groups)).toEqual({ posts: 5, replies: 1, overBudget: 1 });
  });

  it('moves an account to its brand as soon as the settings say so', () => {
    const s = summary({
      accounts: [
        {
          site: 'x',
          account: 'stranger',
          brandId: null,
          postsToday: 1,
          repliesToday: 0,
          perDay: 3,
          lastPostAt: 8,
        },
      ],
    });
    const before = groupByBrand(s, settingsWith(ACME), 'U');
    expect(before.map((g) => g.brandId)).toEqual(['acme', null]);
    const after = groupByBrand(s, withAccount(settingsWith(ACME), 'acme', 'x', 'stranger')!, 'U');
    expect(after.map((g) => g.brandId)).toEqual(['acme']);
    expect(after[0]!.accounts.map((a) => [a.handle, a.postsToday])).toEqual([
      ['@Acme', 0],
      ['company:12345', 0],
      ['@stranger', 1],
    ]);
  });
});

describe('unassignedAccounts', () => {
  const log: PostLog = {
    version: 1,
    events: [
      event('x', 'acme', 'post', 1),
      event('x', 'stranger', 'post', 2),
      event('x', 'stranger', 'reply', 3),
      event('bluesky', 'newbie.bsky.social', 'thread', 10),
      event('facebook', '', 'post', 11),
    ],
  };

  it('lists accounts no brand owns, most recent first, without anonymous posts', () => {
    expect(
      unassignedAccounts(log, settingsWith(ACME)).map((a) => [a.key, a.handle, a.posts, a.replies]),
    ).toEqual([
      ['bluesky:newbie.bsky.social', '@newbie.bsky.social', 1, 0],
      ['x:stranger', '@stranger', 1, 1],
    ]);
  });

  it('adds accounts only today’s summary knows', () => {
    const s = summary({
      accounts: [
        {
          site: 'reddit',
          account: 'fresh',
          brandId: null,
          postsToday: 2,
          repliesToday: 0,
          perDay: 2,
          lastPostAt: 20,
        },
      ],
    });
    expect(
      unassignedAccounts({ version: 1, events: [] }, settingsWith(ACME), s).map((a) => a.handle),
    ).toEqual(['u/fresh']);
  });
});

describe('assigning an account', () => {
  // One account per site as the log stores it (lib/budget/types.ts: bare, lower case).
  const seen: Array<[Platform, string, string]> = [
    ['x', 'stranger', '@stranger'],
    ['instagram', 'acme.coffee', '@acme.coffee'],
    ['threads', 'acme.coffee', '@acme.coffee'],
    ['bluesky', 'acme.bsky.social', '@acme.bsky.social'],
    ['mastodon', 'acme@mastodon.social', 'acme@mastodon.social'],
    ['reddit', 'acme', 'u/acme'],
    ['linkedin', 'company:98765', 'company:98765'],
    ['facebook', 'acme coffee', 'acme coffee'],
  ];

  it.each(seen)('adds a %s account %s as %s, and the settings stay valid', (site, account, handle) => {
    const next = withAccount(settingsWith(ACME), 'acme', site, account);
    expect(next?.brands[0]?.accounts.at(-1)).toEqual({ platform: site, handle });
    expect(validateSettings(next).ok).toBe(true);
    const log: PostLog = { version: 1, events: [event(site, account, 'post')] };
    expect(unassignedAccounts(log, next!)).toEqual([]);
    expect(displayHandle(site, account)).toBe(handle);
  });

  it('is idempotent and leaves the input alone', () => {
    const settings = settingsWith(ACME);
    const once = withAccount(settings, 'acme', 'x', 'stranger')!;
    expect(settings.brands[0]!.accounts).toHaveLength(2);
    expect(addAccount(once, 'acme', 'x', '@Stranger')).toBe(true);
    expect(once.brands[0]!.accounts).toHaveLength(3);
  });

  it('refuses a brand that is gone', () => {
    expect(withAccount(settingsWith(ACME), 'gone', 'x', 'stranger')).toBeNull();
  });

  it('leaves it to validation to refuse markup in an account name', () => {
    const next = withAccount(settingsWith(ACME), 'acme', 'facebook', '<img src=x onerror=alert(1)>');
    const checked = validateSettings(next);
    expect(checked.ok).toBe(false);
  });
});

describe('chartScale', () => {
  it.each([
    [[0, 0], 1, [0, 1]],
    [[1, 2], 2, [0, 1, 2]],
    [[3], 3, [0, 1, 2, 3]],
    [[4], 4, [0, 1, 2, 3, 4]],
    [[5], 6, [0, 2, 4, 6]],
    [[2, 7], 8, [0, 2, 4, 6, 8]],
    [[9], 10, [0, 5, 10]],
    [[23], 30, [0, 10, 20, 30]],
    [[180], 200, [0, 50, 100, 150, 200]],
    [[Number.NaN, 2], 2, [0, 1, 2]],
  ])('bars %j reach %i with ticks %j', (values, max, ticks) => {
    expect(chartScale(values)).toEqual({ max, ticks });
  });

  it('never has more than 5 ticks or fractional steps', () => {
    for (let top = 0; top <= 1000; top++) {
      const { max, ticks } = chartScale([top]);
      expect(max).toBeGreaterThanOrEqual(Math.max(1, top));
      expect(ticks.length).toBeLessThanOrEqual(5);
      expect(ticks.every(Number.isInteger)).toBe(true);
    }
  });
});

describe('the conversation ratio', () => {
  it.each([
    [null, 'none'],
    [0, 'low'],
    [0.32, 'low'],
    [1 / 3, 'fair'],
    [0.49, 'fair'],
    [0.5, 'good'],
    [1, 'good'],
  ] as const)('%s is %s', (ratio, verdict) => {
    expect(ratioVerdict(ratio)).toBe(verdict);
  });

  it('is a whole percentage in the UI language', () => {
    expect(formatPercent(0.4, 'en')).toBe('40%');
    expect(formatPercent(0.4, 'de')).toBe('40\u00a0%');
    expect(formatPercent(2 / 3, 'nl')).toBe('67%');
  });
});

describe('week', () => {
  it('names weekdays in the UI language, from the local day', () => {
    // 2025-03-30 is a Sunday, and the day European clocks go forward.
    expect(weekdayLabel('2025-03-30', 'en')).toBe('Sun');
    expect(weekdayLabel('2025-03-30', 'de', 'long')).toBe('Sonntag');
    expect(weekdayLabel('2025-03-31', 'nl', 'long')).toBe('maandag');
  });

  it('sums the week and finds the busiest day (the latest on a tie)', () => {
    expect(
      weekFacts({
        brandId: 'acme',
        days: [
          { day: '2025-03-28', posts: 2, replies: 1 },
          { day: '2025-03-29', posts: 0, replies: 0 },
          { day: '2025-03-30', posts: 1, replies: 2 },
        ],
      }),
    ).toEqual({ posts: 3, replies: 3, busiest: '2025-03-30' });
    expect(
      weekFacts({ brandId: null, days: [{ day: '2025-03-30', posts: 0, replies: 0 }] }).busiest,
    ).toBeNull();
  });
});

describe('display names (issue 12: "alex doe" in the UI)', () => {
  it('shows the name the site showed, for brand accounts and unassigned ones', () => {
    const s = summary({
      accounts: [
        {
          site: 'linkedin',
          account: 'company:12345',
          displayName: 'Company:12345',
          brandId: 'acme',
          postsToday: 0,
          repliesToday: 0,
          perDay: 1,
          lastPostAt: null,
        },
        {
          site: 'facebook',
          account: 'alex doe',
          displayName: 'Alex Doe',
          brandId: null,
          postsToday: 1,
          repliesToday: 0,
          perDay: 2,
          lastPostAt: 5,
        },
      ],
    });
    const groups = groupByBrand(s, settingsWith(ACME), 'U');
    expect(groups.flatMap((g) => g.accounts.map((a) => a.handle))).toEqual([
      '@Acme',
      'Company:12345',
      'Alex Doe',
    ]);
  });

  it('lists an unassigned account with its newest shown name, and assigning keeps it', () => {
    const log: PostLog = {
      version: 1,
      events: [
        { ...event('facebook', 'brand page', 'post', 1), displayName: 'brand PAGE' },
        { ...event('facebook', 'brand page', 'post', 2), displayName: 'Brand Page' },
        event('facebook', 'brand page', 'reply', 3),
      ],
    };
    const [page] = unassignedAccounts(log, settingsWith(ACME));
    expect(page).toMatchObject({
      account: 'brand page',
      handle: 'Brand Page',
      displayName: 'Brand Page',
      posts: 2,
    });
    const next = withAccount(settingsWith(ACME), 'acme', 'facebook', 'brand page', page?.displayName);
    expect(next?.brands[0]?.accounts.at(-1)).toEqual({ platform: 'facebook', handle: 'Brand Page' });
    expect(validateSettings(next).ok).toBe(true);
  });

  it('ignores a name that names another account', () => {
    expect(displayHandle('x', 'acme', '@Someone')).toBe('@acme');
    expect(configuredAccount('x', 'acme', '@AcmeCoffee')).toEqual({ platform: 'x', handle: '@acme' });
    expect(configuredAccount('x', 'acme', '@ACME')).toEqual({ platform: 'x', handle: '@ACME' });
  });
});

describe('weekByBrand', () => {
  const days = ['2025-03-28', '2025-03-29', '2025-03-30'];
  const row = (site: Platform, account: string, brandId: string | null, perDay: number, posts: number[]) => ({
    site,
    account,
    brandId,
    perDay,
    days: days.map((day, i) => ({ day, posts: posts[i] ?? 0, replies: i })),
  });

  it('gives one row per account with its over-budget days, and the brand total above', () => {
    const s = summary({
      week: [
        row('x', 'acme', 'acme', 2, [1, 3, 2]),
        row('linkedin', 'company:12345', 'acme', 1, [2, 0, 1]),
        { ...row('facebook', 'alex doe', null, 2, [0, 0, 4]), displayName: 'Alex Doe' },
      ],
      brandWeek: [{ brandId: 'acme', days: days.map((day) => ({ day, posts: 0, replies: 0 })) }],
    });
    const [acme, rest] = weekByBrand(s, settingsWith(ACME));
    expect(acme?.rows.map((r) => [r.handle, r.perDay, r.overDays])).toEqual([
      ['@Acme', 2, ['2025-03-29']],
      ['company:12345', 1, ['2025-03-28']],
    ]);
    expect(acme?.total.map((d) => [d.posts, d.replies])).toEqual([
      [3, 0],
      [3, 2],
      [3, 4],
    ]);
    expect(rest?.brandId).toBeNull();
    expect(rest?.rows.map((r) => [r.handle, r.overDays])).toEqual([['Alex Doe', ['2025-03-30']]]);
  });

  it('judges the days by the budget on screen, and lists a configured account with no row yet', () => {
    const s = summary({ week: [row('x', 'acme', 'acme', 2, [1, 3, 2])] });
    const stricter = settingsWith(
      brand('acme', 'Acme', ACME.accounts, { x: { perDay: 1, spacingMinutes: 0 } }),
    );
    const [acme] = weekByBrand(s, stricter);
    expect(acme?.rows[0]?.overDays).toEqual(['2025-03-29', '2025-03-30']);
    expect(acme?.rows[1]?.days.map((d) => d.posts)).toEqual([0, 0, 0]);
  });
});
