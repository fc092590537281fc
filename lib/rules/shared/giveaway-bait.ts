import { lexiconFindings } from '../helpers';
import type { Rule } from '../types';

/** Prize and giveaway bait: "win", "you have been selected", "claim your prize", "gewinnen", "winnen". */
export const giveawayBait: Rule = {
  id: 'giveaway-bait',
  score: 'pushiness',
  level: 'warning',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['Congratulations! You have been selected to win a cash prize.'],
      fine: ['Our baker Anna shares her sourdough starter recipe.'],
    },
    de: {
      flagged: ['Gewinnspiel: Jetzt mitmachen und gewinnen!'],
      fine: ['Unsere Bäckerin Anna teilt ihr Rezept.'],
    },
    nl: { flagged: ['Winactie: doe mee en win een prijs!'], fine: ['Onze bakker Anna deelt haar recept.'] },
  },
  check(doc) {
    return { findings: lexiconFindings(doc, 'giveaway', 12, { decay: 0.75 }) };
  },
};
