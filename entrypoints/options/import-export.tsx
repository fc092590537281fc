import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { errorId, errorText } from '../../components/fields';
import type { Settings } from '../../lib/settings/types';
import { exportSettings, fileTooLarge, importSettings } from '../../lib/settings/validate';
import type { Validated, ValidationError } from '../../lib/validation/errors';
import type { OptionsState } from './options-state';
import { instancePattern } from './sites-editor';
import { type BrandName, brandNamesOf, describePath } from './where';

/** At most this many problems of a bad file are listed; the rest are counted. */
const MAX_LISTED = 8;

type Pending = { file: string; settings: Settings };

/**
 * Export downloads the saved settings as versioned JSON (a Blob link: no `downloads`
 * permission). Import reads a file the person picks, refuses anything malformed, foreign,
 * hostile or too large with the reasons and changes nothing; a valid file replaces the settings
 * only after a confirmation.
 */
export function ImportExport({ state }: { state: OptionsState }) {
  // Why a file was refused: what the validator found, or (when saving failed) one sentence.
  const [errors, setErrors] = useState<{
    file: string;
    errors: ValidationError[];
    reason?: string;
    brands?: BrandName[];
  } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLOutputElement>(null);
  // Keyboard users land on the decision, then on its outcome.
  useEffect(() => {
    if (pending) replaceRef.current?.focus();
  }, [pending]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const exportNow = () => {
    const blob = new Blob([exportSettings(state.stored.value)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `steady-settings-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const read = async (file: File) => {
    setNotice(null);
    setPending(null);
    setErrors(null);
    // Decided from the size before reading, so a huge file is never loaded into memory.
    const tooLarge = fileTooLarge(file.size);
    const text = tooLarge ? '' : await file.text().catch(() => '');
    const result: Validated<Settings> = tooLarge ? { ok: false, errors: [tooLarge] } : importSettings(text);
    if (!result.ok) setErrors({ file: file.name, errors: result.errors, brands: brandNamesOf(text) });
    else setPending({ file: file.name, settings: result.value });
    if (input.current) input.current.value = '';
  };

  const confirm = async (p: Pending) => {
    // Host permissions belong to this browser: keep only the instances granted here.
    const granted: string[] = [];
    const dropped: string[] = [];
    for (const origin of p.settings.mastodonInstances) {
      const ok = await browser.permissions
        .contains({ origins: [instancePattern(origin)] })
        .catch(() => false);
      (ok ? granted : dropped).push(origin);
    }
    const saved = await state.replace({ ...p.settings, mastodonInstances: granted });
    setPending(null);
    if (!saved) {
      setErrors({ file: p.file, errors: [], reason: i18n.t('options.import.not_saved') });
      return;
    }
    const parts = [i18n.t('options.import.done', [p.file])];
    if (dropped.length > 0)
      parts.push(
        i18n.t('options.import.regrant', [dropped.map((o) => o.replace(/^https:\/\//, '')).join(', ')]),
      );
    setNotice(parts.join(' '));
  };

  return (
    <>
      <div class="field">
        <button type="button" onClick={exportNow}>
          {i18n.t('options.export.button')}
        </button>
        <p class="hint">
          {state.dirty.value ? i18n.t('options.export.hint_unsaved') : i18n.t('options.export.hint')}
        </p>
      </div>
      <div class="field">
        <label for="import-file">{i18n.t('options.import.label')}</label>
        <input
          ref={input}
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-hint"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void read(file);
          }}
        />
        <p id="import-hint" class="hint">
          {i18n.t('options.import.hint')}
        </p>
      </div>
      {errors && (
        <div class="alert" role="alert" data-testid="import-error">
          <p>
            <strong>{i18n.t('options.import.refused', [errors.file])}</strong>
          </p>
          <ul>
            {errors.reason && <li>{errors.reason}</li>}
            {errors.errors.slice(0, MAX_LISTED).map((e) => (
              <li key={errorId(e)}>
                <Where path={e.path} brands={errors.brands ?? []} />
                {errorText(e)}
              </li>
            ))}
          </ul>
          {errors.errors.length > MAX_LISTED && (
            <p>{i18n.t('options.import.more', [String(errors.errors.length - MAX_LISTED)])}</p>
          )}
        </div>
      )}
      {pending && (
        <section class="notice" aria-labelledby="import-confirm">
          <p id="import-confirm">
            {i18n.t('options.import.confirm', [pending.file, String(pending.settings.brands.length)])}
          </p>
          <div class="row">
            <button ref={replaceRef} type="button" class="primary" onClick={() => void confirm(pending)}>
              {i18n.t('options.import.replace')}
            </button>
            <button
              type="button"
              onClick={() => {
                setPending(null);
                input.current?.focus();
              }}
            >
              {i18n.t('options.cancel')}
            </button>
          </div>
        </section>
      )}
      {notice && (
        <output class="notice" ref={noticeRef} tabIndex={-1}>
          {notice}
        </output>
      )}
    </>
  );
}

/**
 * Where in the file a problem is: in words when the path names a brand or a section ("Bean & Leaf ›
 * Banned phrase 2"), with the exact path kept for whoever edits the JSON by hand.
 */
function Where({ path, brands }: { path: string; brands: readonly BrandName[] }) {
  if (!path) return null;
  const words = describePath(path, brands);
  return (
    <>
      {words ? (
        <>
          {words} (<code>{path}</code>)
        </>
      ) : (
        <code>{path}</code>
      )}
      {': '}
    </>
  );
}
