import { lexiconFindings } from '../helpers';
import type { Rule } from '../types';

/** Urgency and scarcity: "only today", "last chance", "nur heute", "op = op". */
export const urgency: Rule = {
  id: 'urgency',
  score: 'pushiness',
  level: 'warning',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['Last chance: ends tonight!', 'Hurry, only 3 left.'],
      fine: ['The workshop runs every Tuesday.'],
    },
    de: {
      flagged: ['Nur heute: 20 % auf alles!', 'Letzte Chance!'],
      fine: ['Der Workshop findet jeden Dienstag statt.'],
    },
    nl: {
      flagged: ['Alleen vandaag: 20% korting!', 'Laatste kans!'],
      fine: ['De workshop is elke dinsdag.'],
    },
  },
  check(doc) {
    return { findings: lexiconFindings(doc, 'urgency', 18, { decay: 0.7 }) };
  },
};
