import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, readLocale } from '../../scripts/gen-messages';
import { compileUserPattern } from '../brand/pattern';
import { emptyBrandRules, validateBrandRules } from '../brand/schema';
import { migrateSettings } from '../settings/migrations';
import { recoverSettings } from '../settings/recover';
import { defaultSettings, type Settings } from '../settings/types';
import { importSettings, validateSettings } from '../settings/validate';
import {
  describeValue,
  ERROR_CODES,
  englishError,
  englishTemplate,
  fillPlaceholders,
  formatErrors,
  type ValidationError,
} from './errors';

const catalogs = Object.fromEntries(LOCALES.map((l) => [l, readLocale(l)])) as Record<
  (typeof LOCALES)[number],
  Record<string, string>
>;
const keyOf = (e: Pick<ValidationError, 'code'>) => `ui.error.${e.code}`;
const highestPlaceholder = (template: string) =>
  Math.max(0, ...[...template.matchAll(/\$(\d)/g)].map((m) => Number(m[1])));

/** Every error the validators give for what the options page, imports and storage can hand them. */
function corpus(): ValidationError[] {
  const out: ValidationError[] = [];
  const collect = (r: { ok: true } | { ok: false; errors: ValidationError[] }) => {
    if (!r.ok) out.push(...r.errors);
  };
  const brand = {
    id: 'b',
    name: '',
    languages: [],
    defaultLanguage: 'de',
    accounts: [
      { platform: 'x', handle: 'not a handle' },
      { platform: 'x', handle: '@ok' },
      { platform: 'x', handle: 'OK' },
    ],
    budgets: { x: { perDay: -1, spacingMinutes: Number.NaN }, reddit: { perDay: 0, spacingMinutes: 5000 } },
    rules: {
      ...emptyBrandRules(),
      banned: [
        { pattern: '(' },
        { pattern: 'a*' },
        { pattern: 'buy(?= now)' },
        { pattern: '(a)x\\1' },
        { pattern: '(?<w>a)\\k<w>' },
        { pattern: 'x{200}y{200}' },
        { pattern: '(?<=(a))b' },
        { phrase: '' },
        { phrase: 'cheap', examples: { flagged: ['fine text'], fine: ['cheap'] } },
      ],
      preferred: [{ use: 'x', instead: [] }],
      values: { words: ['<b>'], statement: '' },
      thresholds: { broadcast: { consider: 80, rework: 20 }, pushiness: { consider: 10, rework: 200 } },
      limits: { hashtags: 2000 },
    },
  };
  const other = { ...brand, id: 'c', name: '<i>x</i>', accounts: [{ platform: 'x', handle: 'ok' }] };
  const named = { ...brand, id: 'd', name: 'Same', rules: emptyBrandRules(), accounts: [] };
  collect(
    validateSettings({
      ...defaultSettings(),
      brands: [brand, other, named, { ...named, id: 'e' }, { ...named, name: 'Other' }],
      mastodonInstances: [
        'http://a.example',
        'https://a.example/x',
        'nope',
        'https://b.example',
        'https://b.example',
        7,
      ],
    }),
  );
  collect(validateSettings({ ...defaultSettings(), brands: [{ ...named, name: 'x'.repeat(200) }] }));
  const big: Settings = {
    ...defaultSettings(),
    brands: Array.from({ length: 3 }, (_, i) => ({
      id: `b${i}`,
      name: `B${i}`,
      languages: ['en' as const],
      defaultLanguage: 'en' as const,
      accounts: [],
      budgets: {},
      ignores: [],
      rules: {
        ...emptyBrandRules(),
        banned: Array.from({ length: 1000 }, (_, j) => ({ phrase: `${'y'.repeat(480)} ${j}` })),
      },
    })),
  };
  collect(validateSettings(big));
  // Valid on their own, refused together with the brand: rule examples, the default language.
  collect(
    validateSettings({
      ...defaultSettings(),
      brands: [
        {
          ...big.brands[0],
          languages: ['en', 'nl'],
          defaultLanguage: 'de',
          rules: {
            ...emptyBrandRules(),
            banned: [{ phrase: 'cheap', examples: { flagged: ['fine text'], fine: ['cheap'] } }],
          },
        },
      ],
    }),
  );
  collect(
    validateBrandRules({
      version: 2,
      banned: [{ phrase: 'x'.repeat(600) }, 7, { phrase: 'a', pattern: 'b' }, {}],
      preferred: [{ instead: ['y'] }, 'z', { use: 'u', instead: 'v' }, { use: 'u', instead: 3 }],
      limits: { emoji: 1.5 },
      platformLimits: [],
      required: 'question',
      values: 'x',
      thresholds: { broadcast: [], pushiness: { rework: 40 } },
      register: 'du',
      colour: 'red',
    }),
  );
  collect(validateBrandRules({ register: { de: 'Du', nl: 'jij', fr: 'tu' }, thresholds: 1 }));
  collect(validateBrandRules({ banned: Array.from({ length: 1001 }, () => 'x') }));
  collect(validateBrandRules([]));
  collect(
    importSettings(readFileSync(join(__dirname, '..', 'settings', 'fixtures', 'hostile.json'), 'utf8')),
  );
  collect(
    validateSettings({
      version: 2,
      activeBrandId: 'x',
      sites: { x: 1 },
      keepDraftText: 'yes',
      brands: [
        { id: 'a', name: 'A', languages: ['en'], defaultLanguage: 'en' },
        { id: 'a', name: 'B', languages: ['en'], defaultLanguage: 'en', accounts: {} },
        { id: 'c', name: 'C', defaultLanguage: 'en', accounts: [7], budgets: { x: 1 } },
        7,
      ],
    }),
  );
  collect(validateSettings({ ...defaultSettings(), sites: [] }));
  collect(validateSettings({ ...defaultSettings(), brands: [{ ...named, budgets: [] }] }));
  collect(validateSettings('settings'));
  collect(validateBrandRules({ banned: [{ phrase: 'flash sale', replacement: 'Flash  Sale ' }] }));
  collect(
    validateSettings({
      ...defaultSettings(),
      brands: [
        {
          ...named,
          ignores: [
            { rule: 'Not A Rule', at: 1 },
            { rule: 'hype', at: 'now' },
          ],
          team: { server: 'http://couch.example.com', database: 'Acme', shareText: false, enabled: true },
        },
      ],
    }),
  );
  // One database per brand: a second brand on the same team database.
  const sharedTeam = {
    server: 'https://couch.example.com',
    database: 'acme',
    shareText: false,
    enabled: true,
  };
  collect(
    validateSettings({
      ...defaultSettings(),
      brands: [
        { ...named, team: sharedTeam },
        { ...named, id: 'e', name: 'Other', team: sharedTeam },
      ],
    }),
  );
  for (const file of [
    `{"a":"${'x'.repeat(1_100_000)}"}`,
    '{',
    '[]',
    '{"name":"x"}',
    '{"banned":[]}',
    '{"format":"steady-settings"}',
    '{"format":"steady-settings","version":9}',
    '{"format":"steady-settings","version":0}',
  ])
    collect(importSettings(file));
  const fails = () => {
    throw new Error('boom');
  };
  collect(migrateSettings({}, 1, { 3: fails }, 3));
  collect(migrateSettings({}, 1, { 2: fails }, 2));
  collect(recoverSettings('not settings'));
  collect(recoverSettings({ ...defaultSettings(), x: 1 }, 0));
  return out;
}

