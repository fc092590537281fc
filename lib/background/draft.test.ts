import { describe, expect, it } from 'vitest';
import { emptyBrandRules } from '../brand/schema';
import type { Badge } from '../budget/badge';
import { parsePostLog } from '../budget/log';
import { PostStore } from '../budget/store';
import type { PostLog } from '../budget/types';
import { REQUESTS } from '../protocol';
import { type Brand, defaultSettings, type Settings } from '../settings/types';
import { memoryTabAccounts } from '../storage/budget-tabs';
import type { BudgetDeps } from './budget';
import { handleDraft, threadParts } from './draft';
import { backgroundHandlers } from './handlers';

process.env.TZ = 'Europe/Amsterdam';
const NOW = Date.parse('2024-05-15T12:00:00+02:00');

/** Two brands on X with different banned phrases, accounts and budgets (issue 9). */
const BEAN: Brand = {
  id: 'bean',
  name: 'Bean and Leaf',
  languages: ['en'],
  defaultLanguage: 'en',
  accounts: [{ platform: 'x', handle: '@Bean_Leaf' }],
  budgets: { x: { perDay: 2, spacingMinutes: 0 } },
  ignores: [],
  rules: { ...emptyBrandRules(), banned: [{ phrase: 'cheap', reason: 'Bean says: never cheap' }] },
};
const TIDE: Brand = {
  id: 'tide',
  name: 'Tide Outdoor',
  languages: ['en'],
  defaultLanguage: 'en',
  accounts: [{ platform: 'x', handle: 'tide_co' }],
  budgets: { x: { perDay: 5, spacingMinutes: 0 } },
  ignores: [],
  // Index 1, so its finding's id (`brand:banned:1`) differs from Bean's (`brand:banned:0`).
  rules: {
    ...emptyBrandRules(),
    banned: [{ phrase: 'zzzunused' }, { phrase: 'synergy', reason: 'Tide says: no synergy' }],
  },
};
const DRAFT = 'Cheap synergy for everyone: our new jacket is here.';

