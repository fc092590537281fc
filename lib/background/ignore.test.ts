import { describe, expect, it } from 'vitest';
import { emptyBrandRules } from '../brand/schema';
import { type Brand, defaultSettings, type Settings } from '../settings/types';
import { validateSettings } from '../settings/validate';
import { scoreText } from './analyze';
import { handleIgnore, type IgnoreDeps } from './ignore';

const ACME: Brand = {
  id: 'acme',
  name: 'Acme',
  languages: ['en'],
  defaultLanguage: 'en',
  accounts: [{ platform: 'x', handle: '@acme' }],
  budgets: {},
  ignores: [],
  rules: { ...emptyBrandRules(), banned: [{ phrase: 'flash sale', level: 'error' }] },
};
const OTHER: Brand = {
  ...ACME,
  id: 'other',
  name: 'Other',
  accounts: [{ platform: 'x', handle: '@other' }],
  ignores: [],
};

/** A store of settings that saves through validation, like lib/storage/settings.ts updateSettings. */
function store(initial: Settings): IgnoreDeps & { current(): Settings } {
  let current = structuredClone(initial);
  return {
    current: () => current,
    settings: async () => current,
    now: () => 1_700_000_000_000,
    async updateSettings(change) {
      const next = structuredClone(current);
      change(next);
      const v = validateSettings(next);
      if (!v.ok) return { ok: false, reason: 'invalid' };
      current = v.value;
      return { ok: true };
    },
  };
}

const base = { type: 'ignore', site: 'x', account: '@acme' } as const;

describe('ignore: "never for this brand"', () => {
  it('writes to the brand that owns the account, and undo removes it', async () => {
    const s = store({ ...defaultSettings(), brands: [OTHER, ACME], activeBrandId: 'other' });
    expect(await handleIgnore({ ...base, rule: 'all-caps' }, s)).toEqual({
      ok: true,
      brand: { id: 'acme', name: 'Acme' },
    });
    await handleIgnore({ ...base, rule: 'brand:banned:0', phrase: 'Flash  SALE' }, s);
    await handleIgnore({ ...base, rule: 'all-caps' }, s); // twice is once
    expect(s.current().brands[1]?.ignores).toEqual([
      { rule: 'all-caps', at: 1_700_000_000_000 },
      { rule: 'brand:banned:0', phrase: 'flash sale', at: 1_700_000_000_000 },
    ]);
    expect(s.current().brands[0]?.ignores).toEqual([]);
    await handleIgnore({ ...base, rule: 'all-caps', undo: true }, s);
    expect(s.current().brands[1]?.ignores.map((i) => i.rule)).toEqual(['brand:banned:0']);
  });

  it('moves the score of the next draft', async () => {
    const s = store({ ...defaultSettings(), brands: [ACME] });
    const draft = 'Our flash sale starts Monday. Which size do you take?';
    const before = scoreText(draft, s.current().brands[0]).analysis;
    await handleIgnore({ ...base, rule: 'brand:banned:0', phrase: 'flash sale' }, s);
    const after = scoreText(draft, s.current().brands[0]).analysis;
    expect(before.scores.pushiness.band).toBe('rework');
    expect(after.scores.pushiness.band).not.toBe('rework');
    expect(after.findings.some((f) => f.rule === 'brand:banned:0')).toBe(false);
  });

  it('says so when no brand applies, and writes nothing', async () => {
    const s = store(defaultSettings());
    expect(await handleIgnore({ ...base, rule: 'hype' }, s)).toEqual({ ok: false, error: 'no-brand' });
    expect(s.current()).toEqual(defaultSettings());
  });

  it('this draft only: ignores sent with the draft leave the brand untouched', () => {
    const draft = 'This is HUGE news!!!';
    const a = scoreText(draft, undefined, { ignore: [{ rule: 'all-caps' }] }).analysis;
    expect(a.findings.some((f) => f.rule === 'all-caps')).toBe(false);
    expect(a.findings.some((f) => f.rule === 'exclamation-marks')).toBe(true);
  });
});
