// Written by `npm run fit` (scripts/fit.ts) from the corpora in ../shared/data. Do not edit by hand:
// a test fails when this file differs from a fresh fit. Multipliers on each rule's hand-set points
// (findings) and relief (strengths); 1 = the hand-set value, 0 = the data says the rule adds nothing.
export const FITTED_WEIGHTS = {
  "findings": {
    "all-caps": 0.36,
    "announcement-formula": 1.12,
    "call-to-action": 1.75,
    "curiosity-gap": 2.37,
    "engagement-bait": 0.9,
    "exclamation-marks": 0.41,
    "giveaway-bait": 1.06,
    "hashtag-stuffing": 0.55,
    "hype": 0.77,
    "listicle-tease": 2.15,
    "nominal-style": 0.7,
    "passive-voice": 0.83,
    "press-release-vocabulary": 1.07,
    "repeated-links": 0.51,
    "third-person-headline": 0.88,
    "urgency": 0.56,
    "vague-wording": 1.27,
    "we-centred": 0.78
  },
  "strengths": {
    "addresses-reader": 1.03,
    "conversation": 1.64,
    "invites-reply": 0.44,
    "value-deal": 0.78,
    "value-help": 0.68,
    "value-information": 1.6,
    "value-privilege": 1,
    "value-tip": 0.12
  }
};

/** Band thresholds: "rework" leaves at most 5 % of every corpus's negatives, "consider" 25 % (floors 55 and 30). */
export const FITTED_THRESHOLDS = {
  "broadcast": {
    "consider": 34,
    "rework": 55
  },
  "pushiness": {
    "consider": 30,
    "rework": 55
  },
  "missingValue": {
    "consider": 63,
    "rework": 75
  }
};
