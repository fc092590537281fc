import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ANALYSIS_VIEW_CSS } from '../../components/analysis-view';
import {
  ErrorsContext,
  errorId,
  errorText,
  fieldId,
  GroupErrors,
  SelectField,
} from '../../components/fields';
import { PAGE_CSS } from '../../components/theme';
import { UNASSIGNED_CSS } from '../../components/unassigned-accounts';
import { emptyBrandRules } from '../../lib/brand/schema';
import type { PostLog } from '../../lib/budget/types';
import { LANGUAGES, type Language } from '../../lib/core';
import type { Brand } from '../../lib/settings/types';
import type { ValidationError } from '../../lib/validation/errors';
import { BrandEditor, DefaultBudgetsEditor, focusLater } from './brand-editor';
import { ImportExport } from './import-export';
import { OPTIONS_BUDGET_CSS, OptionsPostLog, OptionsUnassigned, usePostLog } from './options-budget';
import { createOptionsState, type LoadProblemDetails, type OptionsState } from './options-state';
import { RulePreview } from './rule-preview';
import { RulesEditor } from './rules-editor';
import { SitesEditor } from './sites-editor';
import { describePath } from './where';

/** The UI language if Steady scores it, so a new brand starts in the language its team works in. */
function uiLanguage(): Language {
  const ui = i18n.t('ui.htmlLang');
  return LANGUAGES.find((l) => l === ui) ?? 'en';
}

function newBrand(existing: readonly Brand[]): Brand {
  const base = i18n.t('options.brands.new_name');
  const names = new Set(existing.map((b) => b.name.toLowerCase()));
  let name = base;
  for (let n = 2; names.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  const lang = uiLanguage();
  return {
    id: crypto.randomUUID(),
    name,
    languages: [lang],
    defaultLanguage: lang,
    accounts: [],
    budgets: {},
    rules: { ...emptyBrandRules(), defaultLanguage: lang },
  };
}

/** Moves focus to the field of an error, or the closest enclosing field that exists. */
function focusError(state: OptionsState, e: ValidationError): void {
  const brand = /^brands\[(\d+)\]/.exec(e.path);
  if (brand) state.selected.value = Number(brand[1]);
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      let path = e.path;
      while (path) {
        const el =
          document.getElementById(fieldId(path)) ?? document.getElementById(`${fieldId(path)}-error`);
        if (el) {
          const target = el.matches('input, select, textarea, button') ? el : (el.closest('fieldset') ?? el);
          if (!target.matches('input, select, textarea, button')) target.setAttribute('tabindex', '-1');
          if (target instanceof HTMLElement) target.focus();
          target.scrollIntoView({ block: 'center' });
          return;
        }
        path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      }
    }),
  );
}

const MAX_SUMMARY = 6;

/** Why the saved settings could not be used: each validation error in the UI language, else the reason. */
function LoadProblem({ problem }: { problem: LoadProblemDetails }) {
  const listed = problem.errors.slice(0, MAX_SUMMARY);
  return (
    <div class="alert" role="alert">
      <p>{i18n.t('options.load_problem')}</p>
      {listed.length === 0 ? (
        <p>
          <code>{problem.text}</code>
        </p>
      ) : (
        <ul>
          {listed.map((e) => (
            <li key={errorId(e)}>
              {e.path && <code>{e.path}</code>}
              {e.path && ': '}
              {errorText(e)}
            </li>
          ))}
          {problem.errors.length > MAX_SUMMARY && (
            <li>{i18n.t('options.import.more', [String(problem.errors.length - MAX_SUMMARY)])}</li>
          )}
        </ul>
      )}
    </div>
  );
}

/**
 * "Restore from backup", when a backup of settings that could not be read holds something other
 * than what is saved now (e.g. after a downgrade, or after the defaults were saved over them).
 */
