import { type Doc, spanOf, wordSet } from '../../nlp/doc';
import { findImperatives } from '../../nlp/imperative';
import { isEnglishPresent3rd } from '../../nlp/morphology';
import type { Token } from '../../nlp/tokenize';
import type { Language } from '../../scoring/types';
import { overlaps } from '../helpers';
import type { Rule } from '../types';

/** Subjects that are not a name: "This makes …", "Es gibt …", "Het maakt …" are not headlines. */
const PRONOUN_SUBJECTS: Record<Language, ReadonlySet<string>> = {
  en: new Set([
    'this',
    'that',
    'it',
    "it's",
    'he',
    'she',
    'they',
    'there',
    'here',
    'everyone',
    'everybody',
    'nobody',
    'someone',
    'who',
    'what',
    'which',
    'nothing',
    'everything',
    'one',
    'anyone',
    'anybody',
  ]),
  de: new Set([
    'es',
    'er',
    'sie',
    'das',
    'dies',
    'man',
    'jemand',
    'wer',
    'was',
    'hier',
    'da',
    'jeder',
    'alles',
    'nichts',
    'jemand',
  ]),
  nl: new Set([
    'het',
    'hij',
    'zij',
    'ze',
    'dit',
    'dat',
    'men',
    'er',
    'iemand',
    'wie',
    'wat',
    'hier',
    'daar',
    'iedereen',
    'alles',
    'niets',
  ]),
};

/**
 * Auxiliaries and copulas are third-person present forms too, but "Acme is …", "@anna does
 * Harry …?" are statements or questions, not news verbs.
 */
const NOT_REPORTING = new Set([
  'is',
  'has',
  'does',
  'was',
  "isn't",
  "doesn't",
  "hasn't",
  'ist',
  'hat',
  'wird',
  'heeft',
  'wordt',
]);

/** An article opens a name ("The Acme Foundation", "Die Muster GmbH") or a self-reference
 * ("the company", "het bedrijf"); "The store opens at 9" is a plain statement. */
const ARTICLES: Record<Language, ReadonlySet<string>> = {
  en: new Set(['the']),
  de: new Set(['der', 'die', 'das']),
  nl: new Set(['de', 'het']),
};
const SELF_NOUNS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['company', 'group', 'firm', 'bank', 'brand', 'foundation', 'organisation', 'organization']),
  de: new Set([]),
  nl: new Set(['bedrijf', 'groep', 'organisatie', 'merk', 'stichting', 'bank']),
};

/** Retweet markers before the quoted headline: "RT @wire: Acme buys Beta". */
const MARKERS = new Set(['rt', 'mt']);

const MAX_SUBJECT = 6;

function isCapitalized(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.text[0] !== t.text[0]?.toLowerCase();
}

function isReportingVerb(doc: Doc, t: Token, verbs: ReadonlySet<string>): boolean {
  if (t.kind !== 'word' || NOT_REPORTING.has(t.norm)) return false;
  if (verbs.has(t.norm)) return true;
  return doc.lang === 'en' && isEnglishPresent3rd(t.norm);
}

/**
 * The span [subject start, verb end) of a headline sentence: a name (a capitalized word, a
 * @handle or #tag, up to six tokens) followed by a third-person reporting verb and an object.
 */
