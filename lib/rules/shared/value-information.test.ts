import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { valueInformation } from './value-information';

describe('value-information', () => {
  it.each(exampleRows(valueInformation))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(valueInformation, lang, kind, text)).toBeUndefined();
  });

  it('counts times, dates, names, reports and reasons, the first most', () => {
    const { strengths } = runRule(
      valueInformation,
      'Our Utrecht store opens at 8am from Monday, because you asked for it.',
    );
    const texts = strengths.map((s) => s.text);
    for (const t of ['8', 'Monday', 'Utrecht', 'opens', 'because']) expect(texts).toContain(t);
    expect(strengths.every((s) => s.kind === 'fact' && s.relief > 0)).toBe(true);
    expect(strengths[0]).toMatchObject({ text: '8', relief: 25 });
  });

  it('keeps UTF-16 spans after an emoji', () => {
    const { strengths } = runRule(valueInformation, '🎉 The update fixes the sync bug.');
    expect(strengths).toContainEqual(
      expect.objectContaining({ text: 'fixes', start: 14, end: 19, relief: 10 }),
    );
  });

  it('finds nothing in a listicle headline or an exclamation', () => {
    expect(runRule(valueInformation, '17 Things Only Cat People Will Understand').strengths).toEqual([]);
    expect(runRule(valueInformation, 'We are so happy!').strengths).toEqual([]);
  });

  it('finds German and Dutch times, days, places and reasons', () => {
    const de = runRule(
      valueInformation,
      'Unser Laden in Köln öffnet ab Montag um 8 Uhr, weil ihr danach gefragt habt.',
      'de',
    ).strengths.map((s) => s.text);
    expect(de).toEqual(expect.arrayContaining(['8', 'Montag']));
    const nl = runRule(
      valueInformation,
      'Onze winkel in Utrecht gaat vanaf maandag om 8 uur open, omdat jullie erom vroegen.',
      'nl',
    ).strengths.map((s) => s.text);
    expect(nl).toEqual(expect.arrayContaining(['8', 'maandag', 'Utrecht', 'omdat']));
  });
  it('counts each word once', () => {
    const { strengths } = runRule(
      valueInformation,
      'Our Utrecht store opens at 8am from Monday, because you asked for it.',
    );
    const spans = strengths.map((s) => `${s.start}-${s.end}`);
    expect(new Set(spans).size).toBe(spans.length);
  });
});
