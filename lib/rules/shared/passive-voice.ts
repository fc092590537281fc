import { wordSet } from '../../nlp/doc';
import { isParticiple } from '../../nlp/morphology';
import type { Token } from '../../nlp/tokenize';
import { decayed } from '../helpers';
import type { RawFinding, Rule } from '../types';

/**
 * "The new app has been launched" hides who did it and for whom: corporate style.
 * An auxiliary followed by a participle in the same clause. German and Dutch put the
 * participle at the end of the clause, so they look further ahead than English.
 */
export const passiveVoice: Rule = {
  id: 'passive-voice',
  score: 'broadcast',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['The new collection was launched in Berlin.', 'Improvements have been made to the checkout.'],
      fine: ['We are excited about the summer.', 'We launched the new collection in Berlin.'],
    },
    de: {
      flagged: ['Die neue Kollektion wurde gestern in Berlin vorgestellt.'],
      fine: ['Wir haben die neue Kollektion gestern in Berlin gezeigt.', 'Wir sind begeistert.'],
    },
    nl: {
      flagged: ['De nieuwe collectie wordt volgende week gelanceerd.'],
      fine: [
        'Wij lanceren de nieuwe collectie volgende week.',
        'Wij zijn verheugd.',
        'De winkel is verhuisd.',
      ],
    },
  },
  check(doc) {
    const aux = wordSet(doc.lang, 'passiveAuxiliaries');
    const reach = doc.lang === 'en' ? 3 : 10;
    const findings: RawFinding[] = [];
    for (const s of doc.sentences) {
      for (let i = s.first; i < s.last && findings.length < 5; i++) {
        const t = doc.tokens[i] as Token;
        if (t.kind !== 'word' || !aux.has(t.norm)) continue;
        for (let j = i + 1; j < Math.min(s.last, i + 1 + reach); j++) {
          const u = doc.tokens[j] as Token;
          if (u.kind === 'punct' && u.text !== ',') break;
          if (u.kind === 'word' && isParticiple(doc.lang, u.norm)) {
            findings.push({ start: t.start, end: u.end, weight: decayed(6, findings.length, 0.8) });
            i = j;
            break;
          }
        }
      }
    }
    return { findings };
  },
};
