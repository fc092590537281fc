import { type ErrorCode, errorAt, type Validated } from '../validation/errors';
import { SETTINGS_VERSION } from './types';

/**
 * Upgrades of the stored (and exported) settings, one per version step: `SETTINGS_MIGRATIONS[n]`
 * turns a version n−1 value into version n and sets its `version` field. The input is `unknown`
 * because old data is never trusted: a migration guards what it reads, and the result is always
 * validated afterwards (`validateSettings`). The same table drives `settingsItem` in
 * lib/storage/settings-item.ts (WXT storage runs it when the stored meta version is older) and
 * `importSettings` (which reads the version from the file).
 *
 * Version 1 is the first shape, so the table is empty. To change the shape: bump
 * SETTINGS_VERSION, add the step here, and add a hand-made fixture of the old version under
 * ./fixtures/ with a test that it migrates to a valid current value.
 */
export type SettingsMigration = (previous: unknown) => unknown;

export const SETTINGS_MIGRATIONS: Readonly<Record<number, SettingsMigration>> = {};

/** Runs the steps from `fromVersion` to the current version; refuses versions it cannot read. */
export function migrateSettings(
  value: unknown,
  fromVersion: number,
  migrations: Readonly<Record<number, SettingsMigration>> = SETTINGS_MIGRATIONS,
  targetVersion: number = SETTINGS_VERSION,
): Validated<unknown> {
  const fail = (code: ErrorCode, ...args: Array<string | number>): Validated<unknown> => ({
    ok: false,
    errors: [errorAt('version', code, fromVersion, ...args)],
  });
  if (!Number.isInteger(fromVersion) || fromVersion < 1) return fail('version_unknown');
  if (fromVersion > targetVersion) return fail('version_newer', targetVersion);
  let current = value;
  for (let to = fromVersion + 1; to <= targetVersion; to++) {
    const step = migrations[to];
    if (!step) return fail('version_no_step', to);
    try {
      current = step(current);
    } catch (err) {
      return fail('version_failed', to, err instanceof Error ? err.message : String(err));
    }
  }
  return { ok: true, value: current };
}
