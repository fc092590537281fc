import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { valuePrivilege } from './value-privilege';

describe('value-privilege', () => {
  it.each(exampleRows(valuePrivilege))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(valuePrivilege, lang, kind, text)).toBeUndefined();
  });

  it('relieves early access in a short draft less than in one with room for details', () => {
    const short = runRule(
      valuePrivilege,
      'Newsletter readers get early access to the new flavours on Friday.',
    ).strengths;
    const long = runRule(
      valuePrivilege,
      'Newsletter readers get early access to the new flavours on Friday, two days before they reach our shops in Leeds.',
    ).strengths;
    expect(short).toMatchObject([{ kind: 'privilege', text: 'early access', start: 23, end: 35 }]);
    expect(long).toMatchObject([{ kind: 'privilege', text: 'early access', relief: 45 }]);
    expect(short[0]!.relief).toBeGreaterThan(0);
    expect(short[0]!.relief).toBeLessThan(45);
  });

  it('finds German and Dutch privileges, the second relieving less', () => {
    const de = runRule(
      valuePrivilege,
      'Newsletter-Abonnenten bekommen am Freitag vorab Zugang zu den neuen Sorten.',
      'de',
    ).strengths;
    expect(de.map((s) => s.text)).toEqual(['Newsletter-Abonnenten bekommen', 'vorab']);
    expect(de[1]!.relief).toBeLessThan(de[0]!.relief);
    const nl = runRule(
      valuePrivilege,
      'Nieuwsbriefabonnees krijgen vrijdag als eerste toegang tot de nieuwe smaken.',
      'nl',
    ).strengths;
    expect(nl.map((s) => s.text)).toEqual(['Nieuwsbriefabonnees krijgen', 'als eerste']);
  });

  it('finds nothing in a post without a privilege', () => {
    expect(runRule(valuePrivilege, 'Great bread, baked this morning.').strengths).toEqual([]);
  });

  it('leaves a preview announced by a pointer, and bare "priority", alone', () => {
    expect(runRule(valuePrivilege, "Here's our first look at the autumn collection").strengths).toEqual([]);
    expect(runRule(valuePrivilege, 'This behind the scenes clip is so good').strengths).toEqual([]);
    expect(runRule(valuePrivilege, 'Safety is our top priority.').strengths).toEqual([]);
    expect(runRule(valuePrivilege, 'Hier ist ein erster Blick hinter die Kulissen', 'de').strengths).toEqual(
      [],
    );
    expect(
      runRule(valuePrivilege, 'Subscribers get a first look at the autumn collection on Friday.').strengths,
    ).not.toEqual([]);
  });
});