function RestoreBackup({ state }: { state: OptionsState }) {
  const backup = state.backup.value;
  const [done, setDone] = useState(false);
  if (!backup) {
    return done ? (
      <output class="notice" data-testid="backup-restored">
        {i18n.t('options.backup_restored')}
      </output>
    ) : null;
  }
  const restore = async () => {
    if (state.dirty.value && !window.confirm(i18n.t('options.backup_confirm'))) return;
    setDone(await state.restoreBackup());
  };
  return (
    <div class="notice" data-testid="settings-backup">
      <p>{i18n.t('options.backup_found', [String(backup.value.brands.length)])}</p>
      {backup.dropped.length > 0 && (
        <p class="hint">{i18n.t('options.backup_dropped', [backup.dropped.join(', ')])}</p>
      )}
      <button type="button" onClick={() => void restore()}>
        {i18n.t('options.backup_restore')}
      </button>
    </div>
  );
}

/**
 * Keeps the sticky save bar off the fields (issue 12: it covered the Mastodon instance field once
 * its error summary grew): the page's scroll padding follows the bar's measured height, and when
 * the bar grows over the focused field, that field scrolls back into view above it.
 */
function useSaveBarClearance(ref: { current: HTMLElement | null }): void {
  useEffect(() => {
    const bar = ref.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const height = bar.getBoundingClientRect().height;
      document.documentElement.style.setProperty('--save-bar-height', `${Math.ceil(height)}px`);
      const focused = document.activeElement;
      if (!(focused instanceof HTMLElement) || bar.contains(focused) || focused === document.body) return;
      if (focused.getBoundingClientRect().bottom > bar.getBoundingClientRect().top)
        focused.scrollIntoView({ block: 'nearest' });
    });
    observer.observe(bar);
    return () => observer.disconnect();
  }, [ref]);
}

function SaveBar({ state }: { state: OptionsState }) {
  const barRef = useRef<HTMLElement>(null);
  useSaveBarClearance(barRef);
  const errors = state.errors.value;
  const dirty = state.dirty.value;
  const status =
    state.saveState.value === 'saving'
      ? i18n.t('options.save.saving')
      : errors.length > 0
        ? i18n.t('options.save.problems', [String(errors.length)])
        : dirty
          ? i18n.t('options.save.unsaved')
          : state.saveState.value === 'saved'
            ? i18n.t('options.save.saved')
            : i18n.t('options.save.clean');
  return (
    <section class="save-bar" ref={barRef} aria-label={i18n.t('options.save.region')}>
      <div class="save-inner">
        <output class="save-status" data-testid="save-status">
          {status}
        </output>
        {errors.length > 0 && (
          <ul class="error-summary" id="error-summary" tabindex={-1}>
            {errors.slice(0, MAX_SUMMARY).map((e) => (
              <li key={errorId(e)}>
                <button type="button" class="link" onClick={() => focusError(state, e)}>
                  {describePath(e.path, state.draft.value.brands)}
                  {describePath(e.path, state.draft.value.brands) ? ': ' : ''}
                  {errorText(e)}
                </button>
              </li>
            ))}
            {errors.length > MAX_SUMMARY && (
              <li>{i18n.t('options.import.more', [String(errors.length - MAX_SUMMARY)])}</li>
            )}
          </ul>
        )}
        <div class="row">
          <button
            type="button"
            class="primary"
            disabled={!dirty}
            onClick={() => {
              const first = errors[0];
              if (first) focusError(state, first);
              else void state.save();
            }}
          >
            {i18n.t('options.save.button')}
          </button>
          <button type="button" disabled={!dirty} onClick={() => state.discard()}>
            {i18n.t('options.save.discard')}
          </button>
        </div>
      </div>
    </section>
  );
}

