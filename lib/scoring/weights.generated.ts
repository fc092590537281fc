// Written by `npm run fit` (scripts/fit.ts) from the corpora in ../shared/data. Do not edit by hand:
// a test fails when this file differs from a fresh fit. Multipliers on each rule's hand-set points
// (findings) and relief (strengths); 1 = the hand-set value, 0 = the data says the rule adds nothing.
export const FITTED_WEIGHTS = {
  "findings": {
    "all-caps": 0.68,
    "announcement-formula": 1.14,
    "call-to-action": 1.77,
    "curiosity-gap": 2.31,
    "engagement-bait": 0.83,
    "exclamation-marks": 0.56,
    "giveaway-bait": 0.9,
    "hashtag-stuffing": 0.62,
    "hype": 0.91,
    "link-only": 0,
    "listicle-tease": 2.13,
    "nominal-style": 0.96,
    "passive-voice": 0.98,
    "press-release-vocabulary": 1.14,
    "repeated-links": 0.61,
    "urgency": 0.7,
    "vague-wording": 1.26,
    "we-centred": 0.76
  },
  "strengths": {
    "addresses-reader": 1.52,
    "invites-reply": 1.28,
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
    "consider": 47,
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
