import { describe, expect, it } from 'vitest';
import { emptyBrandRules } from '../brand/schema';
import { defaultSettings, type Settings } from '../settings/types';
import { handleAnalyze } from './analyze';

function withBrand(): Settings {
  const s = defaultSettings();
  s.brands.push({
    id: 'b1',
    name: 'Bean & Leaf',
    languages: ['en'],
    defaultLanguage: 'nl',
    accounts: [{ platform: 'x', handle: '@beanleaf' }],
    budgets: {},
    ignores: [],
    rules: { ...emptyBrandRules(), banned: [{ phrase: 'cheap' }], limits: { hashtags: 1 } },
  });
  s.activeBrandId = 'b1';
  return s;
}

describe('handleAnalyze', () => {
  it('scores with the built-in rules when there is no brand', () => {
    const reply = handleAnalyze({ type: 'analyze', text: 'Buy now!!!' }, defaultSettings());
    expect(reply.analysis.scores.pushiness.value).toBeGreaterThan(0);
    expect(reply.analysis.findings.some((f) => f.rule.startsWith('brand:'))).toBe(false);
  });

  it("applies the active brand's rules and default language", () => {
    const reply = handleAnalyze({ type: 'analyze', text: 'Cheap beans #a #b', platform: 'x' }, withBrand());
    const rules = reply.analysis.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['brand:banned:0', 'brand:limit:hashtags']));
    expect(handleAnalyze({ type: 'analyze', text: 'Nu!' }, withBrand()).analysis.rulesLanguage).toBe('nl');
  });

  it('ignores stored rules that no longer compile instead of failing', () => {
    const s = withBrand();
    const brand = s.brands[0]!;
    brand.rules = { ...brand.rules, banned: [{ pattern: '(' }] };
    expect(() => handleAnalyze({ type: 'analyze', text: 'Cheap' }, s)).not.toThrow();
  });
});
