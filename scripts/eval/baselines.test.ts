import { describe, expect, it } from 'vitest';
import { lengthBaseline, punctuationBaseline } from './baselines';

describe('lengthBaseline', () => {
  it('counts code points, so an emoji is one', () => {
    expect(lengthBaseline('abc')).toBe(3);
    expect(lengthBaseline('hi 🎉')).toBe(4);
    expect(lengthBaseline('')).toBe(0);
  });
});

describe('punctuationBaseline', () => {
  it.each([
    ['', 0],
    ['hello there', 0],
    ['WIN', 1],
    ['Win!', 0.5],
    ['£5?', 1],
    ['ab12', 0.5],
    ['€ ¥ $', 0.6],
    ['Ärger', 0.2],
    ['ok 🎉!', 0.2],
  ])('%j -> %d', (text, expected) => {
    expect(punctuationBaseline(text)).toBeCloseTo(expected, 12);
  });
});