function setup(settings: Settings) {
  const badges = new Map<number, Badge>();
  let stored: string | undefined;
  const deps: BudgetDeps = {
    store: new PostStore(
      {
        async get() {
          return parsePostLog(stored === undefined ? undefined : JSON.parse(stored)).log;
        },
        async set(log: PostLog) {
          stored = JSON.stringify(log);
        },
      },
      { now: () => NOW, attempts: 2, sleep: () => Promise.resolve() },
    ),
    settings: async () => settings,
    tabs: memoryTabAccounts(),
    async setBadge(tabId, badge) {
      badges.set(tabId, badge);
    },
    now: () => NOW,
  };
  return { deps, badges };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const twoBrands = (activeBrandId: string | null = 'bean'): Settings => ({
  ...defaultSettings(),
  brands: [BEAN, TIDE],
  activeBrandId,
});

const brandRules = (reply: Awaited<ReturnType<typeof handleDraft>>) =>
  (reply.analysis?.findings ?? []).filter((f) => f.rule.startsWith('brand:'));

describe('draft: the rules of the brand that owns the account', () => {
  it.each([
    // account as read on the page, the brand, its rule, the other brand's phrase
    ['bean_leaf', BEAN, 'brand:banned:0', 'cheap', 'synergy'],
    ['@BEAN_LEAF', BEAN, 'brand:banned:0', 'cheap', 'synergy'],
    ['tide_co', TIDE, 'brand:banned:1', 'synergy', 'cheap'],
    ['@Tide_Co', TIDE, 'brand:banned:1', 'synergy', 'cheap'],
  ])('%s is coached with its own brand only', async (account, brand, rule, own, other) => {
    // The active brand is always Bean: Tide's account must still get Tide's rules.
    const { deps } = setup(twoBrands('bean'));
    const reply = await handleDraft(
      { type: 'draft', text: DRAFT, site: 'x', account, kind: 'post' },
      4,
      deps,
    );
    expect(REQUESTS.draft.reply(reply)).toBe(true);
    expect(reply.brand).toEqual({ id: brand.id, name: brand.name });
    const found = brandRules(reply);
    expect(found.map((f) => f.rule)).toEqual([rule]);
    const quoted = found.flatMap((f) => f.spans.map((s) => s.text.toLowerCase()));
    expect(quoted).toContain(own);
    expect(quoted).not.toContain(other);
  });

  it("includes the account's budget and sets the tab's badge", async () => {
    const { deps, badges } = setup(twoBrands());
    const tide = await handleDraft(
      { type: 'draft', text: DRAFT, site: 'x', account: 'tide_co', kind: 'post' },
      4,
      deps,
    );
    expect(tide.budget).toMatchObject({
      site: 'x',
      account: 'tide_co',
      brandId: 'tide',
      perDay: 5,
      postsToday: 0,
    });
    await settle(); // the badge is set after the answer
    expect(badges.get(4)?.text).toBe('0');
    const bean = await handleDraft(
      { type: 'draft', text: DRAFT, site: 'x', account: '@bean_leaf', kind: 'reply' },
      4,
      deps,
    );
    expect(bean.budget).toMatchObject({ account: 'bean_leaf', brandId: 'bean', perDay: 2 });
    await settle();
    expect(await deps.tabs.all()).toEqual([{ tabId: 4, site: 'x', account: 'bean_leaf' }]);
  });

  it('falls back to the active brand for an unknown account; its budget stays unassigned', async () => {
    const { deps } = setup(twoBrands('tide'));
    const reply = await handleDraft(
      { type: 'draft', text: DRAFT, site: 'x', account: 'someone_else', kind: 'post' },
      undefined,
      deps,
    );
    expect(reply.brand).toEqual({ id: 'tide', name: 'Tide Outdoor' });
    expect(brandRules(reply).map((f) => f.rule)).toEqual(['brand:banned:1']);
    // The budget is the account's own: no brand owns it, so the site's default.
    expect(reply.budget).toMatchObject({ brandId: null, perDay: 3 });
  });

  it('falls back to the only brand, and to the built-in rules without one', async () => {
    const only = await handleDraft(
      { type: 'draft', text: DRAFT, site: 'x', account: '', kind: 'post' },
      undefined,
      setup({ ...defaultSettings(), brands: [TIDE], activeBrandId: null }).deps,
    );
    expect(only.brand?.id).toBe('tide');
    const none = await handleDraft(
      { type: 'draft', text: DRAFT, site: 'x', account: 'tide_co', kind: 'post' },
      undefined,
      setup(twoBrands(null)).deps,
    );
    expect(none.brand?.id).toBe('tide');
    const neither = await handleDraft(
      { type: 'draft', text: DRAFT, site: 'x', account: 'someone_else', kind: 'post' },
      undefined,
      setup(twoBrands(null)).deps,
    );
    expect(neither.brand).toBeNull();
    expect(brandRules(neither)).toEqual([]);
    expect(neither.analysis?.scores.pushiness.value).toBeTypeOf('number');
  });

  it('does not name a brand whose stored rules no longer compile', async () => {
    const broken: Brand = { ...TIDE, rules: { ...TIDE.rules, banned: [{ pattern: '(' }] } };
    const reply = await handleDraft(
      { type: 'draft', text: DRAFT, site: 'x', account: 'tide_co', kind: 'post' },
      undefined,
      setup({ ...defaultSettings(), brands: [BEAN, broken], activeBrandId: 'bean' }).deps,
    );
    expect(reply.brand).toBeNull();
    expect(brandRules(reply)).toEqual([]);
  });

  it('answers blank text with the budget and the brand, without scoring', async () => {
    const { deps } = setup(twoBrands());
    const reply = await handleDraft(
      { type: 'draft', text: '  \n', site: 'x', account: 'tide_co', kind: 'post' },
      1,
      deps,
    );
    expect(reply).toMatchObject({
      ok: true,
      analysis: null,
      brand: { id: 'tide', name: 'Tide Outdoor' },
      budget: { brandId: 'tide' },
      chars: null,
    });
  });

  it('treats an account without the site shape as the unknown account', async () => {
    const { deps } = setup(twoBrands('bean'));
    const reply = await handleDraft(
      { type: 'draft', text: DRAFT, site: 'x', account: 'tide_co@evil.example', kind: 'post' },
      1,
      deps,
    );
    expect(reply.brand?.id).toBe('bean');
    expect(reply.budget?.account).toBe('');
  });
});

describe('draft: the length as the site counts it (issue 10)', () => {
  it('counts in the background, per site and kind', async () => {
    const { deps } = setup(twoBrands());
    const ask = (text: string, site: 'x' | 'bluesky' | 'reddit', kind: 'post' | 'reply' = 'post') =>
      handleDraft({ type: 'draft', text, site, account: '', kind }, 1, deps);
    // 日本語 weighs 2 per character on X, 1 per grapheme on Bluesky; a URL is 23 on X.
    const x = await ask('日本語 https://example.com/a/very/long/path', 'x');
    expect(REQUESTS.draft.reply(x)).toBe(true);
    expect(x.chars).toMatchObject({
      platform: 'x',
      unit: 'weighted',
      used: 6 + 1 + 23,
      limit: 280,
      state: 'ok',
    });
    expect((await ask('日本語', 'bluesky')).chars).toMatchObject({ used: 3, limit: 300 });
    expect((await ask('a comment', 'reddit', 'reply')).chars).toMatchObject({ limit: 10000 });
  });

  it('counts each thread item against its own limit', async () => {
    const { deps } = setup(twoBrands());
    const items = ['a'.repeat(200), 'b'.repeat(275), 'c'.repeat(10)];
    const reply = await handleDraft(
      {
        type: 'draft',
        text: items.join('\n\n'),
        site: 'x',
        account: '',
        kind: 'post',
        parts: { lengths: items.map((t) => t.length), separator: 2 },
      },
      1,
      deps,
    );
    expect(reply.chars).toMatchObject({ used: 275, limit: 280, state: 'near', part: { index: 1, of: 3 } });
  });

  it('cuts a thread by the lengths only when they add up to the text', () => {
    expect(threadParts({ text: 'ab\n\ncd', parts: { lengths: [2, 2], separator: 2 } })).toEqual(['ab', 'cd']);
    expect(threadParts({ text: 'ab\n\ncd', parts: { lengths: [2, 3], separator: 2 } })).toEqual(['ab\n\ncd']);
    expect(threadParts({ text: 'abcd', parts: { lengths: [4], separator: 2 } })).toEqual(['abcd']);
    expect(threadParts({ text: 'abcd' })).toEqual(['abcd']);
  });
});

describe('backgroundHandlers', () => {
  it('serves draft through the handler map with the sender tab', async () => {
    const { deps, badges } = setup(twoBrands());
    const handlers = backgroundHandlers(deps);
    const reply = await handlers.draft(
      { type: 'draft', text: DRAFT, site: 'x', account: 'tide_co', kind: 'post' },
      { kind: 'content-script', tabId: 9 },
    );
    expect(reply.brand?.id).toBe('tide');
    await settle();
    expect(badges.has(9)).toBe(true);
    expect(await handlers.warm({ type: 'warm' }, { kind: 'extension-page', tabId: undefined })).toEqual({
      ok: true,
    });
    const analyzed = await handlers.analyze(
      { type: 'analyze', text: DRAFT, platform: 'x' },
      { kind: 'extension-page', tabId: undefined },
    );
    // The popup's pasted text has no account: the active brand's rules.
    expect(analyzed.ok && analyzed.analysis.findings.some((f) => f.rule === 'brand:banned:0')).toBe(true);
    // With a platform, the length as that site counts it; without one, none.
    expect(analyzed.ok && analyzed.chars).toMatchObject({ platform: 'x', used: DRAFT.length, limit: 280 });
    const pasted = await handlers.analyze(
      { type: 'analyze', text: DRAFT },
      { kind: 'extension-page', tabId: undefined },
    );
    expect(pasted.ok && 'chars' in pasted).toBe(false);
  });
});
