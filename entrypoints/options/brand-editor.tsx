import { i18n } from '#i18n';
import {
  fieldId,
  GroupErrors,
  LanguageChoice,
  ListField,
  languageName,
  NumberField,
  SelectField,
  TextField,
} from '../../components/fields';
import { tKey } from '../../components/i18n';
import { REGISTER_VALUES } from '../../lib/brand/schema';
import { siteBudget } from '../../lib/budget/status';
import { HANDLE_FORMATS, LANGUAGES, PLATFORM_NAMES, PLATFORMS, type Platform } from '../../lib/core';
import { type Brand, type Budget, DEFAULT_BUDGETS, type Settings } from '../../lib/settings/types';
import { IgnoresEditor } from './ignores-editor';
import type { OptionsState } from './options-state';

/** Runs `change` on brand `index` of a copy of the draft. */
export function updateBrand(
  state: OptionsState,
  index: number,
  change: (brand: Brand, draft: Settings) => void,
) {
  state.update((draft) => {
    const brand = draft.brands[index];
    if (brand) change(brand, draft);
  });
}

const PLATFORM_OPTIONS = PLATFORMS.map((p) => ({ value: p, label: PLATFORM_NAMES[p] }));

type RegisterLanguage = keyof typeof REGISTER_VALUES;

/**
 * "Form of address in German: From the draft / Sie / du" (Dutch: u / je). "From the draft" stores
 * nothing, so each draft's own majority decides, as for brands saved before the setting existed.
 */
function RegisterField(props: { state: OptionsState; index: number; brand: Brand; lang: RegisterLanguage }) {
  const { lang } = props;
  const value: string = props.brand.rules.register?.[lang] ?? 'auto';
  const options = ['auto', ...REGISTER_VALUES[lang]].map((v) => ({
    value: v,
    label: tKey(`options.brand.register_${v}`, [], v),
  }));
  return (
    <SelectField
      path={`brands[${props.index}].rules.register.${lang}`}
      label={tKey(`options.brand.register_${lang}`, [], lang)}
      hint={i18n.t('options.brand.register_hint')}
      value={value}
      options={options}
      onChange={(v) =>
        updateBrand(props.state, props.index, (b) => {
          const register = { ...b.rules.register };
          if (lang === 'de') {
            if (v === 'sie' || v === 'du') register.de = v;
            else delete register.de;
          } else if (v === 'u' || v === 'je') register.nl = v;
          else delete register.nl;
          if (register.de || register.nl) b.rules.register = register;
          else delete b.rules.register;
        })
      }
    />
  );
}

