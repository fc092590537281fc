import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { allCaps } from './all-caps';

describe('all-caps', () => {
  it.each(exampleRows(allCaps))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(allCaps, lang, kind, text)).toBeUndefined();
  });

  it('points at each shouted word, each adding less, and stops at eight', () => {
    const { findings } = runRule(allCaps, 'This is HUGE. FREE shipping TODAY.');
    expect(findings.map((f) => f.text)).toEqual(['HUGE', 'FREE', 'TODAY']);
    expect(findings[0]!.weight).toBe(7);
    expect(findings[1]!.weight).toBeLessThan(findings[0]!.weight);
    expect(runRule(allCaps, 'ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN').findings).toHaveLength(8);
  });

  it('flags short words in a run but not a lone acronym', () => {
    expect(runRule(allCaps, 'Our FAQ answers it. BUY NOW').findings.map((f) => f.text)).toEqual([
      'BUY',
      'NOW',
    ]);
  });

  it('handles umlauts and keeps UTF-16 spans after an emoji', () => {
    expect(runRule(allCaps, 'GRÖSSTE Auswahl, nur HEUTE.', 'de').findings.map((f) => f.text)).toEqual([
      'GRÖSSTE',
      'HEUTE',
    ]);
    expect(runRule(allCaps, '🔥 HUGE 🔥').findings).toMatchObject([{ text: 'HUGE', start: 3, end: 7 }]);
  });

  // BUG: discount codes are written in capitals by convention (value-deal even counts them as
  // a strength), yet "WARM20" is flagged as shouting.
  it('leaves a discount code alone', () => {
    expect(runRule(allCaps, 'Use code WARM20 at checkout.').findings).toEqual([]);
  });

  it('reads acronyms and names as such, not as shouting', () => {
    expect(runRule(allCaps, 'NATO and NASA met the U.S. CEO in the UK.').findings).toEqual([]);
    expect(runRule(allCaps, 'Die AWO und der ADAC helfen.', 'de').findings).toEqual([]);
    expect(runRule(allCaps, 'We are SO EXCITED to see you.').findings.map((f) => f.text)).toEqual([
      'EXCITED',
    ]);
  });
});
