/**
 * Trivial baselines, computed on the same texts as the scorer. A rule set that cannot beat these has
 * learned the corpus's surface, not what the score claims to measure.
 */

/** (a) Length in Unicode code points (an emoji counts once). */
export function lengthBaseline(text: string): number {
  return [...text].length;
}

// `!`, `?`, ASCII digits, any currency symbol (Unicode category Sc: £ $ € ¥ …) and any uppercase letter.
const SIGNAL_CHAR = /[!?0-9\p{Sc}\p{Lu}]/u;

/**
 * (b) Punctuation/digit/caps density: the share of a text's code points that are `!`, `?`, a digit
 * 0–9, a currency symbol (\p{Sc}) or an uppercase letter (\p{Lu}); 0 for an empty text. The README
 * reports that such a counter alone reaches AUC ≈ 0.97 on raw SMS spam and 0.50 on words-only.
 */
export function punctuationBaseline(text: string): number {
  let total = 0;
  let signal = 0;
  for (const ch of text) {
    total++;
    if (SIGNAL_CHAR.test(ch)) signal++;
  }
  return total === 0 ? 0 : signal / total;
}

export const BASELINES = { length: lengthBaseline, punctuation: punctuationBaseline } as const;
export type BaselineName = keyof typeof BASELINES;
