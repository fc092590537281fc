import { describe, expect, it } from 'vitest';
import { auc, aucBruteForce, bootstrapAucCi, quantile } from './auc';
import { mulberry32 } from './prng';

describe('auc', () => {
  it('is 1 for perfect separation, 0 for reversed, 0.5 when everything ties', () => {
    expect(auc([3, 4, 5], [0, 1, 2])).toBe(1);
    expect(auc([0, 1], [2, 3])).toBe(0);
    expect(auc([7, 7, 7], [7, 7])).toBe(0.5);
  });

  it('counts a tie as one half', () => {
    // Pairs: (1,0) win, (1,1) tie, (2,0) win, (2,1) win → 3.5 / 4.
    expect(auc([1, 2], [0, 1])).toBe(0.875);
  });

  it('is NaN when a class is empty', () => {
    expect(auc([], [1])).toBeNaN();
    expect(auc([1], [])).toBeNaN();
  });

  it('matches the pairwise definition on random data with and without ties', () => {
    const random = mulberry32(42);
    for (let trial = 0; trial < 200; trial++) {
      const nPos = 1 + Math.floor(random() * 60);
      const nNeg = 1 + Math.floor(random() * 60);
      // Half the trials draw from a few integer levels (many ties), half from continuous values.
      const draw = trial % 2 === 0 ? () => Math.floor(random() * 5) : () => random() * 100;
      const pos = Array.from({ length: nPos }, () => draw() + (trial % 3));
      const neg = Array.from({ length: nNeg }, draw);
      expect(auc(pos, neg)).toBeCloseTo(aucBruteForce(pos, neg), 12);
    }
  });

  it('does not depend on the input order', () => {
    expect(auc([5, 1, 3], [2, 4, 2])).toBe(auc([1, 3, 5], [4, 2, 2]));
  });
});

describe('bootstrapAucCi', () => {
  const random = mulberry32(7);
  const pos = Array.from({ length: 300 }, () => random() + 0.3);
  const neg = Array.from({ length: 500 }, () => random());
  const options = { resamples: 1000, seed: 1, level: 0.95 };

  it('is reproducible for a seed and brackets the point estimate', () => {
    const a = bootstrapAucCi(pos, neg, options);
    const b = bootstrapAucCi(pos, neg, options);
    expect(a).toEqual(b);
    const point = auc(pos, neg);
    expect(a.low).toBeLessThan(point);
    expect(a.high).toBeGreaterThan(point);
    expect(a.high - a.low).toBeLessThan(0.1);
  });

  it('changes with the seed', () => {
    expect(bootstrapAucCi(pos, neg, { ...options, seed: 2 })).not.toEqual(bootstrapAucCi(pos, neg, options));
  });

  it('collapses to the point when every score ties', () => {
    expect(bootstrapAucCi([0, 0, 0], [0, 0], options)).toEqual({ low: 0.5, high: 0.5 });
  });

  it('agrees with a naive resample-and-recompute bootstrap', () => {
    // Same PRNG stream, same draw order (positives then negatives) → identical resamples.
    const small = { resamples: 200, seed: 3, level: 0.9 };
    const p = [1, 2, 2, 5, 7, 7, 9];
    const n = [0, 2, 3, 3, 6, 7];
    const rand = mulberry32(small.seed);
    const naive: number[] = [];
    for (let r = 0; r < small.resamples; r++) {
      const rp = p.map(() => p[Math.floor(rand() * p.length)] ?? 0);
      const rn = n.map(() => n[Math.floor(rand() * n.length)] ?? 0);
      naive.push(aucBruteForce(rp, rn));
    }
    naive.sort((a, b) => a - b);
    const ci = bootstrapAucCi(p, n, small);
    expect(ci.low).toBeCloseTo(quantile(naive, 0.05), 12);
    expect(ci.high).toBeCloseTo(quantile(naive, 0.95), 12);
  });
});

describe('quantile (type 7)', () => {
  it('interpolates between order statistics', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
    expect(quantile([10, 20], 0.25)).toBe(12.5);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
