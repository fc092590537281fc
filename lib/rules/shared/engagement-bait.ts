import { lexiconFindings } from '../helpers';
import type { Rule } from '../types';

/** Begging for likes, shares and follows: platforms demote it and followers see through it. */
export const engagementBait: Rule = {
  id: 'engagement-bait',
  score: 'pushiness',
  level: 'warning',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['Like and share if you agree!', 'Follow us for more and tag a friend.'],
      fine: ['Share your favourite recipe below.'],
    },
    de: { flagged: ['Liken und teilen, wenn du zustimmst!', 'Folgt uns für mehr.'], fine: [] },
    nl: { flagged: ['Like en deel als je het eens bent!', 'Volg ons voor meer.'], fine: [] },
  },
  check(doc) {
    return { findings: lexiconFindings(doc, 'engagementBait', 22, { decay: 0.7 }) };
  },
};
