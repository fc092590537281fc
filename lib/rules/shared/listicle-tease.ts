import { findConcrete } from '../../nlp/concrete';
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

/** Words that may lead in to the number of a listicle: "Here are 17 …", "These 5 …", "Top 10 …". */
const LEADS = {
  en: new Set(['here', 'are', "here's", 'these', 'the', 'top', 'our']),
  de: new Set(['hier', 'sind', 'diese', 'die', 'top', 'unsere']),
  nl: new Set(['hier', 'zijn', 'deze', 'de', 'top', 'onze']),
};

/**
 * "17 Things Only Cat People Understand": a numbered list promised in a short post that
 * does not contain the list. Fires only when the draft opens with the number (after a lead-in
 * like "Here are" or "Top") and is one sentence of under 40 words: a post that goes on to give
 * the list is fine, and so is a number that is a fact ("3 new stores open …", "20% off").
 */
export const listicleTease: Rule = {
  id: 'listicle-tease',
  score: 'missingValue',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [
        '17 Things Only Cat People Will Understand',
        '21 Photos That Will Restore Your Faith',
        'Here are 7 autumn recipes our bakers swear by',
      ],
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
    // Skip a leading emoji or symbol ("🔥 17 Things …") and a lead-in ("Here are 17 …").
    let at = doc.tokens.findIndex((t) => t.kind !== 'emoji' && t.kind !== 'symbol' && t.kind !== 'punct');
    const leads = LEADS[doc.lang];
    for (
      let n = 0;
      n < 2 && doc.tokens[at]?.kind === 'word' && leads.has((doc.tokens[at] as Token).norm);
      n++
    )
      at += 1;
    const first = doc.tokens[at];
    if (!first || first.kind !== 'number') return {};
    // A price, a percentage, a time or a count that reports something is information.
    if (findConcrete(doc).numbers.includes(at)) return {};
    const nouns = new Set(doc.pack.listicleNouns);
    for (let i = at + 1; i <= at + 3; i++) {
      const t = doc.tokens[i] as Token | undefined;
      if (!t || t.kind !== 'word') return {};
      // English plurals beyond the list ("7 reminders", "28 Kardashian burns").
      const plural = doc.lang === 'en' && /^[a-z]{3,}[^su]s$/.test(t.norm);
      if (nouns.has(t.norm) || plural) {
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
