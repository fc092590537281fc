import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleAnalyze } from '../background/analyze';
import { emptyBrandRules } from '../brand/schema';
import { compiledRules } from './resolve';
import { type Brand, defaultSettings, type Settings } from './types';
import { exportSettings, importSettings, validateSettings } from './validate';

/**
 * A brand's form of address (`rules.register`: German `sie`/`du`, Dutch `u`/`je`) joined the brand
 * rules within settings version 1 as an optional field (no migration): brands saved before it
 * have none and mean "as each draft does", which is also what a migration would have written.
 * v1-full.json is such a file.
 */
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

function withRegister(register: unknown): Record<string, unknown> {
  const full = importSettings(fixture('v1-full.json'));
  if (!full.ok) throw new Error('fixture');
  const [first, ...rest] = full.value.brands as Brand[];
  return { ...full.value, brands: [{ ...first, rules: { ...first?.rules, register } }, ...rest] };
}

describe('brand register', () => {
  it('is absent in settings saved before it existed: every draft keeps its own', () => {
    const full = importSettings(fixture('v1-full.json'));
    expect(full.ok).toBe(true);
    if (!full.ok) return;
    for (const b of full.value.brands) {
      expect(b.rules.register).toBeUndefined();
      expect(compiledRules(b)?.register).toEqual({});
    }
  });

  it('is kept when set, and survives export and import', () => {
    const input = withRegister({ de: 'du', nl: 'u' });
    const r = validateSettings(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.brands[0]?.rules.register).toEqual({ de: 'du', nl: 'u' });
    expect(importSettings(exportSettings(r.value))).toEqual(r);
  });

  it('refuses unknown languages and forms, with the path of the field', () => {
    const r = validateSettings(withRegister({ de: 'Du', fr: 'tu' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { path: 'brands[0].rules.register.fr', code: 'unknown_field', args: [] },
      { path: 'brands[0].rules.register.de', code: 'one_of', args: ['sie, du', '"Du"'] },
    ]);
  });

  it('reaches the scorer through the background: the suggestions use the brand’s "du"', () => {
    const s: Settings = defaultSettings();
    s.brands.push({
      id: 'b1',
      name: 'Bäckerei Korn',
      languages: ['de'],
      defaultLanguage: 'de',
      accounts: [],
      budgets: {},
      ignores: [],
      rules: { ...emptyBrandRules(), defaultLanguage: 'de', register: { de: 'du' } },
    });
    s.activeBrandId = 'b1';
    const text = 'Wir freuen uns, Ihnen unser neues Brot vorzustellen. Jetzt kaufen!';
    const reply = handleAnalyze({ type: 'analyze', text, lang: 'de' }, s);
    expect(reply.analysis.register).toEqual({ value: 'du', source: 'requested' });
    expect(reply.analysis.findings.find((f) => f.rule === 'call-to-action')?.suggestion.text).toMatch(
      /^Behalte /,
    );
    const none = handleAnalyze({ type: 'analyze', text, lang: 'de' }, defaultSettings());
    expect(none.analysis.register).toEqual({ value: 'sie', source: 'detected' });
  });
});