describe('validation errors', () => {
  const all = corpus();

  it('has an i18n key for every code in every locale', () => {
    for (const locale of LOCALES)
      expect(
        ERROR_CODES.filter((code) => !(keyOf({ code }) in catalogs[locale])),
        `missing in ${locale}.yml`,
      ).toEqual([]);
  });

  it('has no i18n error key without a code', () => {
    const keys = Object.keys(catalogs.en).filter((k) => k.startsWith('ui.error.'));
    expect(keys.filter((k) => !ERROR_CODES.some((code) => keyOf({ code }) === k))).toEqual([]);
  });

  it('is produced by the validators for every code (no dead codes, no untranslated problems)', () => {
    const produced = new Set(all.map((e) => e.code));
    expect(ERROR_CODES.filter((c) => !produced.has(c))).toEqual([]);
  });

  it('gives every placeholder of the English and the locale texts a value', () => {
    for (const e of all) {
      expect(e.args.length, `${e.code} at ${e.path}`).toBe(highestPlaceholder(englishTemplate(e.code)));
      for (const locale of LOCALES) {
        const template = catalogs[locale][keyOf(e)] ?? '';
        expect(highestPlaceholder(template), `${locale} ${e.code}`).toBeLessThanOrEqual(e.args.length);
      }
      expect(e.args.every((a) => typeof a === 'string')).toBe(true);
    }
  });

  it('renders each error in every locale without leftover placeholders', () => {
    for (const e of all)
      for (const locale of LOCALES) {
        const text = fillPlaceholders(catalogs[locale][keyOf(e)] ?? '', e.args);
        expect(text, `${locale} ${e.code}`).not.toMatch(/\$\d|^$/);
      }
  });

  it('renders an invalid field in German', () => {
    const r = validateSettings({
      ...defaultSettings(),
      brands: [
        {
          id: 'b',
          name: 'Bäckerei Korn',
          languages: ['de'],
          defaultLanguage: 'de',
          accounts: [{ platform: 'mastodon', handle: 'korn' }],
          budgets: { x: { perDay: -1, spacingMinutes: 60 } },
          rules: emptyBrandRules(),
        },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const de = (e: ValidationError) => `${e.path}: ${fillPlaceholders(catalogs.de[keyOf(e)] ?? '', e.args)}`;
    expect(r.errors.map(de)).toEqual([
      'brands[0].accounts[0].handle: Kein gültiges Mastodon-Konto. Schreiben Sie es wie acme@mastodon.social.',
      'brands[0].budgets.x.perDay: Darf nicht negativ sein.',
    ]);
  });

  it('keeps the variable parts as args, the words in the code', () => {
    const r = validateSettings({
      ...defaultSettings(),
      brands: [
        {
          id: 'b',
          name: 'B',
          languages: ['en'],
          defaultLanguage: 'en',
          accounts: [{ platform: 'x', handle: 'not a handle' }],
          budgets: {},
        },
      ],
    });
    expect(r.ok ? [] : r.errors).toEqual([
      { path: 'brands[0].accounts[0].handle', code: 'handle', args: ['X', '@acme'] },
    ]);
  });

  it('keeps only the reason of a regular-expression error', () => {
    expect(compileUserPattern('best(')).toEqual({ code: 'regex', args: ['Unterminated group'] });
  });

  it('prints clear English for the CLI, each problem after its path', () => {
    const r = validateBrandRules({ banned: [{ pattern: 'buy(?= now)' }], limits: { hashtags: -1 } });
    expect(r.ok ? '' : formatErrors(r.errors)).toBe(
      'banned[0].pattern uses lookaheads ((?=…), (?!…)), which Steady does not support: they can make ' +
        'matching take exponential time; limits.hashtags must not be negative',
    );
    expect(englishError({ code: 'file_too_big', args: ['10.5 MB'] })).toBe(
      'The file is 10.5 MB; a Steady settings file is at most 1 MB.',
    );
  });

  it('quotes values back without words', () => {
    expect([null, [1, 2], { a: 1 }, 'x', 2.5, Number.NaN, undefined, true].map(describeValue)).toEqual([
      'null',
      '[1,2]',
      '{"a":1}',
      '"x"',
      '2.5',
      'NaN',
      'undefined',
      'true',
    ]);
    expect(describeValue('y'.repeat(60))).toBe(`"${'y'.repeat(40)}…"`);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(describeValue(cyclic)).toBe('[…]');
  });
});
