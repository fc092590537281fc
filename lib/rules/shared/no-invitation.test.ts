import { describe, expect, it } from 'vitest';
import { createDoc } from '../../nlp/doc';
import { checkExample, exampleRows, runRule } from '../testing';
import { noInvitation } from './no-invitation';

describe('no-invitation', () => {
  it.each(exampleRows(noInvitation))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(noInvitation, lang, kind, text)).toBeUndefined();
  });

  it('runs in the absence phase and needs four words', () => {
    expect(noInvitation.phase).toBe('absence');
    expect(runRule(noInvitation, 'New collection out.').findings).toEqual([]);
  });

  it('weighs more without a voice and more again with a link', () => {
    const weight = (text: string) => runRule(noInvitation, text).findings.map((f) => f.weight);
    expect(weight('Our new autumn collection is now in stores.')).toEqual([20]);
    expect(weight('The autumn collection is now in stores.')).toEqual([28]);
    expect(weight('The autumn collection is now in stores: https://example.com/autumn')).toEqual([34]);
  });

  it('points at the last sentence with words, not at a trailing link', () => {
    const { findings } = runRule(
      noInvitation,
      'Fresh rye today.\nThe new collection is here.\nhttps://example.com/autumn',
    );
    expect(findings).toMatchObject([{ text: 'The new collection is here.', start: 17, end: 44, weight: 34 }]);
  });

  it('hears a Dutch "ik" and a German "Ich" as a voice', () => {
    const nl = runRule(noInvitation, 'Ik heb vandaag brood gebakken voor de hele straat.', 'nl').findings;
    expect(nl.map((f) => f.weight)).toEqual([20]);
    const de = runRule(noInvitation, 'Ich habe heute Brot für die ganze Straße gebacken.', 'de').findings;
    expect(de.map((f) => f.weight)).toEqual([20]);
    expect(
      runRule(noInvitation, 'Die neue Kollektion ist im Handel.', 'de').findings.map((f) => f.weight),
    ).toEqual([28]);
  });

  it('stays silent on thanks, apologies and greetings, and halves for a bare reply', () => {
    for (const [text, lang] of [
      ['@jane thanks for letting us know, we have passed it on.', 'en'],
      ['Sorry to hear that, the team is on it.', 'en'],
      ['Danke für das tolle Foto aus Graz!', 'de'],
      ['Sorry dat het zo lang duurde met je bestelling.', 'nl'],
    ] as const) {
      expect(runRule(noInvitation, text, lang).findings, text).toEqual([]);
    }
    const reply = runRule(noInvitation, '@jane The autumn collection is now in stores.').findings;
    expect(reply.map((f) => f.weight)).toEqual([14]);
  });

  it('hears a request to the reader as a voice', () => {
    const weight = (text: string) => runRule(noInvitation, text).findings.map((f) => f.weight);
    expect(weight('Please bring a bag to the market on Saturday.')).toEqual([20]);
    expect(weight('Bags are needed at the market on Saturday.')).toEqual([28]);
  });

  it('hears a sales imperative as speaking to someone, without praising it', () => {
    const doc = createDoc('Check out the new thread on the history of bread.', 'en');
    const withCta = {
      strengths: [],
      findingsByRule: new Map([['call-to-action', [{ start: 0, end: 9, weight: 10 }]]]),
    };
    expect(noInvitation.check(doc, withCta).findings?.map((f) => f.weight)).toEqual([20]);
    expect(
      noInvitation.check(doc, { strengths: [], findingsByRule: new Map() }).findings?.map((f) => f.weight),
    ).toEqual([28]);
  });
});
