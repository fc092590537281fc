/**
 * ROC AUC as the Mann–Whitney U statistic: the probability that a random positive scores higher than a
 * random negative, ties counting one half. Higher scores are meant to mean "more positive".
 */

import { mulberry32 } from './prng';

/** O(n log n): sort once, give tied scores their average rank, U = R₊ − n₊(n₊+1)/2. NaN for an empty class. */
export function auc(positives: readonly number[], negatives: readonly number[]): number {
  const nPos = positives.length;
  const nNeg = negatives.length;
  if (nPos === 0 || nNeg === 0) return Number.NaN;
  const all: { score: number; positive: boolean }[] = [];
  for (const score of positives) all.push({ score, positive: true });
  for (const score of negatives) all.push({ score, positive: false });
  all.sort((a, b) => a.score - b.score);
  let rankSumPos = 0;
  let i = 0;
  while (i < all.length) {
    let j = i;
    let posInBlock = 0;
    while (j < all.length && all[j]?.score === all[i]?.score) {
      if (all[j]?.positive) posInBlock++;
      j++;
    }
    // Ranks i+1 … j share their mean.
    const averageRank = (i + 1 + j) / 2;
    rankSumPos += posInBlock * averageRank;
    i = j;
  }
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** O(n₊·n₋) reference definition, for tests only. */
export function aucBruteForce(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return Number.NaN;
  let wins = 0;
  for (const p of positives) {
    for (const n of negatives) {
      if (p > n) wins += 1;
      else if (p === n) wins += 0.5;
    }
  }
  return wins / (positives.length * negatives.length);
}

export interface BootstrapOptions {
  resamples: number;
  seed: number;
  /** Two-sided confidence level, e.g. 0.95. */
  level: number;
}

export interface ConfidenceInterval {
  low: number;
  high: number;
}

/**
 * Stratified percentile bootstrap: each resample draws n₊ positives and n₋ negatives with replacement
 * (so the class balance never changes) and recomputes the AUC. A resample is a multiset of the original
 * items, so instead of re-sorting it we sort the items once and, per resample, sweep the sorted order with
 * each item's draw count as its weight: O(n) per resample, which keeps 2,000 resamples of the 32,000
 * headlines well under a second.
 */
export function bootstrapAucCi(
  positives: readonly number[],
  negatives: readonly number[],
  { resamples, seed, level }: BootstrapOptions,
): ConfidenceInterval {
  const nPos = positives.length;
  const nNeg = negatives.length;
  if (nPos === 0 || nNeg === 0 || resamples < 1) return { low: Number.NaN, high: Number.NaN };

  // Sorted scores, and for each sorted slot the index into the weight arrays.
  const order = [
    ...positives.map((score, index) => ({ score, positive: true, index })),
    ...negatives.map((score, index) => ({ score, positive: false, index })),
  ].sort((a, b) => a.score - b.score);
  // Tie blocks: [start, end) in `order` sharing one score.
  const blockEnds: number[] = [];
  for (let k = 1; k <= order.length; k++) {
    if (k === order.length || order[k]?.score !== order[k - 1]?.score) blockEnds.push(k);
  }

  const random = mulberry32(seed);
  const posWeight = new Uint32Array(nPos);
  const negWeight = new Uint32Array(nNeg);
  const estimates = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    posWeight.fill(0);
    negWeight.fill(0);
    for (let k = 0; k < nPos; k++) {
      const drawn = Math.floor(random() * nPos);
      posWeight[drawn] = (posWeight[drawn] ?? 0) + 1;
    }
    for (let k = 0; k < nNeg; k++) {
      const drawn = Math.floor(random() * nNeg);
      negWeight[drawn] = (negWeight[drawn] ?? 0) + 1;
    }
    // Σ over positives of weight × (negatives strictly below + ½ negatives tied).
    let wins = 0;
    let negBelow = 0;
    let start = 0;
    for (const end of blockEnds) {
      let posHere = 0;
      let negHere = 0;
      for (let k = start; k < end; k++) {
        const item = order[k];
        if (item === undefined) continue;
        if (item.positive) posHere += posWeight[item.index] ?? 0;
        else negHere += negWeight[item.index] ?? 0;
      }
      wins += posHere * (negBelow + negHere / 2);
      negBelow += negHere;
      start = end;
    }
    estimates[r] = wins / (nPos * nNeg);
  }
  estimates.sort();
  const alpha = (1 - level) / 2;
  return { low: quantile(estimates, alpha), high: quantile(estimates, 1 - alpha) };
}

/** Linear interpolation between order statistics (Hyndman & Fan type 7, R's default) on sorted data. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (h - lo) * (b - a);
}
