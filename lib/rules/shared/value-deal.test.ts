import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { valueDeal } from './value-deal';

describe('value-deal', () => {
  it.each(exampleRows(valueDeal))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(valueDeal, lang, kind, text)).toBeUndefined();
  });

  it('relieves a concrete deal fully and a second deal word a little', () => {
    const { strengths, findings } = runRule(valueDeal, '20% off all coats until Sunday with code WARM20.');
    expect(findings).toEqual([]);
    expect(strengths.map((s) => [s.kind, s.text, s.relief])).toEqual([
      ['deal', '20% off', 45],
      ['deal', 'code', 10],
    ]);
  });

  it('gives nothing for a bare promise: "Special offer!", "Big sale" without a price or code', () => {
    expect(runRule(valueDeal, 'Special offer!').strengths).toEqual([]);
    expect(runRule(valueDeal, 'Big sale this weekend at our Leeds shop.').strengths).toEqual([]);
    expect(runRule(valueDeal, 'Großer Sale am Wochenende!', 'de').strengths).toEqual([]);
    expect(runRule(valueDeal, 'Mega aanbieding dit weekend!', 'nl').strengths).toEqual([]);
  });

  it('counts a deal word when its sentence has a price, a percentage or a code', () => {
    expect(runRule(valueDeal, 'Big sale this weekend: 30% off all jackets.').strengths[0]).toMatchObject({
      kind: 'deal',
      text: 'sale',
      relief: 45,
    });
    expect(runRule(valueDeal, 'Use code SPRING24 at checkout.').strengths).toMatchObject([{ text: 'code' }]);
    // A price in another sentence does not make "Sale!" concrete.
    expect(runRule(valueDeal, 'Sale! Our jackets were €80.').strengths).toMatchObject([
      { kind: 'deal', text: '80', relief: 25 },
    ]);
  });

  it('never takes a hashtag for a deal', () => {
    const promo =
      'HUGE NEWS!!! We are SO excited to announce our new Summer Collection 🌞 Only TODAY: buy now before it is gone! Last chance, link in bio!!! #sale #summer #fashion #shopnow #deal';
    expect(runRule(valueDeal, promo).strengths).toEqual([]);
    expect(runRule(valueDeal, 'Neue Kollektion 🌞 #rabatt #sale', 'de').strengths).toEqual([]);
    expect(runRule(valueDeal, 'Nieuwe collectie 🌞 #korting #deal', 'nl').strengths).toEqual([]);
  });

  it('counts a price without a deal word, and nothing in a plain post', () => {
    const { strengths } = runRule(valueDeal, 'Now €19');
    expect(strengths).toHaveLength(1);
    expect(strengths[0]!.kind).toBe('deal');
    expect(strengths[0]!.relief).toBe(25);
    expect('€19').toContain(strengths[0]!.text);
    expect(runRule(valueDeal, 'We baked bread this morning.').strengths).toEqual([]);
  });

  it('keeps UTF-16 spans after an emoji and finds "Rabatt" and "korting"', () => {
    expect(
      runRule(valueDeal, '🎉 Free shipping on all orders over €50 until Friday.').strengths,
    ).toMatchObject([{ kind: 'deal', text: 'Free shipping', start: 3, end: 16, relief: 45 }]);
    expect(runRule(valueDeal, '20 % Rabatt auf alle Mäntel.', 'de').strengths).toMatchObject([
      { text: 'Rabatt', relief: 45 },
    ]);
    expect(runRule(valueDeal, '20% korting op alle jassen.', 'nl').strengths).toMatchObject([
      { text: 'korting', relief: 45 },
    ]);
  });
});
