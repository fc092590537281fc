import { FITTED_WEIGHTS } from './weights.generated';

/**
 * Multipliers on each rule's hand-set points (findings) and relief (strengths). `npm run fit` fits
 * them jointly on the labelled corpora, shrunk toward 1 (the hand-set value), SpamAssassin-style;
 * `prior` scores with the hand-set values alone, which is what the fit itself reads.
 */
export interface RuleWeights {
  findings: Readonly<Record<string, number>>;
  strengths: Readonly<Record<string, number>>;
}

export const PRIOR_WEIGHTS: RuleWeights = { findings: {}, strengths: {} };
export const FITTED: RuleWeights = FITTED_WEIGHTS;

/** A rule the fit has not seen (a brand rule, a new rule) keeps its hand-set value. */
export function findingScale(weights: RuleWeights, rule: string): number {
  return weights.findings[rule] ?? 1;
}

export function strengthScale(weights: RuleWeights, rule: string): number {
  return weights.strengths[rule] ?? 1;
}
