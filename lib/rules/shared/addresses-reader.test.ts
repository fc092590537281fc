import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { addressesReader } from './addresses-reader';

describe('addresses-reader', () => {
  it.each(exampleRows(addressesReader))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(addressesReader, lang, kind, text)).toBeUndefined();
  });

  it('relieves most for the first you-word, less for the next two, and stops at three', () => {
    const text = 'Your order ships today — you can track it in your account, and you get a mail.';
    const { strengths } = runRule(addressesReader, text);
    expect(strengths.map((s) => s.text)).toEqual(['Your', 'you', 'your']);
    expect(strengths.map((s) => s.kind)).toEqual(['addressesReader', 'addressesReader', 'addressesReader']);
    expect(strengths.map((s) => s.relief)).toEqual([8, 3, 3]);
    expect(runRule(addressesReader, text).findings).toEqual([]);
  });

  it('keeps UTF-16 spans after an emoji', () => {
    const text = '🎉 Your order is here.';
    const { strengths } = runRule(addressesReader, text);
    expect(strengths).toMatchObject([{ kind: 'addressesReader', text: 'Your', start: 3, end: 7 }]);
    expect(strengths[0]!.relief).toBeGreaterThan(0);
  });

  it('counts capitalized German "Ihnen" but not lower-case "sie" (they)', () => {
    expect(runRule(addressesReader, 'Die Kunden sagen, sie lieben es.', 'de').strengths).toEqual([]);
    const { strengths } = runRule(addressesReader, 'Wir haben Ihnen etwas mitgebracht.', 'de');
    expect(strengths.map((s) => s.text)).toEqual(['Ihnen']);
  });

  it('counts formal Dutch "U" and plural "jullie", and nothing in a post about the brand', () => {
    const { strengths } = runRule(
      addressesReader,
      'U kunt vanaf maandag bestellen, en jullie krijgen korting.',
      'nl',
    );
    expect(strengths.map((s) => [s.text, s.relief])).toEqual([
      ['U', 8],
      ['jullie', 3],
    ]);
    expect(runRule(addressesReader, 'We baked bread this morning.').strengths).toEqual([]);
  });

  it('counts a request or an imperative as address, but not sales, bait, labels or headlines', () => {
    const kinds = (text: string, lang: 'en' | 'de' | 'nl' = 'en') =>
      runRule(addressesReader, text, lang).strengths.map((s) => s.text);
    expect(kinds('Store the beans in a jar, away from the light.')).toEqual(['Store']);
    expect(kinds('Please bring a bag.')).toEqual(['Please']);
    expect(kinds('Bitte bringt eine Tasche mit.', 'de')).toEqual(['Bitte']);
    expect(kinds('Laten we samen de buurt opruimen.', 'nl')).toEqual(['Laten we']);
    for (const text of [
      'Buy the new mug today.',
      'Like and share to win a weekend in Vienna',
      'Wed: open mic night at the shop',
      'Read more: https://example.com/blog/42',
      'Judge questions fairness of the trial',
      'Model prisoners',
      'Store Hours Change For The Holidays',
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it('finds the request behind a quote prefix, a negative imperative, a pronoun object or "everyone should"', () => {
    const texts = (text: string) => runRule(addressesReader, text).strengths.map((s) => s.text);
    expect(texts('RT @anna: Read this profile of our founder before Friday')).toEqual(['Read']);
    expect(texts("Don't store coffee in the fridge.")).toEqual(["Don't"]);
    expect(texts('Read it. https://example.com/a')).toEqual(['Read']);
    expect(texts('Everyone should try the rye once.')).toEqual(['Everyone should']);
    expect(texts('Model prisoners. https://example.com/a')).toEqual([]);
    expect(texts("Don't Miss The Spring Sale Event")).toEqual([]);
  });
});
