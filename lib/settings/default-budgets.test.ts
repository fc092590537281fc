import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetFor } from '../budget/status';
import { settingsWithAcme } from '../budget/testing';
import { DEFAULT_BUDGETS, defaultSettings } from './types';
import { exportSettings, importSettings, validateSettings } from './validate';

/**
 * `defaultBudgets` and `Account.displayName` joined the settings within version 1 as optional
 * fields (issue 12), like `keepDraftText`: settings saved or exported before them read as "no
 * default budgets of your own" and "no display names", which is what they meant.
 */
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

describe('defaultBudgets', () => {
  it('is empty by default and absent in older settings', () => {
    expect(defaultSettings().defaultBudgets).toEqual({});
    const full = importSettings(fixture('v1-full.json'));
    expect(full.ok && full.value.defaultBudgets).toEqual({});
    const { defaultBudgets: _d, ...old } = defaultSettings();
    expect(validateSettings(old)).toEqual({ ok: true, value: defaultSettings() });
  });

  it('is kept, validated like a brand budget, and survives export and import', () => {
    const mine = { ...defaultSettings(), defaultBudgets: { x: { perDay: 5, spacingMinutes: 30 } } };
    expect(validateSettings(mine)).toEqual({ ok: true, value: mine });
    expect(importSettings(exportSettings(mine))).toEqual({ ok: true, value: mine });
    expect(
      validateSettings({ ...defaultSettings(), defaultBudgets: { x: { perDay: 0, spacingMinutes: -1 } } }),
    ).toEqual({
      ok: false,
      errors: [
        { path: 'defaultBudgets.x.perDay', code: 'at_least', args: ['1'] },
        { path: 'defaultBudgets.x.spacingMinutes', code: 'negative', args: [] },
      ],
    });
    expect(validateSettings({ ...defaultSettings(), defaultBudgets: { myspace: {} } })).toMatchObject({
      ok: false,
      errors: [{ path: 'defaultBudgets.myspace', code: 'unknown_field' }],
    });
  });

  it('resolves brand, then the default of the settings, then the built-in default', () => {
    const s = settingsWithAcme({ x: { perDay: 7, spacingMinutes: 10 } });
    s.defaultBudgets = { x: { perDay: 1, spacingMinutes: 5 }, linkedin: { perDay: 4, spacingMinutes: 0 } };
    expect(budgetFor(s, 'x', 'acme')).toEqual({ perDay: 7, spacingMinutes: 10 });
    expect(budgetFor(s, 'x', 'stranger')).toEqual({ perDay: 1, spacingMinutes: 5 });
    expect(budgetFor(s, 'linkedin', 'company:42')).toEqual({ perDay: 4, spacingMinutes: 0 });
    expect(budgetFor(s, 'reddit', 'someone')).toEqual(DEFAULT_BUDGETS.reddit);
  });
});

describe('Account.displayName', () => {
  const withAccount = (account: Record<string, unknown>) => ({
    ...defaultSettings(),
    brands: [{ ...settingsWithAcme().brands[0], accounts: [account] }],
    activeBrandId: null,
  });

  it('is optional and kept when present', () => {
    const plain = validateSettings(withAccount({ platform: 'facebook', handle: 'Alex Doe' }));
    expect(plain.ok && plain.value.brands[0]?.accounts[0]).toEqual({
      platform: 'facebook',
      handle: 'Alex Doe',
    });
    const named = validateSettings(
      withAccount({ platform: 'x', handle: '@acmecoffee', displayName: ' @AcmeCoffee ' }),
    );
    expect(named.ok && named.value.brands[0]?.accounts[0]).toEqual({
      platform: 'x',
      handle: '@acmecoffee',
      displayName: '@AcmeCoffee',
    });
  });

  it('refuses markup and non-text', () => {
    expect(
      validateSettings(withAccount({ platform: 'x', handle: '@acme', displayName: '<img src=x>' })),
    ).toMatchObject({ ok: false, errors: [{ path: 'brands[0].accounts[0].displayName', code: 'markup' }] });
    expect(validateSettings(withAccount({ platform: 'x', handle: '@acme', displayName: 3 }))).toMatchObject({
      ok: false,
      errors: [{ path: 'brands[0].accounts[0].displayName', code: 'not_string' }],
    });
  });
});
