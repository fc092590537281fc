import type { Token } from '../../nlp/tokenize';
import { cueRelief, strengthsFromMatches } from '../helpers';
import type { Rule } from '../types';

const POINTERS = new Set("this these here here's dieser diese dieses hier dit deze".split(' '));

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
    // "Here's our first look at …", "This behind-the-scenes clip …": a preview that a pointer
    // announces is a teaser, not something only followers get.
    const matches = doc.find('privilege').filter((m) => {
      const sentence = doc.sentences[(doc.tokens[m.first] as Token).sentence];
      const opener = sentence
        ? doc.tokens.slice(sentence.first, m.first).find((t) => t.kind === 'word')
        : undefined;
      return !(opener && POINTERS.has(opener.norm));
    });
    return {
      strengths: strengthsFromMatches(doc, matches, 'privilege', cueRelief(doc, 45), { max: 2 }),
    };
  },
};
