import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { loadPostLog } from '../../components/budget-data';
import { unassignedAccounts } from '../../components/budget-model';
import {
  CheckboxField,
  ErrorsContext,
  errorText,
  fieldId,
  GroupErrors,
  LanguageChoice,
  languageName,
  NumberField,
  SelectField,
  TextField,
} from '../../components/fields';
import { tKey } from '../../components/i18n';
import { PAGE_CSS } from '../../components/theme';
import { REGISTER_VALUES } from '../../lib/brand/schema';
import {
  HANDLE_FORMATS,
  LANGUAGES,
  type Language,
  PLATFORM_NAMES,
  PLATFORMS,
  type Platform,
} from '../../lib/core';
import { defaultSettings, type Settings } from '../../lib/settings/types';
import { validateSettings } from '../../lib/settings/validate';
import { loadSettings, saveSettings } from '../../lib/storage/settings';
import { initialForm, type SetupForm, setupAccounts, setupSettings } from './setup';

/** The UI language if Steady scores it, so the brand starts in the language its team works in. */
function uiLanguage(): Language {
  const ui = i18n.t('ui.htmlLang');
  return LANGUAGES.find((l) => l === ui) ?? 'en';
}

/** Where "Try it" sends people: each site's composer (under `npm start`, the local imitations). */
const TRY: ReadonlyArray<{ site: Platform; url: string; key: string }> = [
  { site: 'x', url: 'https://x.com/compose/post', key: 'welcome.try_x' },
  { site: 'linkedin', url: 'https://www.linkedin.com/feed/', key: 'welcome.try_linkedin' },
  { site: 'bluesky', url: 'https://bsky.app/', key: 'welcome.try_bluesky' },
];

type Outcome =
  | { kind: 'saved'; name: string; accounts: number }
  | { kind: 'skipped' }
  | { kind: 'failed'; reason: string };

interface Loaded {
  settings: Settings;
  /** The stored settings could not be read: setup saves nothing over them. */
  unreadable: boolean;
  form: SetupForm;
}

/**
 * The welcome page: what Steady does, the privacy promise, a two-minute setup of one brand (name,
 * the accounts Steady has seen or typed handles, languages and form of address, budgets with the
 * reason for each figure) and links to try it. It opens once after install (lib/background/install.ts)
 * and from the popup's menu. Skipping is always fine: without a brand Steady coaches with its
 * built-in rules and the default budgets. The brand is saved through saveSettings, the validated
 * path the options page uses.
 */
