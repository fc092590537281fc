import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { curiosityGap } from './curiosity-gap';

describe('curiosity-gap', () => {
  it.each(exampleRows(curiosityGap))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(curiosityGap, lang, kind, text)).toBeUndefined();
  });

  it('points at each teaser, each adding less', () => {
    const { findings } = runRule(curiosityGap, "You won't believe what happened next");
    expect(findings.map((f) => f.text)).toEqual(["You won't believe", 'what happened next']);
    expect(findings[1]!.weight).toBeLessThan(findings[0]!.weight);
  });

  it('flags a headline that opens on "This …" as a forward reference', () => {
    const { findings } = runRule(curiosityGap, 'This Trick Will Change Your Life');
    expect(findings).toMatchObject([
      { text: 'Will Change Your Life' },
      { text: 'This Trick', variant: 'forward' },
    ]);
  });

  it('keeps UTF-16 spans after an emoji and finds Dutch teasers', () => {
    expect(runRule(curiosityGap, '👀 Big news coming… stay tuned').findings).toMatchObject([
      { text: 'stay tuned', start: 20, end: 30 },
    ]);
    expect(
      runRule(curiosityGap, 'Je raadt nooit wat er daarna gebeurde', 'nl').findings.map((f) => f.text),
    ).toEqual(['Je raadt nooit', 'wat er daarna gebeurde']);
  });

  // BUG: "das" is in the German forward-reference set, but it is also the neuter article "the",
  // so every German draft that opens with a neuter noun ("Das Café …") is called clickbait.
  it('leaves a German draft that opens with the article "Das" alone', () => {
    expect(runRule(curiosityGap, 'Das Café öffnet am Montag um 8 Uhr.', 'de').findings).toEqual([]);
  });

  // BUG: "This" + a time word is a date ("This Saturday"), not a pointer at a withheld point;
  // the same goes for "Diese Woche" and "Deze week".
  it('leaves "This Saturday" alone', () => {
    expect(runRule(curiosityGap, 'This Saturday we open at 9.').findings).toEqual([]);
  });
});
