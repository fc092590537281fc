import { findConcrete, isActionVerb } from '../../nlp/concrete';
import { type Doc, wordSet } from '../../nlp/doc';
import { isEnglishInfinitive } from '../../nlp/morphology';
import type { Token } from '../../nlp/tokenize';
import { strengthsFromMatches } from '../helpers';
import type { RawStrength, Rule } from '../types';

/** Sentence openers that are no subject of a report: pointers and pronouns ("This couple earns …"). */
const ARTICLES = new Set(['a', 'an', 'the']);
const NOT_SUBJECTS = new Set(
  (
    'this these that those here there it he she they we i you what why how who when where which ' +
    'if so and but or a an the one some every all no'
  ).split(' '),
);

/**
 * Information the reader did not have, in the shape of a fact: quantities with a unit or a
 * counted noun, prices, percentages, dates and times, names that do something ("Barclays
 * announces …") or places ("in Utrecht"), and reporting words ("study", "says"). A capital, a
 * hashtag or a lone digit is not information (see `findConcrete`).
 */
export const valueInformation: Rule = {
  id: 'value-information',
  score: 'missingValue',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [],
      fine: [],
      strong: ['Our Utrecht store opens at 8am from Monday, because you asked for it.'],
    },
    de: {
      flagged: [],
      fine: [],
      strong: ['Unser Laden in Köln öffnet ab Montag um 8 Uhr, weil ihr danach gefragt habt.'],
    },
    nl: {
      flagged: [],
      fine: [],
      strong: ['Onze winkel in Utrecht gaat vanaf maandag om 8 uur open, omdat jullie erom vroegen.'],
    },
  },
  check(doc) {
    const concrete = findConcrete(doc);
    const strengths: RawStrength[] = [];
    const push = (indices: number[], relief: number, max: number) => {
      for (const i of indices.slice(0, max)) {
        const t = doc.tokens[i] as Token;
        strengths.push({
          kind: 'fact',
          start: t.start,
          end: t.end,
          relief: relief / (1 + strengths.length * 0.5),
        });
      }
    };
    push(concrete.numbers, 25, 3);
    push(concrete.dates, 18, 2);
    push(concrete.names, 18, 3);
    const counted = (t: { start: number; end: number }) =>
      strengths.some((x) => x.start <= t.start && t.end <= x.end);
    for (const s of strengthsFromMatches(doc, doc.find('information'), 'fact', 12, { max: 2 }))
      if (!counted(s)) strengths.push(s);
    if (doc.lang === 'en') {
      // "Bannon loses seat", "Police arrest 3": a sentence that opens on its subject and a verb
      // reports something; "This couple earns …" points at it instead.
      const report = reportVerb(doc);
      if (report && !counted(report))
        strengths.push({ kind: 'fact', start: report.start, end: report.end, relief: 10 });
    }
    return { strengths };
  },
};

const WH_WORDS = new Set(['what', 'why', 'how', 'who', 'where', 'when', 'which']);
const RELATIVES = new Set(['who', 'that', 'which', 'whose']);

/**
 * The verb of a sentence that opens on its subject (English, not Headline Style): "Bannon
 * loses …", "White Bengal tiger escapes …", "Pacers are reportedly …", "Trump to sign …". A verb
 * followed by "what"/"why" ("A doctor reveals what …") withholds the report instead.
 */
function reportVerb(doc: Doc): Token | undefined {
  for (const s of doc.sentences) {
    let at = s.first;
    while (at < s.last && (doc.tokens[at]?.kind === 'emoji' || doc.tokens[at]?.kind === 'symbol')) at += 1;
    const first = doc.tokens[at];
    if (!first || first.kind !== 'word' || first.text[0] === first.norm[0]) continue;
    const shouted = first.text === first.text.toUpperCase();
    if (
      (NOT_SUBJECTS.has(first.norm) && !ARTICLES.has(first.norm)) ||
      (!shouted && doc.pack.we.includes(first.norm))
    )
      continue;
    // "Watch …", "Want to …": an imperative opens on a verb, not on a subject; a noun that is
    // also a verb takes its own verb right after it ("Warrant issued", "Police say").
    const imperative = isEnglishInfinitive(first.norm);
    for (let i = at + 1; i <= (imperative ? at + 1 : at + 4) && i < s.last; i++) {
      const t = doc.tokens[i] as Token;
      if (t.kind === 'number') continue;
      if (t.kind !== 'word' || RELATIVES.has(t.norm)) break;
      // A capital continues the subject ("Kimi Räikkönen wins"), except in Headline Style.
      if (t.text[0] !== t.norm[0] && !doc.titleCase) continue;
      const verb = isActionVerb(doc, i) || (t.norm === 'to' && doc.tokens[i + 1]?.kind === 'word');
      if (!verb) continue;
      const next = doc.tokens[i + 1];
      if (next && WH_WORDS.has(next.norm)) return undefined;
      // "Exciting things are happening", "Big changes are coming": a vague subject reports nothing.
      const vague = wordSet(doc.lang, 'listicleNouns');
      for (let k = at; k <= i; k++) if (vague.has((doc.tokens[k] as Token).norm)) return undefined;
      return t;
    }
  }
  return undefined;
}
