import { describe, expect, it } from 'vitest';
import { emptyBrandRules } from '../brand/schema';
import { englishError } from '../validation/errors';
import { type Brand, defaultSettings } from './types';
import { exportSettings, importSettings, validateSettings } from './validate';

/** Brand.ignores (issue 10 "never for this brand"), added within settings version 1. */

const brand = (extra: Record<string, unknown> = {}) => ({
  id: 'acme',
  name: 'Acme',
  languages: ['en'],
  defaultLanguage: 'en',
  accounts: [{ platform: 'x', handle: '@acme' }],
  budgets: {},
  rules: emptyBrandRules(),
  ...extra,
});

function errorsOf(input: unknown): string[] {
  const r = validateSettings(input);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${englishError(e)}`);
}

describe('Brand.ignores', () => {
  it('reads a brand saved before ignores existed as ignoring nothing', () => {
    const r = validateSettings({ ...defaultSettings(), brands: [brand()] });
    expect(r.ok && r.value.brands[0]?.ignores).toEqual([]);
  });

  it('keeps whole-rule and exact-phrase ignores, the phrase as the scorer compares it', () => {
    const ignores = [
      { rule: 'all-caps', at: 1 },
      { rule: 'brand:banned:0', phrase: '  Flash\n SALE ', at: 2 },
    ];
    const r = validateSettings({ ...defaultSettings(), brands: [brand({ ignores })] });
    expect(r.ok && r.value.brands[0]?.ignores).toEqual([
      { rule: 'all-caps', at: 1 },
      { rule: 'brand:banned:0', phrase: 'flash sale', at: 2 },
    ]);
  });

  it('refuses what no finding could be, and the same ignore twice', () => {
    const ignores = [
      { rule: '<script>', at: 1 },
      { rule: 'hype', phrase: '   ', at: 1 },
      { rule: 'hype', phrase: 7, at: 1 },
      { rule: 'hype', at: -5 },
      { rule: 'hype', at: 1, extra: true },
      'hype',
      { rule: 'urgency', phrase: 'Last chance', at: 1 },
      { rule: 'urgency', phrase: 'last  chance', at: 2 },
    ];
    expect(errorsOf({ ...defaultSettings(), brands: [brand({ ignores })] })).toEqual([
      'brands[0].ignores[0].rule: is not a rule id like "all-caps" or "brand:banned:0", got "<script>"',
      'brands[0].ignores[1].phrase: must not be empty',
      'brands[0].ignores[2].phrase: must be a string, got 7',
      'brands[0].ignores[3].at: must be a time in milliseconds, got -5',
      'brands[0].ignores[4].extra: is not a known field',
      'brands[0].ignores[5]: must be an object with the fields "rule", "phrase", "at", got "hype"',
      'brands[0].ignores[7]: is listed twice',
    ]);
  });

  it('travels with an export and import, unchanged', () => {
    const acme: Brand = {
      ...(brand() as unknown as Brand),
      ignores: [
        { rule: 'exclamation-marks', at: 1_700_000_000_000 },
        { rule: 'urgency', phrase: 'last chance', at: 1_700_000_000_001 },
      ],
    };
    const settings = { ...defaultSettings(), brands: [acme] };
    const back = importSettings(exportSettings(settings));
    expect(back).toEqual({ ok: true, value: settings });
  });
});
