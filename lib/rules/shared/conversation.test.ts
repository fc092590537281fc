import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { conversation } from './conversation';

describe('conversation', () => {
  it.each(exampleRows(conversation))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(conversation, lang, kind, text)).toBeUndefined();
  });

  const texts = (text: string, lang: 'en' | 'de' | 'nl' = 'en') =>
    runRule(conversation, text, lang).strengths.map((s) => [s.kind, s.text]);

  it('hears a reply by its opening handle, also in the ".@handle" form', () => {
    expect(texts('@jane The store opens at 9 tomorrow.')).toEqual([['conversation', '@jane']]);
    expect(texts('.@jane The store opens at 9 tomorrow.')).toEqual([['conversation', '@jane']]);
    expect(texts('The store opens at 9 tomorrow, says @jane.')).toEqual([]);
    // The handle alone relieves less than thanks or an apology.
    const [handle] = runRule(conversation, '@jane The store opens at 9 tomorrow.').strengths;
    const [thanks] = runRule(conversation, 'Thanks, the store opens at 9 tomorrow.').strengths;
    expect(handle!.relief).toBeLessThan(thanks!.relief);
  });

  it('hears thanks, apologies, congratulations and praise for someone’s photo', () => {
    expect(texts('@jane thanks for letting us know, we have passed it on.')).toEqual([
      ['conversation', '@jane'],
      ['conversation', 'thanks'],
    ]);
    expect(texts('Sorry to hear that, please DM us.')).toEqual([['conversation', 'Sorry']]);
    expect(texts('Congrats to the team on the award!')).toEqual([['conversation', 'Congrats']]);
    expect(texts('Great photo! Glad you enjoyed it.')).toEqual([
      ['conversation', 'Great photo'],
      ['conversation', 'Glad you'],
    ]);
  });

  it('hears a greeting by name but not "say hello to" an announcement', () => {
    expect(texts('Hi Sam, the store opens at 9.')).toEqual([['conversation', 'Hi Sam']]);
    expect(texts('Say hello to our new oat latte.')).toEqual([]);
    expect(texts('Our new collection is in stores.')).toEqual([]);
  });

  it('hears German and Dutch replies, thanks and apologies', () => {
    expect(texts('Danke für den Hinweis, wir kümmern uns darum.', 'de')).toEqual([['conversation', 'Danke']]);
    expect(texts('Das tut uns leid!', 'de')).toEqual([['conversation', 'tut uns leid']]);
    expect(texts('Hallo Jana, wir öffnen um 9.', 'de')).toEqual([['conversation', 'Hallo Jana']]);
    expect(texts('Liebe ist das beste Rezept.', 'de')).toEqual([]);
    expect(texts('Bedankt voor je bericht!', 'nl')).toEqual([['conversation', 'Bedankt']]);
    expect(texts('Sorry dat het zo lang duurde.', 'nl')).toEqual([['conversation', 'Sorry']]);
    expect(texts('Het was een groot succes.', 'nl')).toEqual([]);
  });

  it('relieves the broadcast score, less for a second phrase', () => {
    const { strengths, findings } = runRule(conversation, 'Thanks, and congrats on the launch!');
    expect(findings).toEqual([]);
    expect(strengths.map((s) => s.relief)).toEqual([18, 9]);
  });
});
