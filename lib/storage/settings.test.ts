import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, type Settings } from '../settings/types';
import { importSettings } from '../settings/validate';
import { formatErrors } from '../validation/errors';

// @wxt-dev/storage binds `browser` when it is imported, so the fake goes in first.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
let mod: typeof import('./settings');
beforeAll(async () => {
  mod = await import('./settings');
});
beforeEach(() => fakeBrowser.reset());

function fixtureSettings(): Settings {
  const r = importSettings(
    readFileSync(join(__dirname, '..', 'settings', 'fixtures', 'v1-full.json'), 'utf8'),
  );
  if (!r.ok) throw new Error('fixture does not import');
  return r.value;
}

describe('settings storage', () => {
  it('reads the defaults from empty storage', async () => {
    expect(await mod.loadSettings()).toEqual({ settings: defaultSettings(), problem: null, errors: [] });
  });

  it('saves valid settings with their version and reads them back', async () => {
    const s = fixtureSettings();
    expect((await mod.saveSettings(s)).ok).toBe(true);
    expect(await mod.loadSettings()).toEqual({ settings: s, problem: null, errors: [] });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 1 } });
  });

  it('writes nothing invalid', async () => {
    const s = fixtureSettings();
    await mod.saveSettings(s);
    const bad = structuredClone(s);
    const first = bad.brands[0];
    if (first) first.name = '';
    const r = await mod.saveSettings(bad);
    expect(r.ok).toBe(false);
    expect((await mod.loadSettings()).settings).toEqual(s);
  });

  it.each([
    ['garbage', 'not settings'],
    ['a newer version', { ...defaultSettings(), version: 2 }],
    ['a broken brand', { ...defaultSettings(), brands: [{ id: 'a', name: 42 }] }],
  ])('falls back to the defaults on %s and keeps the stored value as a backup', async (_name, stored) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    const loaded = await mod.loadSettings();
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.problem).toEqual(expect.any(String));
    // The same problems as data, for the options page to show in its language.
    expect(loaded.errors.length).toBeGreaterThan(0);
    expect(loaded.problem).toBe(formatErrors(loaded.errors));
    expect(await fakeBrowser.storage.local.get('settings-corrupt-backup')).toEqual({
      'settings-corrupt-backup': stored,
    });
    // The stored value is left alone until the user saves.
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: stored });
  });

  it('refuses a quick update over settings that could not be read, and keeps them', async () => {
    const newer = { ...fixtureSettings(), version: 2, somethingNew: true };
    await fakeBrowser.storage.local.set({ settings: newer });
    const r = await mod.updateSettings((s) => {
      s.sites.x = false;
    });
    expect(r).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: newer });
  });

  it('applies a quick update to readable settings', async () => {
    await mod.saveSettings(fixtureSettings());
    const r = await mod.updateSettings((s) => {
      s.sites.x = false;
    });
    expect(r.ok).toBe(true);
    const loaded = await mod.loadSettings();
    expect(loaded.settings).toEqual({
      ...fixtureSettings(),
      sites: { ...fixtureSettings().sites, x: false },
    });
  });

  it('reads back what the backup of unreadable settings holds', async () => {
    expect(await mod.loadSettingsBackup()).toBeNull();
    const newer = { ...fixtureSettings(), version: 2, somethingNew: true };
    await fakeBrowser.storage.local.set({ settings: newer });
    await mod.loadSettings(); // backs the unreadable value up
    expect(await mod.loadSettingsBackup()).toEqual({
      ok: true,
      value: fixtureSettings(),
      dropped: ['somethingNew'],
    });
  });

  it('passes changes to watchers, validated', async () => {
    const seen: Settings[] = [];
    const unwatch = mod.watchSettings((s) => seen.push(s));
    const s = fixtureSettings();
    await mod.saveSettings(s);
    await fakeBrowser.storage.local.set({ settings: { broken: true } });
    unwatch();
    await mod.saveSettings(defaultSettings());
    expect(seen).toEqual([s, defaultSettings()]);
  });
});
