import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from './types';
import { exportSettings, importSettings, validateSettings } from './validate';

/**
 * `keepDraftText` joined the settings within version 1 as an optional field (no migration): a value
 * without it, stored or exported before the post log existed, reads as "off", which is what a
 * migration would have written. `v1-before-post-log.json` is such a file (v1-full.json as it was).
 */
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

describe('keepDraftText', () => {
  it('is off by default', () => {
    expect(defaultSettings().keepDraftText).toBe(false);
  });

  it('reads as off in settings saved before it existed', () => {
    const before = importSettings(fixture('v1-before-post-log.json'));
    const full = importSettings(fixture('v1-full.json'));
    expect(before.ok && before.value.keepDraftText).toBe(false);
    // Nothing else differs: the field is the only change to the version 1 shape.
    expect(before).toEqual(full);
    const { keepDraftText: _k, ...old } = defaultSettings();
    expect(validateSettings(old)).toEqual({ ok: true, value: defaultSettings() });
  });

  it('is kept when on, and survives export and import', () => {
    const on = { ...defaultSettings(), keepDraftText: true };
    expect(validateSettings(on)).toEqual({ ok: true, value: on });
    expect(importSettings(exportSettings(on))).toEqual({ ok: true, value: on });
  });

  it('refuses anything but true or false', () => {
    for (const bad of ['yes', 1, null])
      expect(validateSettings({ ...defaultSettings(), keepDraftText: bad })).toEqual({
        ok: false,
        errors: [{ path: 'keepDraftText', code: 'not_boolean', args: [expect.any(String)] }],
      });
  });
});
