import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../settings/types';

// @wxt-dev/storage binds `browser` when it is imported, so the fake goes in first.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
let mod: typeof import('./site-switch');
let settings: typeof import('./settings');
beforeAll(async () => {
  mod = await import('./site-switch');
  settings = await import('./settings');
});
beforeEach(() => fakeBrowser.reset());

describe('isSiteEnabled', () => {
  it('reads the per-site switch', () => {
    const s = defaultSettings();
    s.sites.linkedin = false;
    expect(mod.isSiteEnabled(s, 'linkedin')).toBe(false);
    expect(mod.isSiteEnabled(s, 'x')).toBe(true);
  });

  it.each([
    undefined,
    null,
    'corrupt',
    42,
    [],
    { sites: 'x' },
    { sites: null },
  ])('reads %j as on', (stored) => {
    expect(mod.isSiteEnabled(stored, 'x')).toBe(true);
  });
});

describe('watchSiteEnabled', () => {
  /** Collects what the watcher reports, and waits for the storage events to arrive. */
  async function watch(site: 'x' | 'linkedin') {
    const seen: boolean[] = [];
    const unwatch = await mod.watchSiteEnabled(site, (on) => seen.push(on));
    return { seen, unwatch, settle: () => new Promise((r) => setTimeout(r, 0)) };
  }

  it('reads what the settings item saves, and follows its changes', async () => {
    const s = defaultSettings();
    s.sites.linkedin = false;
    await settings.saveSettings(s);
    const w = await watch('linkedin');
    expect(w.seen).toEqual([false]);
    s.sites.linkedin = true;
    await settings.saveSettings(s);
    await w.settle();
    expect(w.seen).toEqual([false, true]);
    w.unwatch();
  });

  it('reads empty storage as on (the item fallback)', async () => {
    expect((await watch('x')).seen).toEqual([true]);
  });

  it.each([
    ['garbage', 'not settings', true],
    // A newer version's own switch is still honoured: the user turned X off.
    ['a newer version', { ...defaultSettings(), version: 2, sites: { x: false } }, false],
    ['a broken sites field', { ...defaultSettings(), sites: 'off' }, true],
  ])('reads %s as stored, without repairing or backing it up', async (_name, stored, on) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    const w = await watch('x');
    expect(w.seen).toEqual([on]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: stored });
    // A corrupt value written later (a bad write) reads as on.
    await fakeBrowser.storage.local.set({ settings: 42 });
    await w.settle();
    expect(w.seen.at(-1)).toBe(true);
    w.unwatch();
  });
});

describe('one settings reader', () => {
  it('names the stored key only where the settings item is defined', () => {
    const root = join(__dirname, '..', '..');
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) {
          // The item's key, or the raw key read through browser.storage (`get('settings')`).
          const source = readFileSync(path, 'utf8');
          if (/['"]local:settings['"]|\.get\(\s*['"]settings['"]/.test(source))
            hits.push(path.slice(root.length + 1));
        }
      }
    };
    for (const dir of ['lib', 'components', 'entrypoints', 'cli']) walk(join(root, dir));
    expect(hits).toEqual(['lib/storage/settings-item.ts']);
  });
});
