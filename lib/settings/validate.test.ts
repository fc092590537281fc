import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyBrandRules } from '../brand/schema';
import { englishError } from '../validation/errors';
import { type Brand, defaultSettings, type Settings } from './types';
import {
  exportSettings,
  fileTooLarge,
  importSettings,
  instanceOrigin,
  MAX_SETTINGS_CHARS,
  SETTINGS_FORMAT,
  validateSettings,
} from './validate';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

function brand(overrides: Partial<Brand> = {}): Brand {
  return {
    id: 'b1',
    name: 'Bean & Leaf',
    languages: ['en'],
    defaultLanguage: 'en',
    accounts: [],
    budgets: {},
    rules: emptyBrandRules(),
    ignores: [],
    ...overrides,
  };
}

function settingsWith(...brands: Brand[]): Settings {
  return { ...defaultSettings(), brands };
}

/** The errors as `path: message` lines, for readable assertions. */
function errorsOf(input: unknown): string[] {
  const r = validateSettings(input);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${englishError(e)}`);
}

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(validateSettings(defaultSettings())).toEqual({ ok: true, value: defaultSettings() });
  });

  it('accepts a brand with accounts on every site', () => {
    const b = brand({
      accounts: [
        { platform: 'x', handle: '@acme' },
        { platform: 'instagram', handle: 'acme.coffee' },
        { platform: 'threads', handle: '@acme_coffee' },
        { platform: 'bluesky', handle: '@acme.bsky.social' },
        { platform: 'mastodon', handle: '@acme@mastodon.social' },
        { platform: 'reddit', handle: 'u/acme-coffee' },
        { platform: 'linkedin', handle: 'company:12345' },
        { platform: 'facebook', handle: 'Acme Coffee Roasters' },
      ],
    });
    expect(errorsOf(settingsWith(b))).toEqual([]);
  });

  it('names the field of every problem the options page can produce', () => {
    const b = brand({
      name: '  ',
      accounts: [
        { platform: 'x', handle: '@acme' },
        { platform: 'x', handle: 'ACME' },
        { platform: 'mastodon', handle: 'acme' },
      ],
      budgets: { x: { perDay: -1, spacingMinutes: 60 }, reddit: { perDay: 2, spacingMinutes: 2000 } },
      rules: { ...emptyBrandRules(), banned: [{ pattern: '(' }] },
    });
    expect(errorsOf(settingsWith(b))).toEqual([
      'brands[0].name: must not be empty',
      'brands[0].accounts[1].handle: is listed twice for this brand',
      'brands[0].accounts[2].handle: is not a valid Mastodon account; write it like acme@mastodon.social',
      'brands[0].budgets.x.perDay: must not be negative',
      'brands[0].budgets.reddit.spacingMinutes: must be at most 1440',
      expect.stringMatching(/^brands\[0\]\.rules\.banned\[0\]\.pattern: is not a valid regular expression: /),
    ]);
  });

  it('refuses an account that already belongs to another brand, and a duplicate brand name', () => {
    const a = brand({ accounts: [{ platform: 'reddit', handle: 'u/acme' }] });
    const b = brand({ id: 'b2', name: 'bean & leaf', accounts: [{ platform: 'reddit', handle: 'ACME' }] });
    expect(errorsOf(settingsWith(a, b))).toEqual([
      'brands[1].name: is already the name of another brand',
      'brands[1].accounts[0].handle: is already an account of the brand "Bean & Leaf"',
    ]);
  });

  it('the same handle on two sites is two accounts', () => {
    const b = brand({
      accounts: [
        { platform: 'x', handle: '@acme' },
        { platform: 'threads', handle: '@acme' },
      ],
    });
    expect(errorsOf(settingsWith(b))).toEqual([]);
  });

  it('checks languages, the default language and the active brand', () => {
    expect(
      errorsOf({ ...settingsWith(brand({ languages: [], defaultLanguage: 'de' })), activeBrandId: 'nope' }),
    ).toEqual([
      'brands[0].languages: must include at least one language',
      'activeBrandId: must be the id of one of the brands, got "nope"',
    ]);
    expect(errorsOf(settingsWith(brand({ languages: ['en', 'nl'], defaultLanguage: 'de' })))).toEqual([
      "brands[0].defaultLanguage: must be one of the brand's languages",
    ]);
  });

  it("refuses a rule whose own examples fail, with the example's path", () => {
    const rules = {
      ...emptyBrandRules(),
      banned: [{ phrase: 'cheap', examples: { flagged: ['Cheap coffee'], fine: ['So cheap!'] } }],
    };
    expect(errorsOf(settingsWith(brand({ rules })))).toEqual([
      'brands[0].rules.banned[0].examples.fine[0]: is flagged by this rule but should be fine',
    ]);
  });

  it("keeps the rules' default language equal to the brand's", () => {
    const r = validateSettings(settingsWith(brand({ languages: ['nl'], defaultLanguage: 'nl' })));
    expect(r.ok && r.value.brands[0]?.rules.defaultLanguage).toBe('nl');
  });

  it('checks Mastodon instances are bare https origins', () => {
    expect(
      errorsOf({
        ...defaultSettings(),
        mastodonInstances: [
          'https://mastodon.social',
          'https://mastodon.social/',
          'http://a.example',
          'https://b.example/@x',
          'nope',
        ],
      }),
    ).toEqual([
      'mastodonInstances[1]: is listed twice',
      'mastodonInstances[2]: must start with https://',
      'mastodonInstances[3]: must be just the instance, like https://b.example',
      'mastodonInstances[4]: is not a web address like https://mastodon.social, got "nope"',
    ]);
  });

  it('refuses markup in names, handles and values but keeps it in banned phrases (rendered as text)', () => {
    const xss = '<img src=x onerror=alert(1)>';
    expect(errorsOf(settingsWith(brand({ name: xss })))).toEqual([
      'brands[0].name: must be plain text, not HTML',
    ]);
    const rules = {
      ...emptyBrandRules(),
      banned: [{ phrase: xss }],
      values: { words: ['fair'], statement: `<b>x</b>` },
    };
    expect(errorsOf(settingsWith(brand({ rules })))).toEqual([
      'brands[0].rules.values.statement: must be plain text, not HTML',
    ]);
    rules.values.statement = '';
    expect(errorsOf(settingsWith(brand({ rules })))).toEqual([]);
  });

  it('refuses settings too large to export', () => {
    const phrases = Array.from({ length: 1000 }, (_, i) => ({ phrase: `${'x'.repeat(490)} ${i}` }));
    const brands = Array.from({ length: 3 }, (_, i) =>
      brand({ id: `b${i}`, name: `Brand ${i}`, rules: { ...emptyBrandRules(), banned: phrases } }),
    );
    expect(errorsOf(settingsWith(...brands))).toEqual([
      expect.stringMatching(/^: The settings are 1\.\d MB; at most 1 MB can be saved\.$/),
    ]);
  });

  it('never throws on foreign values', () => {
    for (const v of [null, 1, 'x', [], { version: 1, brands: {} }, { version: 1, brands: [null, 1, []] }])
      expect(validateSettings(v).ok).toBe(false);
  });
});

describe('exportSettings / importSettings', () => {
  it('round-trips the v1 fixture', () => {
    const first = importSettings(fixture('v1-full.json'));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.brands.map((b) => b.name)).toEqual(['Bean & Leaf', 'Kiosk am Markt']);
    expect(first.value.sites.facebook).toBe(false);
    const text = exportSettings(first.value);
    expect(JSON.parse(text)).toMatchObject({ format: SETTINGS_FORMAT, version: 1 });
    expect(importSettings(text)).toEqual(first);
  });

  it('refuses a file from a newer version without reading further', () => {
    expect(importSettings(fixture('v2-future.json'))).toEqual({
      ok: false,
      errors: [{ path: 'version', code: 'version_newer', args: ['2', '1'] }],
    });
  });

  it('reports every problem of a hostile file and returns nothing else', () => {
    const r = importSettings(fixture('hostile.json'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'brands[0].id',
        'brands[0].name',
        'brands[0].languages',
        'brands[0].defaultLanguage',
        'brands[0].accounts[0].platform',
        'brands[0].accounts[1].handle',
        'brands[0].budgets.x.perDay',
        'brands[0].budgets.x.spacingMinutes',
        'brands[0].rules.__proto__',
        'brands[0].__proto__',
        'activeBrandId',
        'sites.x',
        'mastodonInstances[0]',
        'mastodonInstances[1]',
        'mastodonInstances[2]',
      ]),
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it.each([
    [
      'a 10 MB file',
      `{"format":"steady-settings","version":1,"brands":[],"x":"${'a'.repeat(10_000_000)}"}`,
      /^The file is 10\.0 MB; a Steady settings file is at most 1 MB\.$/,
    ],
    ['malformed JSON', '{"format": "steady-settings", "version": 1,', /^The file is not valid JSON: /],
    ['a list', '[1, 2]', /^The file must contain a JSON object, got \[1,2\]\.$/],
    [
      'a foreign JSON file',
      '{"name": "my-package", "version": "1.0.0"}',
      /^This is not a Steady settings file/,
    ],
    [
      'a brand-rules file',
      '{"version": 1, "banned": ["cheap"]}',
      /^This is a brand-rules file, not a Steady settings file/,
    ],
    [
      'no version',
      '{"format": "steady-settings", "brands": []}',
      /^The file has no valid settings version, got undefined\.$/,
    ],
    [
      'version 0',
      '{"format": "steady-settings", "version": 0}',
      /^0 is not a settings version Steady ever used$/,
    ],
    [
      'a string version',
      '{"format": "steady-settings", "version": "1"}',
      /^The file has no valid settings version, got "1"\.$/,
    ],
  ])('refuses %s with a clear error', (_name, text, message) => {
    const r = importSettings(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map(englishError)[0]).toMatch(message);
  });

  it('reads a file with a byte-order mark', () => {
    expect(importSettings(`\uFEFF${exportSettings(defaultSettings())}`).ok).toBe(true);
  });

  it('refuses exactly above the cap', () => {
    expect(importSettings(' '.repeat(MAX_SETTINGS_CHARS + 1)).ok).toBe(false);
  });
});

describe('instanceOrigin', () => {
  it.each([
    ['mastodon.social', 'https://mastodon.social'],
    [' Mastodon.Social ', 'https://mastodon.social'],
    ['https://mastodon.social/@acme', 'https://mastodon.social'],
    ['@acme@fosstodon.org', 'https://fosstodon.org'],
    ['acme@social.example.nl', 'https://social.example.nl'],
  ])('%s → %s', (input, origin) => {
    expect(instanceOrigin(input)).toBe(origin);
  });

  it.each([
    '',
    'localhost',
    'http://mastodon.social',
    'javascript:alert(1)',
    'https://a.example:8443',
    'not a host',
    'https://user:pw@a.example',
  ])('refuses %s', (input) => {
    expect(instanceOrigin(input)).toBeNull();
  });

  it('gives origins that validateSettings accepts', () => {
    const origin = instanceOrigin('fosstodon.org');
    expect(validateSettings({ ...defaultSettings(), mastodonInstances: [origin] }).ok).toBe(true);
  });
});

describe('fileTooLarge', () => {
  it('decides from the size alone', () => {
    expect(fileTooLarge(MAX_SETTINGS_CHARS)).toBeNull();
    expect(fileTooLarge(10 * 1024 * 1024)).toEqual({ path: '', code: 'file_too_big', args: ['10.5 MB'] });
  });
});
