import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { hype } from './hype';

describe('hype', () => {
  it.each(exampleRows(hype))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(hype, lang, kind, text)).toBeUndefined();
  });

  it('points at each hype word or phrase, each adding less', () => {
    const { findings } = runRule(hype, 'Our amazing, revolutionary app is a total game changer.');
    expect(findings.map((f) => f.text)).toEqual(['amazing', 'revolutionary', 'game changer']);
    expect(findings[0]!.weight).toBe(8);
    expect(findings[1]!.weight).toBeLessThan(findings[0]!.weight);
    expect(findings[2]!.weight).toBeLessThan(findings[1]!.weight);
  });

  it('keeps UTF-16 spans after an emoji', () => {
    expect(runRule(hype, '🤯 Mind-blowing prices.').findings).toMatchObject([
      { text: 'Mind-blowing', start: 3, end: 15 },
    ]);
  });

  it('matches inflected German and Dutch forms', () => {
    expect(
      runRule(hype, 'Unsere unglaubliche, sensationelle App!', 'de').findings.map((f) => f.text),
    ).toEqual(['unglaubliche', 'sensationelle']);
    expect(runRule(hype, 'Onze ongelooflijke, fantastische app!', 'nl').findings.map((f) => f.text)).toEqual([
      'ongelooflijke',
      'fantastische',
    ]);
  });

  it('leaves plain statements alone', () => {
    expect(runRule(hype, 'Unsere Bäckerei ist ab Montag geöffnet.', 'de').findings).toEqual([]);
    expect(runRule(hype, 'We bake rye and spelt bread every morning.').findings).toEqual([]);
  });

  it('reads "free" and "exclusive" in context', () => {
    const texts = (t: string) => runRule(hype, t).findings.map((f) => f.text);
    expect(texts('Free cash flow rose 12% this quarter.')).toEqual([]);
    expect(texts('We stand for free trade and free speech.')).toEqual([]);
    expect(texts('Feel free to bring your dog, our cake is gluten free.')).toEqual([]);
    expect(texts('Exclusive: our CEO on the merger talks.')).toEqual([]);
    expect(texts('Get a FREE gift and an exclusive discount today.')).toEqual(['FREE', 'exclusive discount']);
  });
});
