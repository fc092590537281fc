// Written by `npm run fit` (scripts/fit.ts) from the corpora in ../shared/data. Do not edit by hand:
// a test fails when this file differs from a fresh fit. Multipliers on each rule's hand-set points
// (findings) and relief (strengths); 1 = the hand-set value, 0 = the data says the rule adds nothing.
export const FITTED_WEIGHTS = {
  "findings": {
    "all-caps": 0.68,
    "announcement-formula": 1.11,
    "call-to-action": 1.77,
    "curiosity-gap": 2.31,
    "engagement-bait": 0.83,
    "exclamation-marks": 0.56,
    "giveaway-bait": 0.9,
    "hashtag-stuffing": 0.62,
    "hype": 0.91,
    "listicle-tease": 2.13,
    "nominal-style": 1.04,
    "passive-voice": 0.79,
    "press-release-vocabulary": 1.06,
    "repeated-links": 0.61,
    "third-person-headline": 0.99,
    "urgency": 0.7,
    "vague-wording": 1.26,
    "we-centred": 0.73
  },
  "strengths": {
    "addresses-reader": 1.06,
    "conversation": 1.71,
    "invites-reply": 0.39,
    "value-deal": 0.71,
    "value-help": 0.64,
    "value-information": 1.77,
    "value-privilege": 1,
    "value-tip": 0
  }
};

/** Band thresholds: "rework" leaves at most 5 % of every corpus's negatives, "consider" 25 % (floors 55 and 30). */
export const FITTED_THRESHOLDS = {
  "broadcast": {
    "consider": 33,
    "rework": 55
  },
  "pushiness": {
    "consider": 30,
    "rework": 55
  },
  "missingValue": {
    "consider": 47,
    "rework": 75
  }
};
