/** One eval task: a labelled corpus, one score, its AUC with a bootstrap CI, baselines and the worst misses. */

import { auc, type BootstrapOptions, bootstrapAucCi, type ConfidenceInterval } from './auc';
import { lengthBaseline, surfaceBaselineScores } from './baselines';
import type { Labeled } from './datasets';

export interface Example {
  score: number;
  text: string;
}

export interface TaskResult {
  nPos: number;
  nNeg: number;
  auc: number;
  ci: ConfidenceInterval;
  /**
   * Trivial baselines on the same texts, oriented after the fact (max(AUC, 1 − AUC)), so they are
   * generous: `length` in code points, and `surface`, the README's 5-fold cross-validated logistic
   * regression on punctuation, capitals, digits and emoji.
   */
  baselines: { length: number; surface: number };
  /** The scorer's AUC minus the better baseline: the margin the goals ask to be ≥ 0.05. */
  margin: number;
  meanScore: { positive: number; negative: number };
  /** Highest-scored negatives and lowest-scored positives: where the ranking goes most wrong. */
  worst: { negatives: Example[]; positives: Example[] };
}

export interface EvaluateOptions extends BootstrapOptions {
  /** How many misranked examples to keep per side. */
  examples: number;
}

/** `scores[i]` is the scorer's value for `items[i]`. */
export function evaluateTask(
  items: readonly Labeled[],
  scores: readonly number[],
  options: EvaluateOptions,
): TaskResult {
  if (items.length !== scores.length) throw new Error(`${items.length} items but ${scores.length} scores`);
  const pos: number[] = [];
  const neg: number[] = [];
  const posExamples: Example[] = [];
  const negExamples: Example[] = [];
  const lengthScores = { pos: [] as number[], neg: [] as number[] };
  const surface = surfaceBaselineScores(items);
  const surfaceScores = { pos: [] as number[], neg: [] as number[] };
  items.forEach(({ text, positive }, i) => {
    const score = scores[i] ?? Number.NaN;
    (positive ? pos : neg).push(score);
    (positive ? posExamples : negExamples).push({ score, text });
    lengthScores[positive ? 'pos' : 'neg'].push(lengthBaseline(text));
    surfaceScores[positive ? 'pos' : 'neg'].push(surface[i] ?? 0);
  });
  // Array.prototype.sort is stable, so equal scores keep corpus order and the output is reproducible.
  const worstNegatives = [...negExamples].sort((a, b) => b.score - a.score).slice(0, options.examples);
  const worstPositives = [...posExamples].sort((a, b) => a.score - b.score).slice(0, options.examples);
  const oriented = (x: number) => Math.max(x, 1 - x);
  const baselines = {
    length: oriented(auc(lengthScores.pos, lengthScores.neg)),
    surface: oriented(auc(surfaceScores.pos, surfaceScores.neg)),
  };
  const value = auc(pos, neg);
  return {
    nPos: pos.length,
    nNeg: neg.length,
    auc: value,
    ci: bootstrapAucCi(pos, neg, options),
    baselines,
    margin: value - Math.max(baselines.length, baselines.surface),
    meanScore: { positive: mean(pos), negative: mean(neg) },
    worst: { negatives: worstNegatives, positives: worstPositives },
  };
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Truncates to `max` code points with an ellipsis and puts the text on one line, for terminal output. */
export function snippet(text: string, max = 100): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  const chars = [...oneLine];
  return chars.length <= max ? oneLine : `${chars.slice(0, max - 1).join('')}…`;
}
