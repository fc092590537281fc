import { createContext, type TargetedEvent } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { LANGUAGES, type Language } from '../lib/core';
import { englishError, type ValidationError } from '../lib/validation/errors';
import { tKey } from './i18n';

/**
 * Form fields that show what is wrong next to themselves. The options page validates the whole
 * draft on every change (`validateSettings`) and provides the errors through `ErrorsContext`;
 * each field picks the errors whose path is its own (`brands[0].accounts[1].handle`), marks
 * itself `aria-invalid` and points `aria-describedby` at the message, so a screen reader reads
 * the problem when the field gets focus.
 */
export const ErrorsContext = createContext<readonly ValidationError[]>([]);

/** A DOM id for a settings path: `brands[0].name` → `f-brands-0-name`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_]+/g, '-').replace(/-$/, '')}`;
}

function belongsTo(errorPath: string, path: string, nested: boolean): boolean {
  if (errorPath === path) return true;
  return nested && (errorPath.startsWith(`${path}.`) || errorPath.startsWith(`${path}[`));
}

/** The errors at `path`, and with `nested` also those below it (list items, sub-fields). */
export function useErrors(path: string, nested = false): ValidationError[] {
  const all = useContext(ErrorsContext);
  return all.filter((e) => belongsTo(e.path, path, nested));
}

/** The i18n key of a validation error: `ui.error.<code>` (lib/validation/errors.ts). */
export function errorMessageKey(e: Pick<ValidationError, 'code'>): string {
  return `ui.error.${e.code}`;
}

/** A validation error in the UI language, its args in the placeholders `$1` …. */
export function errorText(e: ValidationError): string {
  return tKey(errorMessageKey(e), e.args, englishError(e));
}

/** A key for lists of errors: the same problem at the same place is the same item. */
export function errorId(e: ValidationError): string {
  return `${e.path}:${e.code}:${e.args.join('\u0000')}`;
}

function ErrorMessages(props: {
  id: string;
  errors: ValidationError[];
  prefix?: (e: ValidationError) => string;
}) {
  if (props.errors.length === 0) return null;
  return (
    <div id={props.id}>
      {props.errors.map((e) => (
        <p key={errorId(e)} class="field-error">
          {props.prefix?.(e) ?? ''}
          {errorText(e)}
        </p>
      ))}
    </div>
  );
}

interface Described {
  id: string;
  errorId: string;
  hintId: string;
  invalid: boolean;
  describedBy: string | undefined;
}

function described(path: string, errors: ValidationError[], hint: string | undefined): Described {
  const id = fieldId(path);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const ids = [hint ? hintId : '', errors.length > 0 ? errorId : ''].filter(Boolean).join(' ');
  return { id, errorId, hintId, invalid: errors.length > 0, describedBy: ids || undefined };
}

/** What follows every field: its hint, then its errors (both referenced by aria-describedby). */
function FieldNotes(p: {
  d: Described;
  hint: string | undefined;
  errors: ValidationError[];
  prefix?: (e: ValidationError) => string;
}) {
  return (
    <>
      {p.hint && (
        <p id={p.d.hintId} class="hint">
          {p.hint}
        </p>
      )}
      <ErrorMessages id={p.d.errorId} errors={p.errors} prefix={p.prefix} />
    </>
  );
}

interface BaseProps {
  /** The settings path this field edits; errors at this path are shown next to it. */
  path: string;
  label: string;
  hint?: string;
  /** Keep the label for screen readers only (tables whose column headers say it visibly). */
  labelHidden?: boolean;
  class?: string;
}

export interface TextFieldProps extends BaseProps {
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  /** Show errors of sub-paths too (e.g. `…examples` for `…examples.flagged[0]`). */
  nested?: boolean;
  size?: number;
}

