import { lexiconFindings } from '../helpers';
import type { Rule } from '../types';

/**
 * Intensifiers standing in for specifics ("literally the best thing ever"). A weak signal.
 * Everyday degree words are left out: German "sehr" is as neutral as "very" in a sentence with
 * a fact, and "einfach" is mostly "simple" or "easy", a real benefit ("einfach zu pflegen").
 */
export const vagueWording: Rule = {
  id: 'vague-wording',
  score: 'missingValue',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: { flagged: ['This is literally the best thing ever.'], fine: ['The jacket weighs 340 g.'] },
    de: {
      flagged: ['Das ist echt total gut.'],
      fine: ['Die Jacke wiegt 340 g.', 'Die Jacke ist sehr leicht und einfach zu pflegen.'],
    },
    nl: { flagged: ['Dit is echt gewoon super goed.'], fine: ['De jas weegt 340 g.'] },
  },
  check(doc) {
    return { findings: lexiconFindings(doc, 'vagueWords', 5, { decay: 0.8, max: 5 }) };
  },
};