export function WelcomeApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [form, setForm] = useState<SetupForm | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const brandId = useMemo(() => crypto.randomUUID(), []);

  useEffect(() => {
    let alive = true;
    void Promise.all([loadSettings(), loadPostLog()]).then(([{ settings, problem }, log]) => {
      if (!alive) return;
      const seen = unassignedAccounts(log, settings);
      const f = initialForm(settings, seen, uiLanguage(), '');
      setLoaded({ settings, unreadable: problem !== null, form: f });
      setForm(f);
    });
    return () => {
      alive = false;
    };
  }, []);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const settings = loaded?.settings ?? defaultSettings();
  const next = form ? setupSettings(settings, form, brandId) : null;
  const validation = next ? validateSettings(next) : null;
  const errors = tried && validation && !validation.ok ? validation.errors : [];
  const base = `brands[${settings.brands.length}]`;
  const edit = (change: (f: SetupForm) => void) => {
    if (!form) return;
    const copy = structuredClone(form);
    change(copy);
    setForm(copy);
  };

  const save = async () => {
    setTried(true);
    if (!next || !validation || !form) return;
    if (!validation.ok) {
      const first = validation.errors[0];
      if (first) requestAnimationFrame(() => focusField(first.path));
      return;
    }
    setBusy(true);
    // Read again right before saving: the options page or the popup may have saved meanwhile.
    const fresh = await loadSettings();
    if (fresh.problem !== null) {
      setBusy(false);
      setOutcome({ kind: 'failed', reason: i18n.t('welcome.unreadable') });
      return;
    }
    const result = await saveSettings(setupSettings(fresh.settings, form, brandId));
    setBusy(false);
    setOutcome(
      result.ok
        ? { kind: 'saved', name: form.name.trim(), accounts: setupAccounts(form).length }
        : { kind: 'failed', reason: result.errors.map(errorText).join(' ') },
    );
  };

  return (
    <ErrorsContext.Provider value={errors}>
      <style>{PAGE_CSS + WELCOME_CSS}</style>
      <main class="welcome">
        <h1>{i18n.t('welcome.title')}</h1>
        <section aria-labelledby="what-heading">
          <h2 id="what-heading" class="visually-hidden">
            {i18n.t('welcome.what_heading')}
          </h2>
          <p class="lead">
            {i18n.t('welcome.what_1')} {i18n.t('welcome.what_2')} {i18n.t('welcome.what_3')}
          </p>
        </section>
        <section class="privacy" aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">{i18n.t('welcome.privacy_heading')}</h2>
          <p>{i18n.t('welcome.privacy')}</p>
        </section>

        <div ref={outcomeRef} tabindex={-1} class="outcome">
          {outcome?.kind === 'saved' && (
            <output class="notice" data-testid="welcome-saved">
              {i18n.t('welcome.saved', outcome.accounts, [String(outcome.accounts), outcome.name])}{' '}
              <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
                {i18n.t('welcome.open_settings')}
              </button>
            </output>
          )}
          {outcome?.kind === 'skipped' && (
            <output class="notice" data-testid="welcome-skipped">
              {i18n.t('welcome.skipped')}
            </output>
          )}
          {outcome?.kind === 'failed' && (
            <p class="alert" role="alert" data-testid="welcome-failed">
              {i18n.t('welcome.not_saved', [outcome.reason])}
            </p>
          )}
        </div>

        {outcome?.kind !== 'saved' && outcome?.kind !== 'skipped' && (
          <section class="setup" aria-labelledby="setup-heading">
            <div class="setup-head">
              <div>
                <h2 id="setup-heading">{i18n.t('welcome.setup_heading')}</h2>
                <p class="hint">{i18n.t('welcome.setup_intro')}</p>
              </div>
              <div class="skip">
                <button
                  type="button"
                  onClick={() => setOutcome({ kind: 'skipped' })}
                  aria-describedby="skip-hint"
                >
                  {i18n.t('welcome.skip')}
                </button>
                <p id="skip-hint" class="hint">
                  {i18n.t('welcome.skip_hint')}
                </p>
              </div>
            </div>
            {loaded?.unreadable && (
              <p class="alert" role="alert">
                {i18n.t('welcome.unreadable')}
              </p>
            )}
            {!form || !loaded ? (
              <p class="muted">{i18n.t('options.loading')}</p>
            ) : (
              <SetupFields form={form} base={base} edit={edit} settings={settings} />
            )}
            {tried && errors.length > 0 && (
              <p class="alert" role="alert" data-testid="welcome-problems">
                {i18n.t('welcome.problems', [String(errors.length)])}
              </p>
            )}
            <div class="row">
              <button
                type="button"
                class="primary"
                disabled={!form || busy || loaded?.unreadable}
                onClick={() => void save()}
              >
                {busy ? i18n.t('welcome.saving') : i18n.t('welcome.save')}
              </button>
            </div>
          </section>
        )}

        <section class="try" aria-labelledby="try-heading">
          <h2 id="try-heading">{i18n.t('welcome.try_heading')}</h2>
          <p>{i18n.t('welcome.try_intro')}</p>
          <ul>
            {TRY.map((t) => (
              <li key={t.site}>
                {tKey(t.key)}{' '}
                <a href={t.url} target="_blank" rel="noreferrer">
                  {i18n.t('welcome.try_link', [PLATFORM_NAMES[t.site]])}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </ErrorsContext.Provider>
  );
}

/** Moves focus to the field of an error, or the nearest enclosing field that exists. */
function focusField(errorPath: string): void {
  let path = errorPath;
  while (path) {
    const el = document.getElementById(fieldId(path));
    if (el instanceof HTMLElement) {
      el.focus();
      return;
    }
    path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  }
}

function SetupFields(props: {
  form: SetupForm;
  base: string;
  edit: (change: (f: SetupForm) => void) => void;
  settings: Settings;
}) {
  const { form, base, edit } = props;
  const picked = form.seen.filter((s) => s.picked).length;
  return (
    <>
      <TextField
        path={`${base}.name`}
        label={i18n.t('options.brand.name')}
        hint={i18n.t('welcome.name_hint')}
        value={form.name}
        onInput={(v) =>
          edit((f) => {
            f.name = v;
          })
        }
      />

      <fieldset>
        <legend>{i18n.t('options.accounts.legend')}</legend>
        {form.seen.length === 0 ? (
          <p class="hint">{i18n.t('welcome.accounts_none_seen')}</p>
        ) : (
          <>
            <p class="hint">{i18n.t('welcome.accounts_seen')}</p>
            <ul class="seen" data-testid="seen-accounts">
              {form.seen.map((s, i) => (
                <li key={s.account.key}>
                  <CheckboxField
                    id={`seen-${i}`}
                    label={i18n.t('budget.unassigned.account', [
                      s.account.handle,
                      PLATFORM_NAMES[s.account.site],
                    ])}
                    hint={i18n.t('welcome.seen_posts', s.account.posts, [String(s.account.posts)])}
                    checked={s.picked}
                    onChange={(on) =>
                      edit((f) => {
                        const item = f.seen[i];
                        if (item) item.picked = on;
                      })
                    }
                  />
                </li>
              ))}
            </ul>
          </>
        )}
        {form.typed.map((a, j) => {
          const path = `${base}.accounts[${picked + j}]`;
          const n = String(picked + j + 1);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: typed rows have no identity but their position.
            <div class="row typed" key={j}>
              <SelectField
                path={`${path}.platform`}
                label={i18n.t('options.accounts.site_n', [n])}
                value={a.platform}
                options={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_NAMES[p] }))}
                onChange={(p) =>
                  edit((f) => {
                    const row = f.typed[j];
                    if (row) row.platform = p;
                  })
                }
              />
              <TextField
                path={`${path}.handle`}
                label={i18n.t('options.accounts.handle_n', [n])}
                placeholder={HANDLE_FORMATS[a.platform].example}
                value={a.handle}
                onInput={(v) =>
                  edit((f) => {
                    const row = f.typed[j];
                    if (row) row.handle = v;
                  })
                }
              />
              <button
                type="button"
                class="remove"
                onClick={() =>
                  edit((f) => {
                    f.typed.splice(j, 1);
                  })
                }
              >
                {i18n.t('options.remove')}
                <span class="visually-hidden"> {i18n.t('options.accounts.handle_n', [n])}</span>
              </button>
            </div>
          );
        })}
        <GroupErrors path={`${base}.accounts`} />
        <button
          type="button"
          onClick={() => {
            edit((f) => {
              f.typed.push({ platform: f.typed.at(-1)?.platform ?? 'x', handle: '' });
            });
            const id = fieldId(`${base}.accounts[${picked + form.typed.length}].handle`);
            requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById(id)?.focus()));
          }}
        >
          {i18n.t('welcome.typed_add')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{i18n.t('options.brand.languages')}</legend>
        <LanguageChoice base={base} value={form} edit={edit} />
        {form.languages.length > 1 && (
          <SelectField
            path={`${base}.defaultLanguage`}
            label={i18n.t('options.brand.default_language')}
            hint={i18n.t('options.brand.default_language_hint')}
            value={form.defaultLanguage}
            options={form.languages.map((l) => ({ value: l, label: languageName(l) }))}
            onChange={(v) =>
              edit((f) => {
                f.defaultLanguage = v;
              })
            }
          />
        )}
        {(['de', 'nl'] as const)
          .filter((lang) => form.languages.includes(lang))
          .map((lang) => (
            <SelectField
              key={lang}
              path={`${base}.rules.register.${lang}`}
              label={tKey(`options.brand.register_${lang}`, [], lang)}
              hint={i18n.t('options.brand.register_hint')}
              value={form.register[lang] ?? 'auto'}
              options={['auto', ...REGISTER_VALUES[lang]].map((v) => ({
                value: v,
                label: tKey(`options.brand.register_${v}`, [], v),
              }))}
              onChange={(v) =>
                edit((f) => {
                  if (lang === 'de') {
                    if (v === 'sie' || v === 'du') f.register.de = v;
                    else delete f.register.de;
                  } else if (v === 'u' || v === 'je') f.register.nl = v;
                  else delete f.register.nl;
                })
              }
            />
          ))}
      </fieldset>

      <fieldset>
        <legend>{i18n.t('welcome.budgets_heading')}</legend>
        <p class="hint">{i18n.t('welcome.budgets_hint')}</p>
        <table class="budgets">
          <thead>
            <tr>
              <th scope="col">{i18n.t('options.accounts.site')}</th>
              <th scope="col">{i18n.t('options.budgets.per_day')}</th>
              <th scope="col">{i18n.t('options.budgets.spacing')}</th>
              <th scope="col">{i18n.t('welcome.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {PLATFORMS.map((p) => (
              <tr key={p}>
                <th scope="row">{PLATFORM_NAMES[p]}</th>
                <td>
                  <NumberField
                    path={`${base}.budgets.${p}.perDay`}
                    label={`${PLATFORM_NAMES[p]}: ${i18n.t('options.budgets.per_day')}`}
                    labelHidden
                    value={form.budgets[p].perDay}
                    onChange={(v) =>
                      edit((f) => {
                        f.budgets[p].perDay = v;
                      })
                    }
                  />
                </td>
                <td>
                  <NumberField
                    path={`${base}.budgets.${p}.spacingMinutes`}
                    label={`${PLATFORM_NAMES[p]}: ${i18n.t('options.budgets.spacing')}`}
                    labelHidden
                    value={form.budgets[p].spacingMinutes}
                    onChange={(v) =>
                      edit((f) => {
                        f.budgets[p].spacingMinutes = v;
                      })
                    }
                  />
                </td>
                <td class="reason">{tKey(`welcome.reason_${p}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="hint">
          {i18n.t('welcome.spacing_reason')} {i18n.t('welcome.sources')}
        </p>
      </fieldset>
    </>
  );
}

const WELCOME_CSS = `
.welcome { max-width: 860px; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
.welcome h1 { font-size: 1.6rem; }
.lead { font-size: 1.05rem; max-width: 46em; }
.privacy { border: 1px solid var(--ok); background: var(--ok-bg); border-radius: 8px; padding: 0.75em 1em; margin: 1em 0 1.5em; }
.privacy h2 { font-size: 1.05rem; margin-bottom: 0.25em; }
.privacy p { margin: 0; }
.outcome:focus { outline: none; }
.setup { border-top: 1px solid var(--rule); padding-top: 1rem; }
.setup-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5em 1.5em; align-items: start; }
.skip { max-width: 22em; }
.skip .hint { margin-top: 0.25em; }
.setup > .field input[type='text'] { width: 22em; }
.seen { list-style: none; margin: 0 0 0.5em; padding: 0; }
.seen .field { margin: 0 0 0.35em; flex-wrap: wrap; }
.seen .hint { margin: 0; }
.typed { gap: 0.5em 0.75em; }
.typed .field { margin-bottom: 0.5em; }
.typed .remove { margin-bottom: 0.75em; }
.budgets { width: 100%; }
.budgets .field { margin: 0; }
.budgets th, .budgets td { vertical-align: middle; }
.setup-head { margin-bottom: 0.75em; }
.budgets td.reason { color: var(--muted); font-size: 0.9em; max-width: 30em; }
.try { border-top: 1px solid var(--rule); margin-top: 1.5rem; padding-top: 1rem; }
.try li { margin: 0.25em 0; }
`;