/** Name, languages, accounts, values and budgets of one brand. */
export function BrandEditor({ state, index }: { state: OptionsState; index: number }) {
  const base = `brands[${index}]`;
  const languageErrors = useErrors(`${base}.languages`, true);
  const brand = state.draft.value.brands[index];
  if (!brand) return null;
  const edit = (change: (b: Brand) => void) => updateBrand(state, index, change);

  return (
    <>
      <fieldset>
        <legend>{i18n.t('options.brand.legend')}</legend>
        <TextField
          path={`${base}.name`}
          label={i18n.t('options.brand.name')}
          value={brand.name}
          onInput={(v) =>
            edit((b) => {
              b.name = v;
            })
          }
        />
        <fieldset
          class="inline-group"
          aria-describedby={languageErrors.length > 0 ? `${fieldId(`${base}.languages`)}-error` : undefined}
        >
          <legend>{i18n.t('options.brand.languages')}</legend>
          <LanguageChoice base={base} value={brand} edit={edit} />
        </fieldset>
        <SelectField
          path={`${base}.defaultLanguage`}
          label={i18n.t('options.brand.default_language')}
          hint={i18n.t('options.brand.default_language_hint')}
          value={brand.defaultLanguage}
          options={(brand.languages.length > 0 ? brand.languages : LANGUAGES).map((l) => ({
            value: l,
            label: languageName(l),
          }))}
          onChange={(v) =>
            edit((b) => {
              b.defaultLanguage = v;
            })
          }
        />
        {brand.languages.includes('de') && (
          <RegisterField state={state} index={index} brand={brand} lang="de" />
        )}
        {brand.languages.includes('nl') && (
          <RegisterField state={state} index={index} brand={brand} lang="nl" />
        )}
      </fieldset>

      <AccountsEditor state={state} index={index} brand={brand} />

      <fieldset>
        <legend>{i18n.t('options.values.legend')}</legend>
        <p class="hint">{i18n.t('options.values.hint')}</p>
        <ListField
          class="grow"
          path={`${base}.rules.values.words`}
          label={i18n.t('options.values.words')}
          hint={i18n.t('options.values.words_hint')}
          separator="comma"
          value={brand.rules.values.words}
          onChange={(words) =>
            edit((b) => {
              b.rules.values.words = words;
            })
          }
        />
        <TextField
          path={`${base}.rules.values.statement`}
          label={i18n.t('options.values.statement')}
          multiline
          rows={2}
          value={brand.rules.values.statement}
          onInput={(v) =>
            edit((b) => {
              b.rules.values.statement = v;
            })
          }
        />
      </fieldset>

      <BudgetsEditor state={state} index={index} brand={brand} />
      {/* What the brand ignores, from the card's "never for this brand". */}
      <IgnoresEditor state={state} index={index} brand={brand} />
    </>
  );
}

