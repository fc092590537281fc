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

  it('relieves a bare promise ("Special offer!") much less than a concrete deal', () => {
    const promise = runRule(valueDeal, 'Special offer!').strengths;
    expect(promise.map((s) => [s.kind, s.text])).toEqual([['deal', 'offer']]);
    expect(promise[0]!.relief).toBeGreaterThan(0);
    expect(promise[0]!.relief).toBeLessThan(45);
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
