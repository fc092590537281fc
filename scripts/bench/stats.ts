/** Summary statistics for timing samples. */

/** The middle value; for an even count, the mean of the two middle values. NaN for no samples. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = Math.floor(n / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return n % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * Nearest-rank percentile: the smallest sample such that at least `p` % of all samples are less than or
 * equal to it, i.e. `sorted[ceil(p/100 · n) − 1]`. Always an observed value (no interpolation), so a p95
 * is a time some draft really took. NaN for no samples.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)] ?? Number.NaN;
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
}

export function summarize(samples: readonly number[]): Summary {
  return { n: samples.length, median: median(samples), p95: percentile(samples, 95) };
}
