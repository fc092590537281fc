import { findConcrete } from '../../nlp/concrete';
import type { Doc } from '../../nlp/doc';
import type { PatternMatch } from '../../nlp/patterns';
import type { Token } from '../../nlp/tokenize';
import { cueRelief, strengthsFromMatches } from '../helpers';
import type { Rule } from '../types';

/**
 * Sentence openers that point at something or promise it instead of saying it: "This trick will
 * help you …", "How to … faster".
 */
const POINTERS = new Set(
  "this these here's here there's how why what if dieser diese dieses wie warum was wenn falls dit deze hoe waarom wat".split(
    ' ',
  ),
);
/** Words after which "you can …" still opens a clause: "Now you can …", "…, and you get …". */
const CLAUSE_LEADS = new Set(['now', 'and', 'so', 'then', 'jetzt', 'und', 'dann', 'nu', 'en', 'dan']);

/**
 * Help, answers and benefits for the reader: "we can help", "lets you", "spart dir", "bespaart
 * je". A benefit is a promise to the reader, which is also what a teaser makes ("This trick will
 * help you sleep", "17 things you can make"); it counts only when it says what the reader gets:
 * not in a sentence that opens on a pointer or a list number, not as a relative clause after a
 * noun ("dinners you can bake"), and in a short draft only beside a fact.
 */
export const valueHelp: Rule = {
  id: 'value-help',
  score: 'missingValue',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [],
      fine: [],
      strong: [
        'Trouble logging in? We can help: reset your password from the app.',
        'Our new app lets you pay in 2 taps at every till.',
      ],
    },
    de: { flagged: [], fine: [], strong: ['Probleme beim Login? Wir helfen dir gern weiter.'] },
    nl: { flagged: [], fine: [], strong: ['Problemen met inloggen? We helpen je graag.'] },
  },
  check(doc) {
    const benefits = doc.find('benefit').filter((m) => isDeliveredBenefit(doc, m));
    return {
      strengths: [
        ...strengthsFromMatches(doc, doc.find('help'), 'help', cueRelief(doc, 45), { max: 2 }),
        ...strengthsFromMatches(doc, benefits, 'benefit', cueRelief(doc, 22), { max: 2 }),
      ],
    };
  },
};

function isDeliveredBenefit(doc: Doc, m: PatternMatch<null>): boolean {
  const first = doc.tokens[m.first] as Token;
  const sentence = doc.sentences[first.sentence];
  if (!sentence) return false;
  let at = sentence.first;
  while (at < m.first && doc.tokens[at]?.kind !== 'word' && doc.tokens[at]?.kind !== 'number') at += 1;
  const opener = doc.tokens[at];
  if (opener && at < m.first && (opener.kind === 'number' || POINTERS.has(opener.norm))) return false;
  // "… you can …" after a noun describes that noun: "12 dinners you can bake".
  const prev = doc.tokens[m.first - 1];
  if (doc.pack.you.includes(first.norm) && prev?.kind === 'word' && !CLAUSE_LEADS.has(prev.norm))
    return false;
  // A promise with nothing concrete beside it ("You can now buy this robot") is a teaser's
  // promise; "lets you pay in 2 taps at every till" says what the reader gets.
  if (doc.words >= 14) return true;
  const c = findConcrete(doc);
  return c.numbers.length + c.dates.length + c.names.length + c.codes.length > 0;
}
