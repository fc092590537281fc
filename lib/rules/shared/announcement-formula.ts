import { lexiconFindings } from '../helpers';
import type { Rule } from '../types';

/** "We are excited to announce …": the opening of a press release, not of a conversation. */
export const announcementFormula: Rule = {
  id: 'announcement-formula',
  score: 'broadcast',
  level: 'warning',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [
        'We are excited to announce our new partnership with Acme.',
        "We're so thrilled to share that our app is now available.",
        'Introducing the all-new Model S.',
      ],
      fine: ['Which flavour should we bring back next month?', 'Our store opens at 9 tomorrow.'],
    },
    de: {
      flagged: [
        'Wir freuen uns, Ihnen heute unser neues Produkt vorzustellen.',
        'Wir sind stolz, unsere neue Kollektion zu präsentieren.',
      ],
      fine: ['Welche Sorte sollen wir als Nächstes backen?'],
    },
    nl: {
      flagged: [
        'Wij zijn trots om onze nieuwe collectie te presenteren.',
        'Met trots presenteren wij onze nieuwe app.',
      ],
      fine: ['Welke smaak moeten we terugbrengen?'],
    },
  },
  check(doc) {
    return { findings: lexiconFindings(doc, 'announcements', 30, { decay: 0.5, max: 3 }) };
  },
};
