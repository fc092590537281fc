import { describe, expect, it } from 'vitest';
import { fitLogistic, type Sample, solve } from './logistic';
import { mulberry32 } from './prng';

describe('solve', () => {
  it('solves a small linear system', () => {
    const x = solve(
      [
        [4, 1],
        [1, 3],
      ],
      [1, 2],
    );
    expect(x[0]).toBeCloseTo(1 / 11, 12);
    expect(x[1]).toBeCloseTo(7 / 11, 12);
  });
});

/** Samples from a known model: logit = -1 + 2·x0 − 1·x1 (+ 1.5 in group 1). */
function synthetic(n: number): Sample[] {
  const random = mulberry32(3);
  return Array.from({ length: n }, () => {
    const x = [random() * 2, random() * 2];
    const group = random() < 0.5 ? 0 : 1;
    const z = -1 + 2 * (x[0] ?? 0) - (x[1] ?? 0) + (group === 1 ? 1.5 : 0);
    const y = random() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
    return { x, y, group };
  });
}

describe('fitLogistic', () => {
  it('recovers the weights and per-group intercepts of a known model', () => {
    const fit = fitLogistic(synthetic(20_000), { l2: 0, groups: 2 });
    expect(fit.weights[0]).toBeCloseTo(2, 0);
    expect(fit.weights[1]).toBeCloseTo(-1, 0);
    expect(fit.intercepts[0]).toBeCloseTo(-1, 0);
    expect(fit.intercepts[1]).toBeCloseTo(0.5, 0);
  });

  it('keeps constrained weights non-negative and shrinks toward the prior', () => {
    const samples = synthetic(5_000);
    const free = fitLogistic(samples, { l2: 0, groups: 2 });
    const constrained = fitLogistic(samples, { l2: 0, groups: 2, nonNegative: [true, true] });
    expect(free.weights[1]).toBeLessThan(0);
    expect(constrained.weights[1]).toBe(0);
    expect(constrained.loss).toBeGreaterThan(free.loss);
    const shrunk = fitLogistic(samples, { l2: 1e6, groups: 2, prior: [0.3, 0.7] });
    expect(shrunk.weights[0]).toBeCloseTo(0.3, 2);
    expect(shrunk.weights[1]).toBeCloseTo(0.7, 2);
  });

  it('is deterministic', () => {
    const samples = synthetic(2_000);
    expect(fitLogistic(samples, { l2: 1, groups: 2 })).toEqual(fitLogistic(samples, { l2: 1, groups: 2 }));
  });
});
