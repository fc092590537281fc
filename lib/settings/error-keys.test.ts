import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocale } from '../../scripts/gen-messages';
import { emptyBrandRules, validateBrandRules } from '../brand/schema';
import { ERROR_KEYS, errorKey } from './error-keys';
import { defaultSettings, type Settings } from './types';
import { importSettings, validateSettings } from './validate';

const en = readLocale('en');

/** Every message the validators produce for inputs the options page and imports can give. */
function messages(): string[] {
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
        { pattern: 'x{200}y{200}' },
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
  const settings = {
    ...defaultSettings(),
    brands: [brand, other, named, { ...named, id: 'e' }],
    mastodonInstances: [
      'http://a.example',
      'https://a.example/x',
      'nope',
      'https://b.example',
      'https://b.example',
    ],
  };
  const tooLong = { ...defaultSettings(), brands: [{ ...named, name: 'x'.repeat(200) }] };
  const big: Settings = {
    ...defaultSettings(),
    brands: Array.from({ length: 3 }, (_, i) => ({
      ...named,
      id: `b${i}`,
      name: `B${i}`,
      languages: ['en' as const],
      defaultLanguage: 'en' as const,
      rules: {
        ...emptyBrandRules(),
        banned: Array.from({ length: 1000 }, (_, j) => ({ phrase: `${'y'.repeat(480)} ${j}` })),
      },
    })),
  };
  const out: string[] = [];
  for (const input of [settings, tooLong, big]) {
    const r = validateSettings(input);
    if (!r.ok) out.push(...r.errors.map((e) => e.message));
  }
  const rules = validateBrandRules({
    banned: [{ phrase: 'x'.repeat(600) }],
    preferred: [{ instead: ['y'] }],
    limits: { emoji: 1.5 },
  });
  if (!rules.ok) out.push(...rules.errors.map((e) => e.message));
  for (const register of ['du', { de: 'Du', nl: 'jij', fr: 'tu' }]) {
    const r = validateBrandRules({ register });
    if (!r.ok) out.push(...r.errors.map((e) => e.message));
  }
  const hostile = importSettings(readFileSync(join(__dirname, 'fixtures', 'hostile.json'), 'utf8'));
  if (!hostile.ok) out.push(...hostile.errors.map((e) => e.message));
  const wrong = validateSettings({
    version: 2,
    activeBrandId: 'x',
    sites: { x: 1 },
    brands: [
      { id: 'a', name: 'A', languages: ['en'], defaultLanguage: 'en' },
      { id: 'a', name: 'B', languages: ['en'], defaultLanguage: 'en' },
    ],
  });
  if (!wrong.ok) out.push(...wrong.errors.map((e) => e.message));
  for (const file of [
    `{"a":"${'x'.repeat(1_100_000)}"}`,
    '{',
    '[]',
    '{"name":"x"}',
    '{"banned":[]}',
    '{"format":"steady-settings"}',
    '{"format":"steady-settings","version":9}',
    '{"format":"steady-settings","version":0}',
  ]) {
    const r = importSettings(file);
    if (!r.ok) out.push(...r.errors.map((e) => e.message));
  }
  return [...new Set(out)];
}

describe('errorKey', () => {
  const all = messages();

  it('covers every message the validators give for options-page and import input', () => {
    expect(all.length).toBeGreaterThan(30);
    expect(all.filter((m) => errorKey(m) === null)).toEqual([]);
  });

  it('passes as many values as the English message has placeholders', () => {
    for (const m of all) {
      const k = errorKey(m);
      if (!k) continue;
      const highest = Math.max(0, ...[...(en[k.key] ?? '').matchAll(/\$(\d)/g)].map((x) => Number(x[1])));
      expect(k.args.length, `${k.key} for "${m}"`).toBeGreaterThanOrEqual(highest);
    }
  });

  it('returns only keys that exist in the locales', () => {
    expect(ERROR_KEYS.filter((k) => !(k in en))).toEqual([]);
  });

  it('keeps the variable part', () => {
    expect(errorKey('is not a valid X account; write it like @acme')).toEqual({
      key: 'ui.error.handle',
      args: ['X', '@acme'],
    });
  });

  it('keeps only the reason of a regular-expression error', () => {
    expect(
      errorKey(
        'is not a valid regular expression: Invalid regular expression: /best(/giu: Unterminated group',
      ),
    ).toEqual({
      key: 'ui.error.regex',
      args: ['Unterminated group'],
    });
  });
});