export function TextField(p: TextFieldProps) {
  const errors = useErrors(p.path, p.nested);
  const d = described(p.path, errors, p.hint);
  const common = {
    id: d.id,
    value: p.value,
    placeholder: p.placeholder,
    'aria-invalid': d.invalid ? ('true' as const) : undefined,
    'aria-describedby': d.describedBy,
    onInput: (e: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => p.onInput(e.currentTarget.value),
  };
  return (
    <div class={`field ${p.class ?? ''}`}>
      <label for={d.id} class={p.labelHidden ? 'visually-hidden' : undefined}>
        {p.label}
      </label>
      {p.multiline ? (
        <textarea {...common} rows={p.rows ?? 3} />
      ) : (
        <input type="text" {...common} size={p.size} />
      )}
      <FieldNotes d={d} hint={p.hint} errors={errors} />
    </div>
  );
}

/** Empty text is "not set"; anything that is not a whole number becomes NaN, which the validator refuses. */
function parseCount(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return /^[-+]?\d+$/.test(t) ? Number(t) : Number.NaN;
}

export interface NumberFieldProps extends BaseProps {
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  placeholder?: string;
}

/**
 * A whole-number field. It keeps what the person typed (so "-3" or "2.5" stay visible next to
 * their error) and reports the parsed number; it re-syncs when the value changes from outside.
 */
export function NumberField(p: NumberFieldProps) {
  const errors = useErrors(p.path);
  const d = described(p.path, errors, p.hint);
  const [text, setText] = useState(p.value === undefined ? '' : String(p.value));
  // Only a change of the value from outside (discard, import) re-syncs; typing must not.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `text` is read, not a trigger.
  useEffect(() => {
    if (!Object.is(parseCount(text), p.value)) setText(p.value === undefined ? '' : String(p.value));
  }, [p.value]);
  return (
    <div class={`field ${p.class ?? ''}`}>
      <label for={d.id} class={p.labelHidden ? 'visually-hidden' : undefined}>
        {p.label}
      </label>
      <input
        id={d.id}
        type="text"
        inputMode="numeric"
        class="number"
        size={6}
        value={text}
        placeholder={p.placeholder}
        aria-invalid={d.invalid ? 'true' : undefined}
        aria-describedby={d.describedBy}
        onInput={(e) => {
          setText(e.currentTarget.value);
          p.onChange(parseCount(e.currentTarget.value));
        }}
      />
      <FieldNotes d={d} hint={p.hint} errors={errors} />
    </div>
  );
}

function splitList(text: string, separator: 'comma' | 'line'): string[] {
  return text
    .split(separator === 'comma' ? ',' : /\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

export interface ListFieldProps extends BaseProps {
  value: string[];
  onChange: (value: string[]) => void;
  /** Comma-separated on one line, or one entry per line (examples, which may contain commas). */
  separator: 'comma' | 'line';
  placeholder?: string;
}

/** A list of short strings edited as text; errors of single entries quote the entry. */
export function ListField(p: ListFieldProps) {
  const errors = useErrors(p.path, true);
  const d = described(p.path, errors, p.hint);
  const join = (v: string[]) => v.join(p.separator === 'comma' ? ', ' : '\n');
  const [text, setText] = useState(join(p.value));
  // Only a change of the value from outside (discard, import) re-syncs; typing must not.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `text` and `join` are read, not triggers.
  useEffect(() => {
    if (!sameList(splitList(text, p.separator), p.value)) setText(join(p.value));
  }, [p.value]);
  const prefix = (e: ValidationError) => {
    const m = /^\[(\d+)\]/.exec(e.path.slice(p.path.length));
    const item = m ? p.value[Number(m[1])] : undefined;
    return item === undefined ? '' : `“${item}”: `;
  };
  const common = {
    id: d.id,
    value: text,
    placeholder: p.placeholder,
    'aria-invalid': d.invalid ? ('true' as const) : undefined,
    'aria-describedby': d.describedBy,
    onInput: (e: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setText(e.currentTarget.value);
      p.onChange(splitList(e.currentTarget.value, p.separator));
    },
  };
  return (
    <div class={`field ${p.class ?? ''}`}>
      <label for={d.id} class={p.labelHidden ? 'visually-hidden' : undefined}>
        {p.label}
      </label>
      {p.separator === 'line' ? <textarea {...common} rows={2} /> : <input type="text" {...common} />}
      <FieldNotes d={d} hint={p.hint} errors={errors} prefix={prefix} />
    </div>
  );
}

export interface SelectFieldProps<T extends string> extends BaseProps {
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
}

export function SelectField<T extends string>(p: SelectFieldProps<T>) {
  const errors = useErrors(p.path);
  const d = described(p.path, errors, p.hint);
  return (
    <div class={`field ${p.class ?? ''}`}>
      <label for={d.id} class={p.labelHidden ? 'visually-hidden' : undefined}>
        {p.label}
      </label>
      <select
        id={d.id}
        value={p.value}
        aria-invalid={d.invalid ? 'true' : undefined}
        aria-describedby={d.describedBy}
        onChange={(e) => {
          const v = e.currentTarget.value;
          const option = p.options.find((o) => o.value === v);
          if (option) p.onChange(option.value);
        }}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldNotes d={d} hint={p.hint} errors={errors} />
    </div>
  );
}

export interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function CheckboxField(p: CheckboxFieldProps) {
  return (
    <div class="field field-inline">
      <input
        id={p.id}
        type="checkbox"
        checked={p.checked}
        aria-describedby={p.hint ? `${p.id}-hint` : undefined}
        onChange={(e) => p.onChange(e.currentTarget.checked)}
      />
      <label for={p.id}>{p.label}</label>
      {p.hint && (
        <span id={`${p.id}-hint`} class="hint">
          {p.hint}
        </span>
      )}
    </div>
  );
}

/** Errors of a group (a fieldset) that no single field shows, e.g. `brands[0].languages`. */
export function GroupErrors(props: { path: string; nested?: boolean }) {
  const errors = useErrors(props.path, props.nested);
  return <ErrorMessages id={`${fieldId(props.path)}-error`} errors={errors} />;
}

/** A language's name in the UI language ("German", "Deutsch"). */
export function languageName(lang: Language): string {
  return tKey(`ui.language.${lang}`, [], lang);
}

/** What the language choice edits: a brand, or the welcome page's setup form. */
interface LanguageChoiceValue {
  languages: Language[];
  defaultLanguage: Language;
}

/**
 * The languages a brand posts in, one checkbox each, and their errors. Unticking the default language
 * moves the default to the first language still ticked. Shared by the options page and the welcome page.
 */
export function LanguageChoice<T extends LanguageChoiceValue>(props: {
  base: string;
  value: T;
  edit: (change: (value: T) => void) => void;
}) {
  const { base, value, edit } = props;
  return (
    <>
      <div class="row">
        {LANGUAGES.map((lang) => (
          <CheckboxField
            key={lang}
            id={`${fieldId(`${base}.languages`)}-${lang}`}
            label={languageName(lang)}
            checked={value.languages.includes(lang)}
            onChange={(on) =>
              edit((v) => {
                v.languages = LANGUAGES.filter((l) => (l === lang ? on : v.languages.includes(l)));
                const first = v.languages[0];
                if (!v.languages.includes(v.defaultLanguage) && first) v.defaultLanguage = first;
              })
            }
          />
        ))}
      </div>
      <GroupErrors path={`${base}.languages`} nested />
    </>
  );
}