function headline(
  doc: Doc,
  s: number,
  verbs: ReadonlySet<string>,
  talk: ReadonlySet<number>,
): { start: number; end: number; certain: boolean } | null {
  const sentence = doc.sentences[s];
  if (!sentence || sentence.terminal.includes('?')) return null;
  let i = sentence.first;
  // ".@acme", "RT @wire:" and "MT" open a quoted or public post; the headline follows.
  while (i < sentence.last) {
    const t = doc.tokens[i] as Token;
    const next = doc.tokens[i + 1];
    if (t.kind === 'punct' || (t.kind === 'word' && MARKERS.has(t.norm))) i += 1;
    else if (t.kind === 'mention' && next?.kind === 'punct' && next.text === ':') i += 2;
    else break;
  }
  const first = doc.tokens[i];
  if (!first || i >= sentence.last) return null;
  const named =
    first.kind === 'mention' ||
    first.kind === 'hashtag' ||
    first.kind === 'number' ||
    (first.kind === 'word' && first.text[0] !== first.text[0]?.toLowerCase());
  if (!named) return null;
  if (first.kind === 'word' && ARTICLES[doc.lang].has(first.norm)) {
    const noun = doc.tokens[i + 1];
    const name =
      noun?.kind === 'word' &&
      (SELF_NOUNS[doc.lang].has(noun.norm) ||
        // German capitalizes every noun: only a second capital word makes a name there.
        (noun.text[0] !== noun.text[0]?.toLowerCase() &&
          (doc.lang !== 'de' || isCapitalized(doc.tokens[i + 2]))));
    if (!name) return null;
  } else if (first.kind === 'word' && PRONOUN_SUBJECTS[doc.lang].has(first.norm)) {
    return null;
  }
  for (let j = i + 1; j < Math.min(sentence.last, i + 1 + MAX_SUBJECT); j++) {
    const t = doc.tokens[j] as Token;
    if (t.kind === 'punct' || t.kind === 'url' || t.kind === 'emoji') return null;
    // "@anna thanks for sharing": a conversation phrase is no news verb.
    if (!isReportingVerb(doc, t, verbs) || talk.has(j)) continue;
    // "THE SPLC NEEDS …" shouts; a headline is written in ordinary or Title Case.
    if (t.text.length > 1 && t.text === t.text.toUpperCase()) return null;
    const object = doc.tokens[j + 1];
    if (!object || j + 1 >= sentence.last || object.kind === 'punct' || object.kind === 'url') return null;
    // "Coffee tastes better with friends" has the same shape as "Acme opens in Leeds": a single
    // sentence-initial capital is no proof of a name. A news verb from the list, a @handle or
    // #tag, or a subject of several capitalized words is.
    let capitals = 0;
    for (let k = i; k < j; k++) if (isCapitalized(doc.tokens[k])) capitals += 1;
    const certain = verbs.has(t.norm) || first.kind !== 'word' || capitals >= 2;
    return { start: first.start, end: t.end, certain };
  }
  return null;
}

/**
 * "Acme announces partnership with Beta https://…": the brand as the subject of a news
 * headline, in the third person, speaking to nobody. Flags the subject and verb of the first
 * sentence when the post has no I, we or you anywhere; a link after it (the press release)
 * weighs more. An English verb found only by morphology after a one-word subject ("Coffee
 * tastes …") counts only with the link.
 */
export const thirdPersonHeadline: Rule = {
  id: 'third-person-headline',
  score: 'broadcast',
  level: 'suggestion',
  anchorOnly: true,
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [
        'Acme announces result of its rights issue https://example.com/ir',
        'Acme Foundation launches new grant for youth employment in Leeds https://example.com/grant',
        'Acme named best employer for parents in the UK https://example.com/award',
      ],
      fine: [
        'We announce the result of our rights issue today: https://example.com/ir',
        'This makes mornings easier.',
        'Acme launches a grant for you: apply by 1 May https://example.com/grant',
      ],
    },
    de: {
      flagged: [
        'Die Muster GmbH übernimmt die Beispiel AG https://example.de/presse',
        'Beispiel AG eröffnet neuen Standort in Linz',
      ],
      fine: [
        'Wir eröffnen einen neuen Standort in Linz.',
        'Es gibt heute frische Brezen.',
        'Bitte unterstützt diese Seite',
      ],
    },
    nl: {
      flagged: [
        'Acme lanceert nieuwe app voor thuiszorg https://example.nl/nieuws',
        'De Bakkerij opent tweede winkel in Gent',
      ],
      fine: ['Wij openen een tweede winkel in Gent.', 'Het maakt de ochtend makkelijker.'],
    },
  },
  check(doc) {
    const voices = [wordSet(doc.lang, 'self'), wordSet(doc.lang, 'we'), wordSet(doc.lang, 'you')];
    if (doc.tokens.some((t) => t.kind === 'word' && voices.some((v) => v.has(t.norm)))) return {};
    const verbs = wordSet(doc.lang, 'reportingVerbs');
    const talk = new Set(doc.find('conversation').map((m) => m.first));
    for (let s = 0; s < doc.sentences.length; s++) {
      const sentence = doc.sentences[s];
      if (!sentence || !doc.tokens.slice(sentence.first, sentence.last).some((t) => t.kind === 'word'))
        continue;
      const span = headline(doc, s, verbs, talk);
      if (!span) return {};
      // "Bitte unterstützt diese Seite" asks the reader; it is no headline about "Bitte".
      if (findImperatives(doc).some((imp) => overlaps(spanOf(doc, imp.first, imp.last), span))) return {};
      const link = doc.tokens.some((t) => t.kind === 'url' && t.start >= span.end);
      if (!span.certain && !link) return {};
      return { findings: [{ start: span.start, end: span.end, weight: link ? 14 : 8 }] };
    }
    return {};
  },
};
