import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverSettings } from './recover';
import { defaultSettings, type Settings } from './types';
import { importSettings } from './validate';

/** The v1 fixture as stored (no format marker), the shape a downgrade leaves behind once changed. */
function stored(): Record<string, unknown> & { brands: Array<Record<string, unknown>> } {
  const { format: _format, ...rest } = JSON.parse(
    readFileSync(join(__dirname, 'fixtures', 'v1-full.json'), 'utf8'),
  );
  return rest;
}

function fixtureSettings(): Settings {
  const r = importSettings(readFileSync(join(__dirname, 'fixtures', 'v1-full.json'), 'utf8'));
  if (!r.ok) throw new Error('fixture does not import');
  return r.value;
}

describe('recoverSettings', () => {
  it('reads valid settings back unchanged', () => {
    expect(recoverSettings(stored())).toEqual({ ok: true, value: fixtureSettings(), dropped: [] });
  });

  it('reads a newer version as this one, leaving out only the fields it does not know', () => {
    const newer = { ...stored(), version: 2, somethingNew: { introducedIn: 2 } };
    newer.brands[0] = { ...newer.brands[0], mood: 'sunny' };
    const r = recoverSettings(newer);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(fixtureSettings());
    expect(r.dropped.sort()).toEqual(['brands[0].mood', 'somethingNew']);
  });

  it('leaves out the smallest broken part: an account, a setting, a brand without a name', () => {
    const broken = stored();
    const first = broken.brands[0] as { accounts: Array<Record<string, unknown>> };
    first.accounts[1] = { platform: 'linkedin', handle: '<script>' };
    broken.sites = { ...(broken.sites as object), x: 'maybe' };
    broken.brands[1] = { ...broken.brands[1], name: 42 };
    broken.activeBrandId = 'kiosk';
    const r = recoverSettings(broken);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const expected = fixtureSettings();
    expected.brands[0]?.accounts.splice(1, 1);
    expected.brands.splice(1, 1);
    expected.sites.x = defaultSettings().sites.x;
    expected.activeBrandId = null;
    expect(r.value).toEqual(expected);
    expect(r.dropped).toEqual(
      expect.arrayContaining(['brands[0].accounts[1]', 'sites.x', 'brands[1]', 'activeBrandId']),
    );
  });

  it('keeps a brand whose one banned phrase is broken, without that phrase', () => {
    const broken = stored();
    const rules = (broken.brands[0] as { rules: { banned: unknown[] } }).rules;
    const kept = rules.banned.length - 1;
    rules.banned[0] = { pattern: '(unclosed', level: 'error' };
    const r = recoverSettings(broken);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.brands).toHaveLength(2);
    expect(r.value.brands[0]?.rules.banned).toHaveLength(kept);
  });

  it('refuses what is not settings at all', () => {
    expect(recoverSettings('not settings').ok).toBe(false);
    expect(recoverSettings(null).ok).toBe(false);
    expect(recoverSettings([1, 2]).ok).toBe(false);
  });
});
