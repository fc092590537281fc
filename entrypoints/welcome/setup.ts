import { configuredAccount, type UnassignedAccount } from '../../components/budget-model';
import { emptyBrandRules } from '../../lib/brand/schema';
import { siteBudget } from '../../lib/budget/status';
import { LANGUAGES, type Language, PLATFORMS, type Platform } from '../../lib/core';
import type { RegisterChoice } from '../../lib/scoring/types';
import type { Account, Brand, Budget, Settings } from '../../lib/settings/types';

/**
 * The welcome page's two-minute setup as data: what the form holds and the settings it makes.
 * Pure (no DOM, no `browser.*`), so it is tested in Node (setup.test.ts); the page validates the
 * result with validateSettings on every change and saves it through saveSettings, the path the
 * options page uses, so nothing the setup makes can be invalid.
 */
export interface SetupForm {
  name: string;
  /** Accounts Steady saw posting that no brand owns, by key, and whether they are picked. */
  seen: Array<{ account: UnassignedAccount; picked: boolean }>;
  /** Handles typed in, for accounts that have not posted yet. */
  typed: Account[];
  languages: Language[];
  defaultLanguage: Language;
  register: RegisterChoice;
  /** Per site, what the budget fields hold (undefined: empty, i.e. the default). */
  budgets: Record<Platform, { perDay: number | undefined; spacingMinutes: number | undefined }>;
}

/** The form as it opens: the seen accounts picked, the UI language, the default budgets filled in. */
export function initialForm(
  settings: Settings,
  seen: readonly UnassignedAccount[],
  uiLanguage: Language,
  name: string,
): SetupForm {
  const budgets = {} as SetupForm['budgets'];
  for (const p of PLATFORMS) {
    const b = siteBudget(settings, null, p);
    budgets[p] = { perDay: b.perDay, spacingMinutes: b.spacingMinutes };
  }
  return {
    name,
    seen: seen.map((account) => ({ account, picked: true })),
    typed: [],
    languages: [uiLanguage],
    defaultLanguage: uiLanguage,
    register: {},
    budgets,
  };
}

/** The accounts of the new brand: the picked seen ones, then the typed ones (paths follow this order). */
export function setupAccounts(form: SetupForm): Account[] {
  return [
    ...form.seen
      .filter((s) => s.picked)
      .map((s) => configuredAccount(s.account.site, s.account.account, s.account.displayName)),
    ...form.typed,
  ];
}

/**
 * The brand the form describes. A budget equal to the default of its site is left out, so the
 * brand follows the defaults (a later change of "Default budgets" applies to it too); an empty
 * field is the default; anything else goes in as typed, for validation to judge.
 */
export function setupBrand(settings: Settings, form: SetupForm, id: string): Brand {
  const languages = LANGUAGES.filter((l) => form.languages.includes(l));
  const defaultLanguage = languages.includes(form.defaultLanguage)
    ? form.defaultLanguage
    : (languages[0] ?? form.defaultLanguage);
  const budgets: Brand['budgets'] = {};
  for (const p of PLATFORMS) {
    const fallback = siteBudget(settings, null, p);
    const typed = form.budgets[p];
    const b: Budget = {
      perDay: typed.perDay ?? fallback.perDay,
      spacingMinutes: typed.spacingMinutes ?? fallback.spacingMinutes,
    };
    if (b.perDay !== fallback.perDay || b.spacingMinutes !== fallback.spacingMinutes) budgets[p] = b;
  }
  const register: RegisterChoice = {};
  if (languages.includes('de') && form.register.de) register.de = form.register.de;
  if (languages.includes('nl') && form.register.nl) register.nl = form.register.nl;
  const rules = { ...emptyBrandRules(), defaultLanguage };
  return {
    id,
    name: form.name,
    languages,
    defaultLanguage,
    accounts: setupAccounts(form),
    budgets,
    rules: register.de || register.nl ? { ...rules, register } : rules,
  };
}

/**
 * The settings with the new brand added last; it becomes the active brand when none is (so a
 * draft from an account Steady cannot see still gets its rules, as in the options page).
 */
export function setupSettings(settings: Settings, form: SetupForm, id: string): Settings {
  const next = structuredClone(settings);
  next.brands.push(setupBrand(settings, form, id));
  if (next.activeBrandId === null) next.activeBrandId = id;
  return next;
}