function BrandsSection({ state, log }: { state: OptionsState; log: PostLog | null }) {
  const draft = state.draft.value;
  const index = Math.min(state.selected.value, Math.max(0, draft.brands.length - 1));
  const brand = draft.brands[index];
  const add = () => {
    state.update((s) => {
      s.brands.push(newBrand(s.brands));
      if (s.activeBrandId === null) s.activeBrandId = s.brands[0]?.id ?? null;
    });
    state.selected.value = draft.brands.length;
    focusLater(fieldId(`brands[${draft.brands.length}].name`), true);
  };
  const remove = () => {
    if (!brand) return;
    if (!window.confirm(i18n.t('options.brands.remove_confirm', [brand.name]))) return;
    state.update((s) => {
      s.brands.splice(index, 1);
      if (s.activeBrandId === brand.id) s.activeBrandId = s.brands[0]?.id ?? null;
    });
    state.selected.value = Math.max(0, index - 1);
  };
  return (
    <section aria-labelledby="brands-heading" class="panel">
      <h2 id="brands-heading">{i18n.t('options.brands.heading')}</h2>
      <p class="hint">{i18n.t('options.brands.hint')}</p>
      {draft.brands.length === 0 ? (
        <p>{i18n.t('options.brands.none')}</p>
      ) : (
        <div class="row brand-picker">
          <div class="field">
            <label for="brand-select">{i18n.t('options.brands.select')}</label>
            <select
              id="brand-select"
              value={String(index)}
              onChange={(e) => {
                state.selected.value = Number(e.currentTarget.value);
              }}
            >
              {draft.brands.map((b, i) => (
                <option key={b.id} value={String(i)}>
                  {b.name.trim() || i18n.t('options.where.brand', [String(i + 1)])}
                </option>
              ))}
            </select>
          </div>
          <SelectField
            path="activeBrandId"
            label={i18n.t('options.brands.active')}
            hint={i18n.t('options.brands.active_hint')}
            value={draft.activeBrandId ?? ''}
            options={[
              { value: '', label: i18n.t('options.brands.active_none') },
              ...draft.brands.map((b, i) => ({
                value: b.id,
                label: b.name.trim() || i18n.t('options.where.brand', [String(i + 1)]),
              })),
            ]}
            onChange={(v) =>
              state.update((s) => {
                s.activeBrandId = v === '' ? null : v;
              })
            }
          />
        </div>
      )}
      <div class="row">
        <button type="button" onClick={add}>
          {i18n.t('options.brands.add')}
        </button>
        {brand && (
          <button type="button" onClick={remove}>
            {i18n.t('options.brands.remove', [brand.name.trim() || String(index + 1)])}
          </button>
        )}
      </div>
      <OptionsUnassigned state={state} log={log} />
      {brand && (
        <div class="brand-layout" key={brand.id}>
          <div class="brand-form">
            <GroupErrors path={`brands[${index}].id`} />
            <BrandEditor state={state} index={index} />
            <h3>{i18n.t('options.rules.heading')}</h3>
            <p class="hint">{i18n.t('options.rules.hint')}</p>
            <RulesEditor state={state} index={index} brand={brand} />
          </div>
          <aside class="brand-preview">
            <RulePreview brand={brand} />
          </aside>
        </div>
      )}
    </section>
  );
}

export function OptionsApp() {
  const state = useMemo(createOptionsState, []);
  const log = usePostLog();
  useEffect(() => () => state.dispose(), [state]);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (state.dirty.value) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state]);

  if (!state.loaded.value) return <p class="loading">{i18n.t('options.loading')}</p>;
  return (
    <ErrorsContext.Provider value={state.errors.value}>
      <style>{PAGE_CSS + OPTIONS_CSS + ANALYSIS_VIEW_CSS + UNASSIGNED_CSS + OPTIONS_BUDGET_CSS}</style>
      <header class="page-header">
        <h1>{i18n.t('options.title')}</h1>
        <p class="hint">{i18n.t('options.intro')}</p>
        <nav aria-label={i18n.t('options.nav')}>
          <ul class="nav">
            <li>
              <a href="#brands-heading">{i18n.t('options.brands.heading')}</a>
            </li>
            <li>
              <a href="#default-budgets-heading">{i18n.t('options.default_budgets.heading')}</a>
            </li>
            <li>
              <a href="#sites-heading">{i18n.t('options.sites.heading')}</a>
            </li>
            <li>
              <a href="#transfer-heading">{i18n.t('options.transfer.heading')}</a>
            </li>
          </ul>
        </nav>
      </header>
      <main>
        {state.loadProblem.value && <LoadProblem problem={state.loadProblem.value} />}
        <RestoreBackup state={state} />
        {state.changedElsewhere.value && (
          <div class="notice">
            <p role="alert">{i18n.t('options.changed_elsewhere')}</p>
            <button type="button" onClick={() => state.discard()}>
              {i18n.t('options.changed_elsewhere_load')}
            </button>
          </div>
        )}
        <BrandsSection state={state} log={log} />
        <section aria-labelledby="default-budgets-heading" class="panel">
          <h2 id="default-budgets-heading">{i18n.t('options.default_budgets.heading')}</h2>
          <p class="hint">{i18n.t('options.default_budgets.hint')}</p>
          <DefaultBudgetsEditor state={state} />
        </section>
        <section aria-labelledby="sites-heading" class="panel">
          <h2 id="sites-heading">{i18n.t('options.sites.heading')}</h2>
          <SitesEditor state={state} />
        </section>
        <section aria-labelledby="transfer-heading" class="panel">
          <h2 id="transfer-heading">{i18n.t('options.transfer.heading')}</h2>
          <ImportExport state={state} />
          <OptionsPostLog state={state} log={log} />
        </section>
      </main>
      <SaveBar state={state} />
    </ErrorsContext.Provider>
  );
}

