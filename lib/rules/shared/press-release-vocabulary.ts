import { lexiconFindings } from '../helpers';
import type { Rule } from '../types';

/** "Leading provider of innovative solutions": words readers skip and nobody says aloud. */
export const pressReleaseVocabulary: Rule = {
  id: 'press-release-vocabulary',
  score: 'broadcast',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['Acme is a leading provider of innovative solutions for stakeholders.'],
      fine: ['We fixed the login bug that hit some of you on Monday.'],
    },
    de: {
      flagged: ['Als marktführender Anbieter innovativer Lösungen setzen wir neue Maßstäbe.'],
      fine: ['Wir haben den Fehler beim Login behoben.'],
    },
    nl: {
      flagged: ['Als toonaangevende aanbieder van innovatieve oplossingen zetten wij de standaard.'],
      fine: ['We hebben de fout bij het inloggen opgelost.'],
    },
  },
  check(doc) {
    return { findings: lexiconFindings(doc, 'pressVocabulary', 12, { decay: 0.7, max: 5 }) };
  },
};
