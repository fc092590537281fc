import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { valueTip } from './value-tip';

describe('value-tip', () => {
  it.each(exampleRows(valueTip))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(valueTip, lang, kind, text)).toBeUndefined();
  });

  it('relieves a headline that only promises a tip less than a delivered tip', () => {
    const headline = runRule(valueTip, 'How To Get Rid Of Acne').strengths;
    const delivered = runRule(
      valueTip,
      'Tip: store your beans in an airtight jar, away from light.',
    ).strengths;
    expect(headline).toMatchObject([{ kind: 'tip', text: 'How To' }]);
    expect(delivered[0]).toMatchObject({ kind: 'tip', text: 'Tip', relief: 45 });
    expect(headline[0]!.relief).toBeGreaterThan(0);
    expect(headline[0]!.relief).toBeLessThan(delivered[0]!.relief);
    expect(runRule(valueTip, '22 Tips For Hiking').strengths[0]!.relief).toBe(headline[0]!.relief);
  });

  it('keeps UTF-16 spans after an emoji, and finds "Tipp:" and "Tip:" in German and Dutch', () => {
    expect(runRule(valueTip, '☕ Tip: store your beans in an airtight jar.').strengths[0]).toMatchObject({
      text: 'Tip',
      start: 2,
      end: 5,
      relief: 45,
    });
    expect(
      runRule(valueTip, 'Tipp: Bewahre deine Bohnen luftdicht und dunkel auf.', 'de').strengths[0],
    ).toMatchObject({ kind: 'tip', text: 'Tipp', relief: 45 });
    expect(runRule(valueTip, 'Tip: bewaar je bonen luchtdicht en donker.', 'nl').strengths[0]).toMatchObject({
      kind: 'tip',
      text: 'Tip',
      relief: 45,
    });
  });

  it('does not take sales imperatives for instructions', () => {
    expect(runRule(valueTip, 'Buy now. Order today. Sign up here.').strengths).toEqual([]);
  });

  // BUG: the English infinitive list misses everyday verbs ("store", "rinse", "grind", "tell"),
  // so the rule's own documented case ("Store the beans in a jar") is not seen as instructions.
  it('sees two instructing sentences as a tip', () => {
    expect(
      runRule(valueTip, 'Store the beans in a jar. Keep the jar away from light.').strengths,
    ).toMatchObject([{ kind: 'tip', text: 'Store', relief: 20 }]);
  });
});
