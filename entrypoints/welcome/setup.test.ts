import { describe, expect, it } from 'vitest';
import { unassignedAccounts } from '../../components/budget-model';
import { settingsWithAcme } from '../../lib/budget/testing';
import type { PostLog } from '../../lib/budget/types';
import { DEFAULT_BUDGETS, defaultSettings } from '../../lib/settings/types';
import { validateSettings } from '../../lib/settings/validate';
import { initialForm, setupSettings } from './setup';

const LOG: PostLog = {
  version: 1,
  events: [
    {
      id: '1',
      at: 1,
      site: 'x',
      account: 'beanandleaf',
      displayName: '@BeanAndLeaf',
      kind: 'post',
      scores: null,
    },
    {
      id: '2',
      at: 2,
      site: 'facebook',
      account: 'alex doe',
      displayName: 'Alex Doe',
      kind: 'post',
      scores: null,
    },
    { id: '3', at: 3, site: 'threads', account: '', kind: 'post', scores: null },
  ],
};

describe('the welcome setup', () => {
  it('opens with the seen accounts picked, the UI language and the default budgets', () => {
    const settings = defaultSettings();
    settings.defaultBudgets = { x: { perDay: 5, spacingMinutes: 30 } };
    const form = initialForm(settings, unassignedAccounts(LOG, settings), 'de', 'Bean & Leaf');
    expect(form.seen.map((s) => [s.account.handle, s.picked])).toEqual([
      ['Alex Doe', true],
      ['@BeanAndLeaf', true],
    ]);
    expect(form.languages).toEqual(['de']);
    expect(form.budgets.x).toEqual({ perDay: 5, spacingMinutes: 30 });
    expect(form.budgets.linkedin).toEqual(DEFAULT_BUDGETS.linkedin);
  });

  it('makes a valid brand with the seen and typed accounts, languages and register; default budgets stay out', () => {
    const settings = defaultSettings();
    const form = initialForm(settings, unassignedAccounts(LOG, settings), 'en', 'Bean & Leaf');
    form.typed.push({ platform: 'bluesky', handle: '@beanandleaf.bsky.social' });
    form.languages = ['en', 'de'];
    form.register = { de: 'du', nl: 'je' };
    form.budgets.linkedin = { perDay: 2, spacingMinutes: undefined };
    const next = setupSettings(settings, form, 'b1');
    const checked = validateSettings(next);
    expect(checked.ok).toBe(true);
    const brand = checked.ok ? checked.value.brands[0] : undefined;
    expect(brand).toMatchObject({
      id: 'b1',
      name: 'Bean & Leaf',
      languages: ['en', 'de'],
      defaultLanguage: 'en',
      accounts: [
        { platform: 'facebook', handle: 'Alex Doe' },
        { platform: 'x', handle: '@BeanAndLeaf' },
        { platform: 'bluesky', handle: '@beanandleaf.bsky.social' },
      ],
      budgets: { linkedin: { perDay: 2, spacingMinutes: 60 } },
    });
    // Dutch is not one of the brand's languages: no Dutch register.
    expect(brand?.rules.register).toEqual({ de: 'du' });
    expect(checked.ok && checked.value.activeBrandId).toBe('b1');
  });

  it('leaves an unpicked account out, keeps the active brand, and lets validation refuse a bad budget', () => {
    const settings = settingsWithAcme();
    settings.activeBrandId = 'acme';
    const form = initialForm(settings, unassignedAccounts(LOG, settings), 'en', 'Second');
    const first = form.seen[0];
    if (first) first.picked = false;
    form.budgets.x = { perDay: 0, spacingMinutes: 60 };
    const next = setupSettings(settings, form, 'b2');
    expect(next.activeBrandId).toBe('acme');
    expect(next.brands[1]?.accounts).toEqual([{ platform: 'x', handle: '@BeanAndLeaf' }]);
    expect(validateSettings(next)).toMatchObject({
      ok: false,
      errors: [{ path: 'brands[1].budgets.x.perDay', code: 'at_least' }],
    });
    // The stored settings are not touched.
    expect(settings.brands).toHaveLength(1);
  });
});
