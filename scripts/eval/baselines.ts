import type { Labeled } from './datasets';
import { fitLogistic } from './logistic';
import { mulberry32 } from './prng';

/**
 * Trivial baselines, computed on the same texts as the scorer. A rule set that cannot beat these has
 * learned the corpus's surface, not what the score claims to measure.
 */

/** (a) Length in Unicode code points (an emoji counts once). */
export function lengthBaseline(text: string): number {
  return [...text].length;
}

// Emoji as the README counts them: pictographs and flags, not digits or # (which are Emoji too).
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}{2}/gu;
const OTHER_PUNCT = /[\p{P}\p{S}]/u;

/**
 * The surface features of the README's second baseline: counts of `!`, `?`, other punctuation,
 * the share of capital letters, all-caps words, digits and emoji.
 */
export function surfaceFeatures(text: string): number[] {
  let bang = 0;
  let question = 0;
  let punct = 0;
  let letters = 0;
  let capitals = 0;
  let digits = 0;
  for (const ch of text) {
    if (ch === '!') bang++;
    else if (ch === '?') question++;
    else if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Lu}/u.test(ch)) capitals++;
    } else if (/\p{Nd}/u.test(ch)) digits++;
    else if (OTHER_PUNCT.test(ch) && !/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(ch)) punct++;
  }
  const capsWords = (text.match(/\b\p{Lu}{2,}\b/gu) ?? []).length;
  const emoji = (text.match(EMOJI) ?? []).length;
  return [bang, question, punct, letters === 0 ? 0 : capitals / letters, capsWords, digits, emoji];
}

/**
 * Surface baseline scores: a 5-fold cross-validated logistic regression on `surfaceFeatures`
 * (standardised on each training fold); each text is scored by the model that did not see it.
 * Folds are a seeded shuffle, so the figure is reproducible.
 */
export function surfaceBaselineScores(items: readonly Labeled[], folds = 5, seed = 1): number[] {
  const features = items.map(({ text }) => surfaceFeatures(text));
  const random = mulberry32(seed);
  const order = items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const fold = new Array<number>(items.length).fill(0);
  order.forEach((item, rank) => {
    fold[item] = rank % folds;
  });
  const scores = new Array<number>(items.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const train = items.map((_, i) => i).filter((i) => fold[i] !== f);
    const { mean, sd } = standardiser(train.map((i) => features[i] as number[]));
    const z = (x: number[]) => x.map((v, j) => (v - (mean[j] ?? 0)) / (sd[j] ?? 1));
    const model = fitLogistic(
      train.map((i) => ({ x: z(features[i] as number[]), y: items[i]?.positive ? 1 : 0 })),
      { l2: 1e-3 },
    );
    items.forEach((_, i) => {
      if (fold[i] !== f) return;
      const x = z(features[i] as number[]);
      scores[i] = x.reduce((sum, v, j) => sum + v * (model.weights[j] ?? 0), model.intercepts[0] ?? 0);
    });
  }
  return scores;
}

function standardiser(rows: readonly number[][]): { mean: number[]; sd: number[] } {
  const p = rows[0]?.length ?? 0;
  const mean = new Array<number>(p).fill(0);
  const sd = new Array<number>(p).fill(0);
  for (const r of rows) for (let j = 0; j < p; j++) mean[j] = (mean[j] ?? 0) + (r[j] ?? 0) / rows.length;
  for (const r of rows)
    for (let j = 0; j < p; j++) sd[j] = (sd[j] ?? 0) + ((r[j] ?? 0) - (mean[j] ?? 0)) ** 2 / rows.length;
  return { mean, sd: sd.map((v) => (v > 0 ? Math.sqrt(v) : 1)) };
}