const OPTIONS_CSS = `
/* Keeps fields that get focus clear of the sticky save bar (WCAG 2.4.11): its measured height
   (useSaveBarClearance) plus a margin; 7rem until it is measured. */
html { scroll-padding-bottom: calc(var(--save-bar-height, 6rem) + 1rem); }
body { padding: 0; }
.page-header, main { max-width: 1180px; margin: 0 auto; padding: 1.25rem 1.25rem 0; }
.nav { list-style: none; display: flex; gap: 1.25em; padding: 0; margin: 0.5em 0 0; }
.panel { border-top: 1px solid var(--rule); padding: 1rem 0 0.5rem; }
.panel > .row { margin-bottom: 0.75rem; }
.brand-picker { gap: 1.5em; align-items: start; }
.brand-layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(300px, 400px); gap: 1.5rem; margin-top: 1rem; align-items: start; }
.brand-preview { position: sticky; top: 1rem; max-height: calc(100vh - 9rem); overflow: auto;
  border: 1px solid var(--rule); border-radius: 8px; padding: 0.75rem; background: var(--bg); }
@media (max-width: 860px) {
  .brand-layout { grid-template-columns: minmax(0, 1fr); }
  .brand-preview { position: static; max-height: none; }
}
.rule-card { border: 1px solid var(--rule); border-radius: 8px; padding: 0.6rem 0.75rem; margin: 0 0 0.75rem; background: var(--surface); }
.rule-card .row > .field { margin-bottom: 0.4em; }
.grow { flex: 1 1 14em; }
.grow input, .grow textarea { width: 100%; }
.examples { display: grid; grid-template-columns: repeat(auto-fit, minmax(14em, 1fr)); gap: 0 0.75em; }
.inline-group { border: none; padding: 0; margin: 0 0 0.75em; }
.inline-group > legend { padding: 0; margin-bottom: 0.2em; font-weight: 600; }
.grid .field, .accounts .field { margin: 0; }
.grid th, .grid td { vertical-align: middle; }
.accounts input[type='text'] { width: 18em; }
.sites { display: grid; grid-template-columns: repeat(auto-fill, minmax(9em, 1fr)); gap: 0 1em; }
.instances { padding-left: 1.2em; }
.instance { font-family: ui-monospace, monospace; }
details > summary { cursor: pointer; font-weight: 600; margin: 0.25em 0 0.5em; }
main { padding-bottom: 2rem; }
.save-bar { position: sticky; bottom: 0; background: var(--surface); border-top: 1px solid var(--rule); z-index: 1; }
.save-inner { max-width: 1180px; margin: 0 auto; padding: 0.6rem 1.25rem; display: flex; gap: 0.5em 1.25em; flex-wrap: wrap; align-items: center; }
.save-status { display: block; margin: 0; font-weight: 600; }
.error-summary { flex-basis: 100%; order: 3; margin: 0; padding-left: 1.2em; max-height: 7.5em; overflow: auto; }
.error-summary button.link { color: var(--error); text-align: left; }
.loading { padding: 2rem; }
`;
