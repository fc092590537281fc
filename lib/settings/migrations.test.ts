import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateSettings, SETTINGS_MIGRATIONS, type SettingsMigration } from './migrations';
import { SETTINGS_VERSION } from './types';
import { exportSettings, importSettings, validateSettings } from './validate';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));

describe('settings migrations', () => {
  it('has a step for every version after 1', () => {
    for (let v = 2; v <= SETTINGS_VERSION; v++)
      expect(SETTINGS_MIGRATIONS[v], `step to v${v}`).toBeTypeOf('function');
    expect(
      Object.keys(SETTINGS_MIGRATIONS)
        .map(Number)
        .every((v) => v >= 2 && v <= SETTINGS_VERSION),
    ).toBe(true);
  });

  it('leaves the current version as it is, and it validates', () => {
    const { format: _format, ...stored } = fixture('v1-full.json');
    const r = migrateSettings(stored, SETTINGS_VERSION);
    expect(r).toEqual({ ok: true, value: stored });
    expect(validateSettings(r.ok ? r.value : null).ok).toBe(true);
  });

  it('refuses a version from the future and versions that never existed', () => {
    expect(migrateSettings({}, SETTINGS_VERSION + 1).ok).toBe(false);
    expect(migrateSettings({}, 0).ok).toBe(false);
    expect(migrateSettings({}, 1.5).ok).toBe(false);
  });

  // The machinery, with a made-up table (the real one is empty until the shape first changes).
  const rename: SettingsMigration = (v) => {
    if (typeof v !== 'object' || v === null) throw new Error('not an object');
    const { sitesEnabled, ...rest } = v as Record<string, unknown>;
    return { ...rest, sites: sitesEnabled, version: 2 };
  };
  const addField: SettingsMigration = (v) => ({ ...(v as object), mastodonInstances: [], version: 3 });

  it('runs the steps in order up to the target', () => {
    expect(
      migrateSettings({ version: 1, sitesEnabled: { x: false } }, 1, { 2: rename, 3: addField }, 3),
    ).toEqual({
      ok: true,
      value: { version: 3, sites: { x: false }, mastodonInstances: [] },
    });
    expect(migrateSettings({ version: 2, sites: {} }, 2, { 2: rename, 3: addField }, 3)).toEqual({
      ok: true,
      value: { version: 3, sites: {}, mastodonInstances: [] },
    });
  });

  it('reports a failing or missing step instead of throwing', () => {
    expect(migrateSettings(null, 1, { 2: rename }, 2)).toEqual({
      ok: false,
      errors: [{ path: 'version', code: 'version_failed', args: ['1', '2', 'not an object'] }],
    });
    expect(migrateSettings({}, 1, { 3: addField }, 3).ok).toBe(false);
  });

  it('an exported file of the current version imports to the same settings', () => {
    const first = importSettings(JSON.stringify(fixture('v1-full.json')));
    expect(first.ok).toBe(true);
    if (first.ok) expect(importSettings(exportSettings(first.value))).toEqual(first);
  });
});