function AccountsEditor({ state, index, brand }: { state: OptionsState; index: number; brand: Brand }) {
  const base = `brands[${index}].accounts`;
  const edit = (change: (b: Brand) => void) => updateBrand(state, index, change);
  return (
    <fieldset>
      <legend>{i18n.t('options.accounts.legend')}</legend>
      <p class="hint">{i18n.t('options.accounts.hint')}</p>
      {brand.accounts.length === 0 ? (
        <p class="muted">{i18n.t('options.accounts.none')}</p>
      ) : (
        <table class="accounts">
          <thead>
            <tr>
              <th scope="col">{i18n.t('options.accounts.site')}</th>
              <th scope="col">{i18n.t('options.accounts.handle')}</th>
              <th scope="col">
                <span class="visually-hidden">{i18n.t('options.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {brand.accounts.map((account, j) => {
              const n = String(j + 1);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position.
                <tr key={j}>
                  <td>
                    <SelectField
                      path={`${base}[${j}].platform`}
                      label={i18n.t('options.accounts.site_n', [n])}
                      labelHidden
                      value={account.platform}
                      options={PLATFORM_OPTIONS}
                      onChange={(p: Platform) =>
                        edit((b) => {
                          const a = b.accounts[j];
                          if (a) a.platform = p;
                        })
                      }
                    />
                  </td>
                  <td>
                    <TextField
                      path={`${base}[${j}].handle`}
                      label={i18n.t('options.accounts.handle_n', [n])}
                      labelHidden
                      placeholder={HANDLE_FORMATS[account.platform].example}
                      value={account.handle}
                      onInput={(v) =>
                        edit((b) => {
                          const a = b.accounts[j];
                          if (a) a.handle = v;
                        })
                      }
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      onClick={() =>
                        edit((b) => {
                          b.accounts.splice(j, 1);
                        })
                      }
                    >
                      {i18n.t('options.remove')}
                      <span class="visually-hidden"> {i18n.t('options.accounts.handle_n', [n])}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <GroupErrors path={base} />
      <button
        type="button"
        onClick={() => {
          edit((b) => {
            b.accounts.push({ platform: b.accounts.at(-1)?.platform ?? 'x', handle: '' });
          });
          focusLater(fieldId(`${base}[${brand.accounts.length}].handle`));
        }}
      >
        {i18n.t('options.accounts.add')}
      </button>
    </fieldset>
  );
}

function BudgetsEditor({ state, index, brand }: { state: OptionsState; index: number; brand: Brand }) {
  const settings = state.draft.value;
  return (
    <fieldset>
      <legend>{i18n.t('options.budgets.legend')}</legend>
      <p class="hint">{i18n.t('options.budgets.hint')}</p>
      <BudgetTable
        base={`brands[${index}].budgets`}
        budgets={brand.budgets}
        // A brand's empty field means the site's default budget: the user's, else the built-in one.
        fallback={(p) => siteBudget(settings, null, p)}
        onChange={(p, next) =>
          updateBrand(state, index, (b) => {
            if (next === undefined) delete b.budgets[p];
            else b.budgets[p] = next;
          })
        }
      />
    </fieldset>
  );
}

/**
 * "Default budgets": the user's own budget per site for every account, shown and editable before
 * any brand exists (issue 12); a brand's budget for a site overrides it (lib/budget/status.ts).
 */
export function DefaultBudgetsEditor({ state }: { state: OptionsState }) {
  return (
    <BudgetTable
      base="defaultBudgets"
      budgets={state.draft.value.defaultBudgets}
      fallback={(p) => DEFAULT_BUDGETS[p]}
      // Two tables of the same fields on one page: the default ones say so in their names.
      labelPrefix={`${i18n.t('options.default_budgets.heading')}, `}
      onChange={(p, next) =>
        state.update((s) => {
          if (next === undefined) delete s.defaultBudgets[p];
          else s.defaultBudgets[p] = next;
        })
      }
    />
  );
}

/**
 * Posts per day and minutes between posts per site. An empty field shows the budget that applies
 * instead (`fallback`) in grey; a budget equal to its fallback is not stored, so the site keeps
 * following the fallback when that changes.
 */
function BudgetTable(props: {
  base: string;
  budgets: Partial<Record<Platform, Budget>>;
  fallback: (p: Platform) => Budget;
  onChange: (p: Platform, next: Budget | undefined) => void;
  labelPrefix?: string;
}) {
  const prefix = props.labelPrefix ?? '';
  const set = (p: Platform, field: 'perDay' | 'spacingMinutes', v: number | undefined) => {
    const fallback = props.fallback(p);
    const current = props.budgets[p] ?? fallback;
    const next = { ...current, [field]: v ?? fallback[field] };
    const same = next.perDay === fallback.perDay && next.spacingMinutes === fallback.spacingMinutes;
    props.onChange(p, same ? undefined : next);
  };
  return (
    <table class="grid">
      <thead>
        <tr>
          <th scope="col">{i18n.t('options.accounts.site')}</th>
          <th scope="col">{i18n.t('options.budgets.per_day')}</th>
          <th scope="col">{i18n.t('options.budgets.spacing')}</th>
        </tr>
      </thead>
      <tbody>
        {PLATFORMS.map((p) => (
          <tr key={p}>
            <th scope="row">{PLATFORM_NAMES[p]}</th>
            <td>
              <NumberField
                path={`${props.base}.${p}.perDay`}
                label={`${prefix}${PLATFORM_NAMES[p]}: ${i18n.t('options.budgets.per_day')}`}
                labelHidden
                placeholder={String(props.fallback(p).perDay)}
                value={props.budgets[p]?.perDay}
                onChange={(v) => set(p, 'perDay', v)}
              />
            </td>
            <td>
              <NumberField
                path={`${props.base}.${p}.spacingMinutes`}
                label={`${prefix}${PLATFORM_NAMES[p]}: ${i18n.t('options.budgets.spacing')}`}
                labelHidden
                placeholder={String(props.fallback(p).spacingMinutes)}
                value={props.budgets[p]?.spacingMinutes}
                onChange={(v) => set(p, 'spacingMinutes', v)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Focuses an element once the next render has put it in the page; `select` selects its text to overtype. */
export function focusLater(id: string, select = false): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const el = document.getElementById(id);
      el?.focus();
      if (select && el instanceof HTMLInputElement) el.select();
    }),
  );
}
