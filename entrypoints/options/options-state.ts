import { computed, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import type { Recovered } from '../../lib/settings/recover';
import { defaultSettings, type Settings } from '../../lib/settings/types';
import { validateSettings } from '../../lib/settings/validate';
import { loadSettings, loadSettingsBackup, saveSettings, watchSettings } from '../../lib/storage/settings';
import type { ValidationError } from '../../lib/validation/errors';

/**
 * The options page's state. Storage is the source of truth (`stored`, kept current by
 * `watchSettings`); the page edits a copy (`draft`) that is validated on every change and
 * written only by `save()`, and only when valid. The live preview reads the draft, so it
 * scores with the rules as they are on screen, saved or not.
 */
export interface OptionsState {
  loaded: Signal<boolean>;
  stored: Signal<Settings>;
  draft: Signal<Settings>;
  /** Why the stored settings could not be read (the page then starts from the defaults). */
  loadProblem: Signal<LoadProblemDetails | null>;
  /**
   * What the backup of unreadable settings holds, read back as far as it can be, when it differs
   * from the saved settings (so there is something to restore); else null.
   */
  backup: ReadonlySignal<Extract<Recovered, { ok: true }> | null>;
  /** Saves the backup's readable settings (the options page's "Restore from backup"). */
  restoreBackup(): Promise<boolean>;
  /** Set when another page (the popup, another options tab) saved while this one had edits. */
  changedElsewhere: Signal<boolean>;
  /** The brand being edited, as an index into `draft.brands`. */
  selected: Signal<number>;
  errors: ReadonlySignal<readonly ValidationError[]>;
  dirty: ReadonlySignal<boolean>;
  saveState: Signal<'idle' | 'saving' | 'saved'>;
  update(change: (draft: Settings) => void): void;
  save(): Promise<boolean>;
  discard(): void;
  /** Replaces stored and edited settings (import); returns false when invalid. */
  replace(next: Settings): Promise<boolean>;
  /**
   * Applies `change` to the saved settings at once and to the edits on screen, keeping the other
   * edits (Mastodon grants, which happen in the browser immediately). `change` must be idempotent:
   * the storage watcher may already have brought the saved value in.
   */
  patch(change: (s: Settings) => void): Promise<boolean>;
  dispose(): void;
}

export interface LoadProblemDetails {
  /** In English (storage errors come from the browser in English anyway). */
  text: string;
  /** The validation errors behind it, which the page shows in its language; may be empty. */
  errors: readonly ValidationError[];
}

function same(a: Settings, b: Settings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function createOptionsState(): OptionsState {
  const loaded = signal(false);
  const stored = signal(defaultSettings());
  const draft = signal(defaultSettings());
  const loadProblem = signal<LoadProblemDetails | null>(null);
  const changedElsewhere = signal(false);
  const selected = signal(0);
  const saveState = signal<'idle' | 'saving' | 'saved'>('idle');
  const recovered = signal<Recovered | null>(null);
  const backup = computed(() => {
    const r = recovered.value;
    return r?.ok && !same(r.value, stored.value) ? r : null;
  });
  const validation = computed(() => validateSettings(draft.value));
  const errors = computed(() => {
    const v = validation.value;
    return v.ok ? [] : v.errors;
  });
  // Compared with the normalized draft, so trailing spaces alone do not count as a change.
  const dirty = computed(() => {
    const v = validation.value;
    return !same(v.ok ? v.value : draft.value, stored.value);
  });

  const adopt = (s: Settings) => {
    stored.value = s;
    draft.value = structuredClone(s);
    changedElsewhere.value = false;
    if (selected.value >= s.brands.length) selected.value = Math.max(0, s.brands.length - 1);
  };

  void loadSettings().then(async ({ settings, problem, errors }) => {
    loadProblem.value = problem === null ? null : { text: problem, errors };
    // After loadSettings, which backs up what it could not read.
    recovered.value = await loadSettingsBackup();
    adopt(settings);
    const active = settings.brands.findIndex((b) => b.id === settings.activeBrandId);
    selected.value = Math.max(0, active);
    loaded.value = true;
  });

  const unwatch = watchSettings((s) => {
    if (same(s, stored.value)) return;
    if (dirty.value) {
      stored.value = s;
      changedElsewhere.value = true;
    } else adopt(s);
  });

  return {
    loaded,
    stored,
    draft,
    loadProblem,
    changedElsewhere,
    selected,
    errors,
    dirty,
    saveState,
    backup,
    async restoreBackup() {
      const r = backup.value;
      if (!r) return false;
      const result = await saveSettings(r.value);
      if (!result.ok) return false;
      adopt(result.value);
      loadProblem.value = null;
      return true;
    },
    update(change) {
      const next = structuredClone(draft.value);
      change(next);
      draft.value = next;
      saveState.value = 'idle';
    },
    async save() {
      saveState.value = 'saving';
      const result = await saveSettings(draft.value);
      if (!result.ok) {
        saveState.value = 'idle';
        return false;
      }
      adopt(result.value);
      loadProblem.value = null;
      saveState.value = 'saved';
      return true;
    },
    discard() {
      adopt(stored.value);
      saveState.value = 'idle';
    },
    async replace(next) {
      const result = await saveSettings(next);
      if (!result.ok) return false;
      adopt(result.value);
      loadProblem.value = null;
      return true;
    },
    async patch(change) {
      const next = structuredClone(stored.value);
      change(next);
      const result = await saveSettings(next);
      if (!result.ok) return false;
      stored.value = result.value;
      const edited = structuredClone(draft.value);
      change(edited);
      draft.value = edited;
      return true;
    },
    dispose: unwatch,
  };
}
