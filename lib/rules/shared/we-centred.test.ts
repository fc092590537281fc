import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { weCentred } from './we-centred';

describe('we-centred', () => {
  it.each(exampleRows(weCentred))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(weCentred, lang, kind, text)).toBeUndefined();
  });

  it('points at every we-word, with the counts as arguments, each adding less', () => {
    const { findings } = runRule(weCentred, 'We launched our new store and we are proud of our team.');
    expect(findings.map((f) => f.text)).toEqual(['We', 'our', 'we', 'our']);
    expect(findings[0]!.args).toEqual(['4', '0']);
    expect(findings[0]!.weight).toBe(9);
    for (let n = 1; n < findings.length; n++)
      expect(findings[n]!.weight).toBeLessThan(findings[n - 1]!.weight);
  });

  it('fires at two we-words per you-word, more mildly, and not below that', () => {
    const four = runRule(weCentred, 'We made this for you and we hope you like our work, we think.');
    expect(four.findings.map((f) => f.text)).toEqual(['We', 'we', 'our', 'we']);
    expect(four.findings[0]!.weight).toBe(5);
    expect(runRule(weCentred, 'We made this for you and we hope you like our work.').findings).toEqual([]);
  });

  it('keeps UTF-16 spans after an emoji', () => {
    const { findings } = runRule(weCentred, '🎉 We did it, we really did it, thanks to our team!');
    expect(findings).toMatchObject([
      { text: 'We', start: 3, end: 5 },
      { text: 'we', start: 14, end: 16 },
      { text: 'our', start: 42, end: 45 },
    ]);
  });

  it('counts German and Dutch we-forms', () => {
    expect(runRule(weCentred, 'Wir freuen uns.', 'de').findings.map((f) => f.text)).toEqual(['Wir', 'uns']);
    expect(
      runRule(
        weCentred,
        'Wij hebben onze nieuwe winkel geopend en wij zijn trots op ons team.',
        'nl',
      ).findings.map((f) => f.text),
    ).toEqual(['Wij', 'onze', 'wij', 'ons']);
  });

  // BUG: "US" (the United States) is read as the pronoun "us", so one "We" plus a country name
  // makes a we-centred post.
  it('does not read "the US" as a we-word', () => {
    expect(runRule(weCentred, 'We now ship to the US and Canada.').findings).toEqual([]);
  });

  it('hears the reader in an inclusive "we": let us, we all, we should', () => {
    for (const [text, lang] of [
      ["Let's all bring our own cups this week, and we will fill them.", 'en'],
      ['We should all drink more water at our desks, we think.', 'en'],
      ['Lasst uns gemeinsam unseren Park aufräumen, wir bringen die Säcke mit.', 'de'],
      ['Laten we samen onze buurt opruimen, wij zorgen voor de zakken.', 'nl'],
    ] as const) {
      expect(runRule(weCentred, text, lang).findings, text).toEqual([]);
    }
    // The brand's own "we" in another sentence still counts.
    expect(
      runRule(weCentred, "Let's all recycle. We opened our new store and we love our team.").findings,
    ).toHaveLength(4);
  });

  it('counts the handle a reply opens with as the "you" it talks to', () => {
    const weight = (text: string) => runRule(weCentred, text).findings[0]?.weight;
    expect(weight('We have passed it on to our team.')).toBe(9);
    expect(weight('@anna We have passed it on to our team.')).toBe(5);
    expect(weight('.@anna We have passed it on to our team.')).toBe(5);
    expect(runRule(weCentred, 'All of us at Acme thank our team.').findings).toEqual([]);
  });
});
