import { cueRelief, strengthsFromMatches } from '../helpers';
import type { Rule } from '../types';

/** Help, answers and benefits for the reader: "we can help", "lets you", "spart dir", "bespaart je". */
export const valueHelp: Rule = {
  id: 'value-help',
  score: 'missingValue',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [],
      fine: [],
      strong: ['Trouble logging in? We can help: reset your password from the app.'],
    },
    de: { flagged: [], fine: [], strong: ['Probleme beim Login? Wir helfen dir gern weiter.'] },
    nl: { flagged: [], fine: [], strong: ['Problemen met inloggen? We helpen je graag.'] },
  },
  check(doc) {
    return {
      strengths: [
        ...strengthsFromMatches(doc, doc.find('help'), 'help', cueRelief(doc, 45), { max: 2 }),
        ...strengthsFromMatches(doc, doc.find('benefit'), 'benefit', cueRelief(doc, 22), { max: 2 }),
      ],
    };
  },
};
