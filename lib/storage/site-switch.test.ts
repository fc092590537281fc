import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/types';
import { isSiteEnabled, SETTINGS_STORAGE_KEY } from './site-switch';

describe('isSiteEnabled', () => {
  it('reads the per-site switch', () => {
    const s = defaultSettings();
    s.sites.linkedin = false;
    expect(isSiteEnabled(s, 'linkedin')).toBe(false);
    expect(isSiteEnabled(s, 'x')).toBe(true);
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
    expect(isSiteEnabled(stored, 'x')).toBe(true);
  });

  it('uses the key the settings item is stored under', () => {
    // settings.ts defines a storage item (needs `browser`), so compare its source instead.
    const source = readFileSync(join(__dirname, 'settings.ts'), 'utf8');
    expect(source).toContain(`defineItem<Settings>('${SETTINGS_STORAGE_KEY}'`);
  });
});
