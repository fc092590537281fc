import { cueRelief, strengthsFromMatches } from '../helpers';
import type { Rule } from '../types';

/** Privilege and early access ("voordeel, voorrang, voorrecht"): something only followers get. */
export const valuePrivilege: Rule = {
  id: 'value-privilege',
  score: 'missingValue',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [],
      fine: [],
      strong: ['Newsletter readers get early access to the new flavours on Friday.'],
    },
    de: {
      flagged: [],
      fine: [],
      strong: ['Newsletter-Abonnenten bekommen am Freitag vorab Zugang zu den neuen Sorten.'],
    },
    nl: {
      flagged: [],
      fine: [],
      strong: ['Nieuwsbriefabonnees krijgen vrijdag als eerste toegang tot de nieuwe smaken.'],
    },
  },
  check(doc) {
    return {
      strengths: strengthsFromMatches(doc, doc.find('privilege'), 'privilege', cueRelief(doc, 45), {
        max: 2,
      }),
    };
  },
};
