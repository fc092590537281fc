import { describe, expect, it } from 'vitest';
import { settingsWithAcme } from '../budget/testing';
import { validateSettings } from './validate';

describe('Brand.team (issue 13), optional within settings version 1', () => {
  it('settings saved before team sync (no `team`) stay valid and get none', () => {
    const v = validateSettings(settingsWithAcme());
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.value.brands[0]).not.toHaveProperty('team');
  });

  it('keeps a valid team configuration, normalising the server to its origin', () => {
    const s = settingsWithAcme();
    const brand = s.brands[0];
    if (!brand) throw new Error('no brand');
    const raw = {
      ...s,
      brands: [
        {
          ...brand,
          team: { server: 'https://couch.example.com/', database: 'acme', shareText: true, enabled: true },
        },
      ],
    };
    const v = validateSettings(raw);
    expect(v.ok && v.value.brands[0]?.team).toEqual({
      server: 'https://couch.example.com',
      database: 'acme',
      shareText: true,
      enabled: true,
    });
  });

  it('refuses plain http off this machine, a bad database name and unknown fields', () => {
    const s = settingsWithAcme();
    const brand = s.brands[0];
    if (!brand) throw new Error('no brand');
    const v = validateSettings({
      ...s,
      brands: [
        {
          ...brand,
          team: {
            server: 'http://couch.example.com',
            database: '_users',
            shareText: 'yes',
            enabled: true,
            password: 'x',
          },
        },
      ],
    });
    expect(v.ok).toBe(false);
    if (!v.ok)
      expect(v.errors.map((e) => `${e.path} ${e.code}`).sort()).toEqual([
        'brands[0].team.database team_database',
        'brands[0].team.password unknown_field',
        'brands[0].team.server team_server',
        'brands[0].team.shareText not_boolean',
      ]);
  });

  it('one database per brand: a second brand on the same database is refused', () => {
    const s = settingsWithAcme();
    const brand = s.brands[0];
    if (!brand) throw new Error('no brand');
    const team = { server: 'https://couch.example.com', database: 'acme', shareText: false, enabled: true };
    const other = { ...brand, id: 'other', name: 'Other', accounts: [], team };
    const v = validateSettings({ ...s, brands: [{ ...brand, team }, other] });
    expect(v.ok).toBe(false);
    if (!v.ok)
      expect(v.errors.map((e) => `${e.path} ${e.code} ${e.args.join()}`)).toEqual([
        'brands[1].team.database team_database_taken Acme',
      ]);
  });
});
