import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { thirdPersonHeadline } from './third-person-headline';

describe('third-person-headline', () => {
  it.each(exampleRows(thirdPersonHeadline))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(thirdPersonHeadline, lang, kind, text)).toBeUndefined();
  });

  const flagged = (text: string, lang: 'en' | 'de' | 'nl' = 'en') =>
    runRule(thirdPersonHeadline, text, lang).findings.map((f) => [f.text, f.weight]);

  it('points at subject and verb, and weighs more with the link after it', () => {
    expect(flagged('Acme announces result of its rights issue https://example.com/ir')).toEqual([
      ['Acme announces', 14],
    ]);
    expect(flagged('Acme announces result of its rights issue')).toEqual([['Acme announces', 8]]);
    expect(flagged('@acme_foods launches a new oat drink in Leeds')).toEqual([['@acme_foods launches', 8]]);
    expect(flagged('Acme Foods trims prices in Leeds')).toEqual([['Acme Foods trims', 8]]);
    expect(flagged('Acme trims prices in Leeds')).toEqual([]);
    expect(flagged('Acme trims prices in Leeds https://example.com/p')).toEqual([['Acme trims', 14]]);
  });

  it('reads the headline behind a retweet marker or a quoted source', () => {
    expect(flagged('RT @wire: Acme acquires Beta for 2 billion https://example.com/a')).toEqual([
      ['Acme acquires', 14],
    ]);
  });

  it('leaves replies, thanks, questions, copulas, shouting and any I/we/you alone', () => {
    for (const text of [
      '@anna thanks for sharing the photo!',
      '@anna does the oat drink contain nuts?',
      'Acme is proud of the team.',
      'ACME LAUNCHES NOTHING TODAY',
      'Acme launches a grant for you: apply by 1 May',
      'Acme launches our new app today.',
      'This makes mornings easier for everyone.',
      'Launches are fun when the weather holds.',
      'The store opens at 9 tomorrow.',
      'Coffee tastes better with friends.',
    ]) {
      expect(flagged(text), text).toEqual([]);
    }
  });

  it('knows German and Dutch news verbs but not every verb in the third person', () => {
    expect(flagged('Die Muster GmbH übernimmt die Beispiel AG', 'de')).toEqual([
      ['Die Muster GmbH übernimmt', 8],
    ]);
    expect(flagged('Anna backt heute Brot für die Nachbarn', 'de')).toEqual([]);
    expect(flagged('Die Filiale eröffnet am Montag wieder', 'de')).toEqual([]);
    expect(flagged('The company announces a new chief executive')).toEqual([['The company announces', 8]]);
    expect(flagged('Het bedrijf lanceert een nieuwe app', 'nl')).toEqual([['Het bedrijf lanceert', 8]]);
    expect(flagged('Acme lanceert nieuwe app voor thuiszorg https://example.nl/n', 'nl')).toEqual([
      ['Acme lanceert', 14],
    ]);
    expect(flagged('Het maakt de ochtend makkelijker.', 'nl')).toEqual([]);
  });
});
