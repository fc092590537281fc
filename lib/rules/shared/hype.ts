import { lexiconFindings } from '../helpers';
import type { Rule } from '../types';

/** Hype and empty superlatives: "amazing", "revolutionary", "unglaublich", "geweldig". */
export const hype: Rule = {
  id: 'hype',
  score: 'pushiness',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['Our amazing, revolutionary app is a total game changer.'],
      fine: ['Our app now syncs your notes in under a second.'],
    },
    de: {
      flagged: ['Unsere unglaubliche, sensationelle App!'],
      fine: ['Unsere App synchronisiert jetzt in einer Sekunde.'],
    },
    nl: {
      flagged: ['Onze ongelooflijke, fantastische app!'],
      fine: ['Onze app synchroniseert nu binnen een seconde.'],
    },
  },
  check(doc) {
    return { findings: lexiconFindings(doc, 'hype', 8, { decay: 0.8 }) };
  },
};
