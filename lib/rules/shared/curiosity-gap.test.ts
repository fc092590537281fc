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

  it('flags a German or Dutch pointer only when it opens a teaser', () => {
    expect(runRule(curiosityGap, 'Diese 5 Tricks wirst du lieben', 'de').findings).toContainEqual(
      expect.objectContaining({ text: 'Diese 5', variant: 'forward' }),
    );
    expect(
      runRule(curiosityGap, 'Dieses Video zeigt, was passiert, wenn man Kaffee einfriert', 'de').findings,
    ).toMatchObject([{ text: 'Dieses Video', variant: 'forward' }]);
    for (const text of [
      'Diese Jacke ist warm und einfach zu pflegen.',
      'Dieses Video zeigt unsere neue Röstmaschine in Köln.',
      'Wir haben neue Bohnen. Diese kommen aus Peru.',
    ]) {
      expect(runRule(curiosityGap, text, 'de').findings).toEqual([]);
    }
    expect(runRule(curiosityGap, 'Deze jas is warm en makkelijk te wassen.', 'nl').findings).toEqual([]);
    expect(runRule(curiosityGap, 'Deze 3 fouten maak jij ook', 'nl').findings).toHaveLength(1);
  });

  it('flags an English pointer with a promise, a number or a question word, not a description', () => {
    expect(
      runRule(curiosityGap, 'These 2 hidden iPhone features will change how you text').findings.map(
        (f) => f.text,
      ),
    ).toContain('These 2');
    expect(runRule(curiosityGap, 'Watch this barista pour the fastest latte art').findings).toMatchObject([
      { text: 'this barista', variant: 'forward' },
    ]);
    expect(runRule(curiosityGap, 'This jacket is made from 12 recycled bottles.').findings).toEqual([]);
  });

  it('flags an embedded question the draft does not answer', () => {
    expect(runRule(curiosityGap, 'Why we switched every store to oat milk').findings).toMatchObject([
      { text: 'Why we' },
    ]);
    expect(runRule(curiosityGap, 'Warum wir auf Hafermilch umgestiegen sind', 'de').findings).toHaveLength(1);
    expect(runRule(curiosityGap, 'Wie wir unseren Kaffee rösten', 'de').findings).toHaveLength(1);
    expect(runRule(curiosityGap, 'Waarom we overstappen op havermelk', 'nl').findings).toHaveLength(1);
    // Answered after a colon or in the next sentence, asked as a real question, or exclaimed.
    expect(
      runRule(curiosityGap, 'Why we switched to oat milk: it cuts our dairy emissions by 60%.').findings,
    ).toEqual([]);
    expect(runRule(curiosityGap, 'Why not try the oat latte?').findings).toEqual([]);
    expect(runRule(curiosityGap, 'Was für ein Tag', 'de').findings).toEqual([]);
    expect(runRule(curiosityGap, 'Wie immer frisch gebacken', 'de').findings).toEqual([]);
  });

  it('flags a draft that opens on "she" or "he" and never names them', () => {
    expect(runRule(curiosityGap, 'She did it again.').findings).toMatchObject([
      { text: 'She', variant: 'forward' },
    ]);
    expect(runRule(curiosityGap, 'She joined our Leeds team in May as head baker.').findings).toEqual([]);
  });
});
