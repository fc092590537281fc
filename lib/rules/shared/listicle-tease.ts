import { isEnglishPresent3rd, isParticiple } from '../../nlp/morphology';
import type { Token } from '../../nlp/tokenize';
import type { Rule } from '../types';

/** Common finite verbs right after the noun: "3 Leute sind neu", "3 mensen zijn nieuw". */
const FINITE_VERBS = {
  de: new Set([
    'sind',
    'ist',
    'haben',
    'hat',
    'waren',
    'war',
    'wurden',
    'werden',
    'kommen',
    'kamen',
    'gehen',
    'arbeiten',
  ]),
  nl: new Set([
    'zijn',
    'is',
    'hebben',
    'heeft',
    'waren',
    'was',
    'worden',
    'werden',
    'komen',
    'kwamen',
    'gaan',
    'werken',
  ]),
};

/**
 * "17 Things Only Cat People Understand": a numbered list promised in a short post that
 * does not contain the list. Fires only when the draft opens with the number and is one
 * sentence of under 40 words: a post that goes on to give the list is fine.
 */
export const listicleTease: Rule = {
  id: 'listicle-tease',
  score: 'missingValue',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['17 Things Only Cat People Will Understand', '21 Photos That Will Restore Your Faith'],
      fine: [
        '3 people joined our team in May.',
        '3 ways to wear it:\n→ with jeans\n→ with a skirt\n→ over a dress',
      ],
    },
    de: { flagged: ['17 Dinge, die nur Katzenfreunde verstehen'], fine: [] },
    nl: { flagged: ['17 dingen die alleen kattenmensen begrijpen'], fine: [] },
  },
  check(doc) {
    // A list that follows on further lines or sentences is delivered, not teased.
    if (doc.words >= 40 || doc.sentences.length > 1) return {};
    // Skip a leading emoji or symbol: "🔥 17 Things …" is still a listicle headline.
    const at = doc.tokens.findIndex((t) => t.kind !== 'emoji' && t.kind !== 'symbol' && t.kind !== 'punct');
    const first = doc.tokens[at];
    if (!first || first.kind !== 'number') return {};
    const nouns = new Set(doc.pack.listicleNouns);
    for (let i = at + 1; i <= at + 3; i++) {
      const t = doc.tokens[i] as Token | undefined;
      if (!t || t.kind !== 'word') return {};
      if (nouns.has(t.norm)) {
        // "3 people joined our team": a number and a verb report something; no list is promised.
        const next = doc.tokens[i + 1];
        const verb =
          next?.kind === 'word' &&
          (doc.lang === 'en'
            ? isParticiple('en', next.norm) || isEnglishPresent3rd(next.norm)
            : FINITE_VERBS[doc.lang].has(next.norm) || isParticiple(doc.lang, next.norm));
        return verb ? {} : { findings: [{ start: first.start, end: t.end, weight: 16 }] };
      }
    }
    return {};
  },
};
