/**
 * The per-rule hit table, after SpamAssassin's hit-frequencies: for each rule and strength that
 * feeds a score, how often it fires on the positives and on the negatives of a corpus, and their
 * ratio in the direction it should point. A finding should fire more on positives (ratio > 1); a
 * strength, which takes points off, should fire more on negatives. A ratio below 1 on a real corpus
 * of the rule's language is a defect to fix or remove, not a weight to tune.
 */

import type { ScoreKey, StrengthKind } from '../../lib/scoring/types';

export interface HitRow {
  /** A rule id, or `strength:<kind>`. */
  name: string;
  kind: 'finding' | 'strength';
  /** Share of positives / negatives it fires on (0–1). */
  positive: number;
  negative: number;
  /** Right-way ratio: positive/negative for findings, negative/positive for strengths; Infinity when the denominator is 0. */
  ratio: number;
  /** Fires on at least `MIN_SHARE` of either class, and points the wrong way. */
  defect: boolean;
}

/** Below this share on both classes a ratio is noise; such rows are listed but never called defects. */
export const MIN_SHARE = 0.005;

export interface HitInput {
  positive: boolean;
  rules: ReadonlySet<string>;
  strengths: ReadonlySet<StrengthKind>;
}

/**
 * `ruleScores`: each rule id's score; `strengthScores`: the score each strength kind relieves, as
 * the analyses report it (a strength names its rule), so no second table has to follow the rules.
 */
export function hitTable(
  items: readonly HitInput[],
  score: ScoreKey,
  ruleScores: ReadonlyMap<string, ScoreKey>,
  strengthScores: ReadonlyMap<StrengthKind, ScoreKey>,
): HitRow[] {
  const nPos = items.filter((i) => i.positive).length;
  const nNeg = items.length - nPos;
  const rows: HitRow[] = [];
  const row = (name: string, kind: HitRow['kind'], fires: (i: HitInput) => boolean) => {
    let pos = 0;
    let neg = 0;
    for (const item of items) if (fires(item)) item.positive ? pos++ : neg++;
    const positive = nPos === 0 ? 0 : pos / nPos;
    const negative = nNeg === 0 ? 0 : neg / nNeg;
    const [num, den] = kind === 'finding' ? [positive, negative] : [negative, positive];
    const ratio = den === 0 ? (num === 0 ? Number.NaN : Number.POSITIVE_INFINITY) : num / den;
    const defect = Math.max(positive, negative) >= MIN_SHARE && ratio < 1;
    rows.push({ name, kind, positive, negative, ratio, defect });
  };
  for (const [rule, ruleScore] of ruleScores) {
    if (ruleScore === score) row(rule, 'finding', (i) => i.rules.has(rule));
  }
  for (const [kind, strengthScore] of strengthScores) {
    if (strengthScore === score) row(`strength:${kind}`, 'strength', (i) => i.strengths.has(kind));
  }
  return rows;
}
