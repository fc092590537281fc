import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { noConcreteValue } from './no-concrete-value';

describe('no-concrete-value', () => {
  it.each(exampleRows(noConcreteValue))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(noConcreteValue, lang, kind, text)).toBeUndefined();
  });

  it('runs in the absence phase, needs four words and points at the first sentence', () => {
    expect(noConcreteValue.phase).toBe('absence');
    expect(runRule(noConcreteValue, 'Exciting news everyone!').findings).toEqual([]);
    const { findings } = runRule(
      noConcreteValue,
      'Exciting things are happening at our company! Watch this space.',
    );
    expect(findings).toMatchObject([
      { text: 'Exciting things are happening at our company!', start: 0, end: 45 },
    ]);
    expect(findings[0]!.weight).toBe(60);
  });

  it('is satisfied by a concrete deal or a delivered tip', () => {
    expect(runRule(noConcreteValue, '20% off all coats until Sunday.').findings).toEqual([]);
    expect(runRule(noConcreteValue, 'Tip: water your basil from below.').findings).toEqual([]);
  });

  it('is not satisfied by deal words without anything concrete', () => {
    const { findings } = runRule(noConcreteValue, 'Special offer! Big sale today at our shop.');
    expect(findings.map((f) => f.text)).toEqual(['Special offer!']);
  });

  it('points at the first German and Dutch sentence', () => {
    expect(
      runRule(noConcreteValue, 'Bei uns passieren gerade spannende Dinge! Bleibt dran.', 'de').findings.map(
        (f) => f.text,
      ),
    ).toEqual(['Bei uns passieren gerade spannende Dinge!']);
    expect(
      runRule(noConcreteValue, 'Er gebeuren spannende dingen bij ons!', 'nl').findings.map((f) => f.text),
    ).toEqual(['Er gebeuren spannende dingen bij ons!']);
  });
});
