import { PACKS } from '../../nlp/doc';
import {
  INFINITIVES,
  PAST_FORMS,
  PRESENT_FORMS,
  PROPER_NAMES,
  SUPERLATIVES,
} from '../../nlp/en/lexicon.generated';
import type { Language } from '../../scoring/types';
import { decayed } from '../helpers';
import type { RawFinding, Rule } from '../types';

const known = new Map<Language, ReadonlySet<string>>();
let names: ReadonlySet<string> | undefined;

/**
 * Words the scorer knows as words of `lang`: every word of its pack (plus, for English, the
 * verbs and superlatives generated from compromise). "FREE", "HEUTE", "SHOP" are among them;
 * acronyms (NATO, NASA, CEO, AWO) are not.
 */
function knownWords(lang: Language): ReadonlySet<string> {
  let set = known.get(lang);
  if (!set) {
    const words = new Set<string>();
    for (const list of Object.values(PACKS[lang])) {
      if (!Array.isArray(list)) continue;
      for (const phrase of list as readonly string[]) {
        for (const item of phrase.split(/\s+/)) {
          for (const alt of item.split('|')) if (/^[\p{L}'-]+$/u.test(alt)) words.add(alt.toLowerCase());
        }
      }
    }
    if (lang === 'en') {
      for (const list of [INFINITIVES, PAST_FORMS, PRESENT_FORMS, SUPERLATIVES]) {
        for (const w of list.split(' ')) words.add(w);
      }
    }
    set = words;
    known.set(lang, set);
  }
  return set;
}

/**
 * SHOUTED words. Capitals shout on a word the language knows ("FREE", "HEUTE"), on a long one
 * ("IMPORTANT", "SCHEISSE") and in a run of three ("THIS IS HUGE"); a short unknown word in
 * capitals is an acronym or a name (NATO, NASA, CEO, UK), and dotted ones (U.S.) always are.
 */
export const allCaps: Rule = {
  id: 'all-caps',
  score: 'pushiness',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['This is HUGE. FREE shipping TODAY.'],
      fine: [
        'Our FAQ and the EU rules explain it.',
        'Meet us at the NYC store.',
        'NATO and NASA met the U.S. CEO in the UK.',
      ],
    },
    de: {
      flagged: ['Nur HEUTE: GRATIS Versand.'],
      fine: ['Die FAQ erklärt die EU-Regeln.', 'Die AWO und der ADAC helfen.'],
    },
    nl: { flagged: ['Alleen VANDAAG: GRATIS verzending.'], fine: ['De FAQ legt de EU-regels uit.'] },
  },
  check(doc) {
    const findings: RawFinding[] = [];
    const words = doc.tokens.filter((t) => t.kind === 'word');
    const caps = words.map(
      // Discount codes (WARM20) carry digits and are information, not shouting.
      (t) =>
        t.text.length >= 2 &&
        t.text === t.text.toUpperCase() &&
        t.text !== t.text.toLowerCase() &&
        !/[\d.]/.test(t.text),
    );
    const dictionary = knownWords(doc.lang);
    names ??= new Set(PROPER_NAMES.split(' '));
    const isName = (norm: string) => doc.lang === 'en' && names?.has(norm) === true;
    words.forEach((t, i) => {
      if (!caps[i] || findings.length >= 8) return;
      const run =
        (caps[i - 1] === true && caps[i - 2] === true) ||
        (caps[i - 1] === true && caps[i + 1] === true) ||
        (caps[i + 1] === true && caps[i + 2] === true);
      const pair = caps[i - 1] === true || caps[i + 1] === true;
      const word = dictionary.has(t.norm) && !isName(t.norm);
      const shouts =
        (t.text.length >= 6 && !isName(t.norm)) ||
        (t.text.length >= 3 && (run || (word && (t.text.length >= 4 || pair))));
      if (shouts) findings.push({ start: t.start, end: t.end, weight: decayed(7, findings.length, 0.8) });
    });
    return { findings };
  },
};
