import { storage } from 'wxt/utils/storage';
import { type Recovered, recoverSettings } from '../settings/recover';
import { defaultSettings, SETTINGS_VERSION, type Settings } from '../settings/types';
import { validateSettings } from '../settings/validate';
import { formatErrors, type Validated, type ValidationError } from '../validation/errors';
import { settingsItem } from './settings-item';

/**
 * The settings in `storage.local`, the single source of truth: the options page and the popup
 * write them, the background and content scripts read and watch them. Everything stays local
 * (brands, rules, accounts and the Mastodon grants, which belong to this browser's permissions);
 * `storage.sync` would cap one item at 8 KB, which a brand with a few dozen rules already exceeds.
 *
 * Stored data is never trusted: it can be corrupt, hand-edited through DevTools, or written by a
 * newer Steady after a downgrade. `loadSettings` validates it and falls back to the defaults.
 * The item itself (key, fallback, version, migrations) is defined once, in ./settings-item.ts.
 */

/** Where an unreadable stored value is kept, so a bad write or a downgrade never loses it. */
export const CORRUPT_BACKUP_KEY = 'local:settings-corrupt-backup';

export interface LoadedSettings {
  settings: Settings;
  /** Why the stored settings could not be used (then `settings` are the defaults), else null. */
  problem: string | null;
  /** The validation errors behind `problem`, for the UI to show in its language; else empty. */
  errors: ValidationError[];
}

/** The stored settings, validated; never throws. */
export async function loadSettings(): Promise<LoadedSettings> {
  let stored: unknown;
  try {
    stored = await settingsItem.getValue();
  } catch (err) {
    return { settings: defaultSettings(), problem: `could not be read: ${errorText(err)}`, errors: [] };
  }
  const validated = validateSettings(stored);
  if (validated.ok) return { settings: validated.value, problem: null, errors: [] };
  try {
    await storage.setItem(CORRUPT_BACKUP_KEY, stored);
  } catch {
    // The backup is a courtesy; failing to write it must not stop Steady from starting.
  }
  return { settings: defaultSettings(), problem: formatErrors(validated.errors), errors: validated.errors };
}

/**
 * What the backup of unreadable settings holds, read back as far as it can be (`recoverSettings`:
 * every part that validates); null when there is no backup. Never throws.
 */
export async function loadSettingsBackup(): Promise<Recovered | null> {
  let raw: unknown;
  try {
    raw = await storage.getItem<unknown>(CORRUPT_BACKUP_KEY);
  } catch {
    return null;
  }
  return raw === null || raw === undefined ? null : recoverSettings(raw);
}

export type UpdateResult =
  | { ok: true; settings: Settings }
  | { ok: false; reason: 'unreadable'; problem: string }
  | { ok: false; reason: 'invalid'; errors: Validated<Settings> & { ok: false } };

/**
 * Reads the stored settings, applies `change` and saves, for quick changes made outside the
 * options page (the popup's site switch). Refuses when the stored settings could not be read:
 * saving then would write the defaults plus this one change over the user's settings (issue 11:
 * a site switch after a downgrade saved the defaults, brands 1 → 0).
 */
export async function updateSettings(change: (s: Settings) => void): Promise<UpdateResult> {
  const { settings, problem } = await loadSettings();
  if (problem !== null) return { ok: false, reason: 'unreadable', problem };
  change(settings);
  const saved = await saveSettings(settings);
  return saved.ok ? { ok: true, settings: saved.value } : { ok: false, reason: 'invalid', errors: saved };
}

/** Validates, then writes; nothing invalid is ever written. Returns the validation result. */
export async function saveSettings(s: Settings): Promise<Validated<Settings>> {
  const validated = validateSettings(s);
  if (!validated.ok) return validated;
  await settingsItem.setValue(validated.value);
  // After a downgrade the meta still says the newer version; what we wrote is this version.
  await storage.setMeta(settingsItem.key, { v: SETTINGS_VERSION });
  return validated;
}

/** Calls `cb` with every change, validated (invalid stored values read as the defaults). */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    const validated = validateSettings(value);
    cb(validated.ok ? validated.value : defaultSettings());
  });
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
