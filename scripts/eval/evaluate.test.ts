import { describe, expect, it } from 'vitest';
import { evaluateTask, mean, snippet } from './evaluate';

const options = { resamples: 1000, seed: 1, level: 0.95, examples: 2 };

describe('evaluateTask', () => {
  const items = [
    { text: 'BUY NOW!!!', positive: true },
    { text: 'limited offer', positive: true },
    { text: 'see you later', positive: false },
    { text: 'thanks mate', positive: false },
    { text: 'FREE call', positive: false },
  ];

  it('reports AUC, class means, baselines and the worst-ranked examples', () => {
    const r = evaluateTask(items, [90, 10, 0, 5, 60], options);
    expect(r.nPos).toBe(2);
    expect(r.nNeg).toBe(3);
    // Pairs won: 90 beats all three, 10 beats 0 and 5 → 5 / 6.
    expect(r.auc).toBeCloseTo(5 / 6, 12);
    expect(r.meanScore).toEqual({ positive: 50, negative: 65 / 3 });
    expect(r.worst.negatives.map((e) => e.text)).toEqual(['FREE call', 'thanks mate']);
    expect(r.worst.positives.map((e) => e.text)).toEqual(['limited offer', 'BUY NOW!!!']);
    expect(r.baselines.surface).toBeGreaterThanOrEqual(0.5);
  });

  it('gives 0.5 with a zero-width CI for a constant scorer', () => {
    const r = evaluateTask(items, [0, 0, 0, 0, 0], options);
    expect(r.auc).toBe(0.5);
    expect(r.ci).toEqual({ low: 0.5, high: 0.5 });
    // Ties keep corpus order.
    expect(r.worst.negatives.map((e) => e.text)).toEqual(['see you later', 'thanks mate']);
  });

  it('refuses misaligned scores', () => {
    expect(() => evaluateTask(items, [1, 2], options)).toThrow(/5 items but 2 scores/);
  });
});

describe('snippet', () => {
  it('puts text on one line and truncates by code points', () => {
    expect(snippet('a\nb\t c')).toBe('a b c');
    expect(snippet('x'.repeat(150))).toHaveLength(100);
    expect(snippet('🎉'.repeat(5), 3)).toBe('🎉🎉…');
  });
});

describe('mean', () => {
  it('is NaN for no values', () => {
    expect(mean([])).toBeNaN();
    expect(mean([1, 2, 6])).toBe(3);
  });
});
