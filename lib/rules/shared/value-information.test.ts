import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { valueInformation } from './value-information';

describe('value-information', () => {
  it.each(exampleRows(valueInformation))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(valueInformation, lang, kind, text)).toBeUndefined();
  });

  it('counts times, dates, names and reports, the first most', () => {
    const { strengths } = runRule(
      valueInformation,
      'Our Utrecht store opens at 8am from Monday, because you asked for it.',
    );
    const texts = strengths.map((s) => s.text);
    for (const t of ['8', 'Monday', 'Utrecht', 'opens']) expect(texts).toContain(t);
    // "because" explains; the explanation is no fact by itself (clickbait explains as often).
    expect(texts).not.toContain('because');
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

  it('finds German and Dutch times, days and places', () => {
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
    expect(nl).toEqual(expect.arrayContaining(['8', 'maandag', 'Utrecht']));
  });
  it('counts each word once', () => {
    const { strengths } = runRule(
      valueInformation,
      'Our Utrecht store opens at 8am from Monday, because you asked for it.',
    );
    const spans = strengths.map((s) => `${s.start}-${s.end}`);
    expect(new Set(spans).size).toBe(spans.length);
  });

  it('gives nothing for a capital, a hashtag, a lone digit or "today" in a promo', () => {
    const promo =
      'HUGE NEWS!!! We are SO excited to announce our new Summer Collection 🌞 Only TODAY: buy now before it is gone! Last chance, link in bio!!! Like and share to win 🎁 #sale #summer #fashion #newin #shopnow #deal';
    expect(runRule(valueInformation, promo).strengths).toEqual([]);
    expect(
      runRule(valueInformation, 'These 2 hidden iPhone features will change your life').strengths,
    ).toEqual([]);
    expect(runRule(valueInformation, 'Top 10 Summer Looks').strengths).toEqual([]);
    expect(runRule(valueInformation, 'NEU: Die Sommerkollektion ist da! #sale', 'de').strengths).toEqual([]);
    expect(runRule(valueInformation, 'NIEUW: de zomercollectie is er! #sale', 'nl').strengths).toEqual([]);
  });

  it('counts quantities with a unit or a counted noun, prices and percentages', () => {
    const texts = (t: string, lang: 'en' | 'de' | 'nl' = 'en') =>
      runRule(valueInformation, t, lang).strengths.map((s) => s.text);
    expect(texts('We opened 3 new stores in Leeds this spring.')).toEqual(
      expect.arrayContaining(['3', 'Leeds']),
    );
    expect(texts('The trail is 2.5 km long and takes 40 minutes.')).toEqual(
      expect.arrayContaining(['2.5', '40']),
    );
    expect(texts('Shipping is now €4 for every order.')).toContain('4');
    expect(texts('Recyclinganteil jetzt 40 % bei allen Jacken.', 'de')).toContain('40');
    expect(texts('We planten dit jaar 500 bomen in Utrecht.', 'nl')).toEqual(
      expect.arrayContaining(['500', 'Utrecht']),
    );
  });

  it('counts a name only with a predicate or a place, not a capitalised word', () => {
    expect(
      runRule(valueInformation, 'Barclays announces a new savings account for students.').strengths,
    ).toContainEqual(expect.objectContaining({ text: 'announces' }));
    const midName = runRule(valueInformation, 'Yesterday our partner Oatly announced a price cut.').strengths;
    expect(midName.map((s) => s.text)).toContain('Oatly');
    expect(
      runRule(valueInformation, 'Our new Summer Collection is here').strengths.map((s) => s.text),
    ).not.toContain('Summer');
  });
});
