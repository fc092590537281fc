import { describe, expect, it } from 'vitest';
import { auc } from './auc';
import { lengthBaseline, surfaceBaselineScores, surfaceFeatures } from './baselines';

describe('lengthBaseline', () => {
  it('counts code points, so an emoji is one', () => {
    expect(lengthBaseline('abc')).toBe(3);
    expect(lengthBaseline('hi 🎉')).toBe(4);
    expect(lengthBaseline('')).toBe(0);
  });
});

describe('surfaceFeatures', () => {
  it('counts ! ? other punctuation, capital share, all-caps words, digits and emoji', () => {
    expect(surfaceFeatures('WIN £100 now!!! Call? 🎉🎉')).toEqual([3, 1, 1, 0.4, 1, 3, 2]);
    expect(surfaceFeatures('')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(surfaceFeatures('Ärger, oder?')).toEqual([0, 1, 1, 1 / 9, 0, 0, 0]);
  });
});

describe('surfaceBaselineScores', () => {
  it('learns a surface signal out of fold (each text scored by a model that did not see it)', () => {
    const items = Array.from({ length: 200 }, (_, i) => {
      const positive = i % 2 === 0;
      const bangs = positive ? '!'.repeat(1 + (i % 3)) : i % 7 === 0 ? '!' : '';
      return { text: `message ${i}${bangs}`, positive };
    });
    const scores = surfaceBaselineScores(items);
    const pos = scores.filter((_, i) => items[i]?.positive);
    const neg = scores.filter((_, i) => !items[i]?.positive);
    expect(auc(pos, neg)).toBeGreaterThan(0.9);
    expect(surfaceBaselineScores(items)).toEqual(scores);
  });

  it('is near chance when the surface carries no signal', () => {
    const items = Array.from({ length: 400 }, (_, i) => ({
      text: `same shape ${i % 10}`,
      positive: i % 2 === 0,
    }));
    const scores = surfaceBaselineScores(items);
    const pos = scores.filter((_, i) => items[i]?.positive);
    const neg = scores.filter((_, i) => !items[i]?.positive);
    expect(Math.abs(auc(pos, neg) - 0.5)).toBeLessThan(0.1);
  });
});
