// Written by `npm run fit` (scripts/fit.ts) from the corpora in ../shared/data. Do not edit by hand:
// a test fails when this file differs from a fresh fit. Multipliers on each rule's hand-set points
// (findings) and relief (strengths); 1 = the hand-set value, 0 = the data says the rule adds nothing.
export const FITTED_WEIGHTS = {
  "findings": {
    "all-caps": 0.36,
    "announcement-formula": 1.12,
    "call-to-action": 1.75,
    "curiosity-gap": 2.4,
    "engagement-bait": 0.9,
    "exclamation-marks": 0.41,
    "giveaway-bait": 1.06,
    "hashtag-stuffing": 0.55,
    "hype": 0.77,
    "listicle-tease": 2.43,
    "nominal-style": 0.68,
    "passive-voice": 0.84,
    "press-release-vocabulary": 1.06,
    "repeated-links": 0.51,
    "third-person-headline": 1.11,
    "urgency": 0.56,
    "vague-wording": 1.53,
    "we-centred": 0.77
  },
  "strengths": {
    "addresses-reader": 0.91,
    "conversation": 1.64,
    "invites-reply": 0.42,
    "value-deal": 0.56,
    "value-help": 0.93,
    "value-information": 0.59,
    "value-privilege": 1,
    "value-tip": 0.97
  }
};

/** Band thresholds: "rework" leaves at most 5 % of every corpus's negatives (never below 55); "consider" is hand-set. */
export const FITTED_THRESHOLDS = {
  "broadcast": {
    "consider": 40,
    "rework": 55
  },
  "pushiness": {
    "consider": 35,
    "rework": 55
  },
  "missingValue": {
    "consider": 45,
    "rework": 77
  }
};
