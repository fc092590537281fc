import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from './stats';

describe('median', () => {
  it.each([
    [[], Number.NaN],
    [[4], 4],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5, 5, 1, 9], 5],
    [[-1, 1], 0],
  ])('%j -> %d', (samples, expected) => {
    expect(median(samples)).toEqual(expected);
  });

  it('does not reorder its input', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose

  it('is the ceil(p·n)-th smallest sample', () => {
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 1)).toBe(1);
    // n = 10: ceil(9.5) = 10th → the maximum; n = 20: 19th.
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(19);
  });

  it('always returns an observed sample', () => {
    expect(percentile([10, 20], 50)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
  });

  it('is NaN for no samples and rejects p outside (0, 100]', () => {
    expect(percentile([], 95)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('reports count, median and p95', () => {
    expect(summarize([1, 2, 3, 4])).toEqual({ n: 4, median: 2.5, p95: 4 });
  });
});
