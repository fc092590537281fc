import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { valueHelp } from './value-help';

describe('value-help', () => {
  it.each(exampleRows(valueHelp))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(valueHelp, lang, kind, text)).toBeUndefined();
  });

  it('relieves an offer of help in a short draft less than one with room to deliver it', () => {
    const short = runRule(
      valueHelp,
      'Trouble logging in? We can help: reset your password from the app.',
    ).strengths;
    const long = runRule(
      valueHelp,
      'Trouble logging in after the update this morning? We can help: reset your password from the settings page of the app.',
    ).strengths;
    expect(short.map((s) => [s.kind, s.text])).toEqual([['help', 'We can help']]);
    expect(long.map((s) => [s.kind, s.text, s.relief])).toEqual([['help', 'We can help', 45]]);
    expect(short[0]!.relief).toBeGreaterThan(0);
    expect(short[0]!.relief).toBeLessThan(long[0]!.relief);
  });

  it('counts a benefit for the reader, less than help', () => {
    const { strengths } = runRule(valueHelp, 'Our new app lets you pay in 2 taps at every till.');
    expect(strengths).toMatchObject([{ kind: 'benefit', text: 'lets you', start: 12, end: 20 }]);
    expect(strengths[0]!.relief).toBeGreaterThan(0);
    expect(strengths[0]!.relief).toBeLessThan(45 * 0.45);
  });

  it('does not take a teaser promise for a benefit', () => {
    for (const text of [
      'This trick will help you sleep better',
      '12 dinners you can bake in the oven',
      'How to answer emails faster',
      'You can now buy a robot that folds laundry',
    ]) {
      expect(runRule(valueHelp, text).strengths).toEqual([]);
    }
    expect(runRule(valueHelp, 'Dieser Trick hilft dir, besser zu schlafen', 'de').strengths).toEqual([]);
    expect(runRule(valueHelp, 'Deze truc helpt je beter te slapen', 'nl').strengths).toEqual([]);
  });

  it('finds German and Dutch offers of help, and none in a plain post', () => {
    const de = runRule(valueHelp, 'Probleme beim Login? Wir helfen dir gern weiter.', 'de').strengths;
    expect(de).toContainEqual(expect.objectContaining({ kind: 'help', text: 'Wir helfen' }));
    const nl = runRule(valueHelp, 'Problemen met inloggen? We helpen je graag.', 'nl').strengths;
    expect(nl).toContainEqual(expect.objectContaining({ kind: 'help', text: 'We helpen' }));
    expect(runRule(valueHelp, 'We baked bread this morning.').strengths).toEqual([]);
  });
});
