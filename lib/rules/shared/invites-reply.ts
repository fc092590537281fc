import type { Doc } from '../../nlp/doc';
import { wordSet } from '../../nlp/doc';
import type { Token } from '../../nlp/tokenize';
import type { Language } from '../../scoring/types';
import { sentenceHead, strengthsFromMatches } from '../helpers';
import type { RawStrength, Rule } from '../types';

/** "How …" without a question mark usually opens a how-to, not a question. */
const HOW: Record<Language, string> = { en: 'how', de: 'wie', nl: 'hoe' };

/**
 * German and Dutch ask by inverting verb and subject: "Kommt ihr morgen?", "Gaan jullie mee".
 * A verb-first sentence followed by one of these pronouns is a question even without its `?`;
 * without the pronoun it is a request ("Bitte unterstützt diese Seite") and no question.
 * "Sie" and Dutch "je"/"u" are left out: "Besuchen Sie uns", "Deel je ervaring" are requests.
 */
const INVERTED_SUBJECT: Record<Language, ReadonlySet<string>> = {
  en: new Set(),
  de: new Set(['du', 'ihr']),
  nl: new Set(['jij', 'jullie']),
};

/**
 * "Did you know that coffee has 1,500 aromas?" answers itself: a fact in the shape of a
 * question, not a question to the reader.
 */
const RHETORICAL: Record<Language, ReadonlySet<string>> = {
  en: new Set(['did you know', 'do you know', 'did u know']),
  de: new Set(['wusstest du', 'wusstet ihr', 'wussten sie', 'weißt du', 'wisst ihr']),
  nl: new Set(['wist je', 'wist jij', 'wisten jullie', 'wist u', 'weet je']),
};

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const CLOSING_QUOTES = new Set(['"', '”', '“', '’', "'", '»', '«', '“']);

/** Retweet markers are not words of the question: "RT @anna #tag ?" asks nothing. */
const MARKERS = new Set(['rt', 'mt', 'via']);

function hasWord(doc: Doc, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const t = doc.tokens[i] as Token;
    if (t.kind === 'word' && !MARKERS.has(t.norm)) return true;
  }
  return false;
}

/**
 * "Does The Gates Foundation Need A New Office?" is a headline that asks nobody; a question in
 * Title Case without a "you" is a rhetorical headline, not a question to the reader.
 */
function isHeadlineQuestion(doc: Doc, first: number, last: number, you: ReadonlySet<string>): boolean {
  let words = 0;
  let capitalized = 0;
  for (let i = first; i < last; i++) {
    const t = doc.tokens[i] as Token;
    if (t.kind !== 'word') continue;
    if (you.has(t.norm)) return false;
    words += 1;
    const c = t.text[0] ?? '';
    if (c !== c.toLowerCase()) capitalized += 1;
  }
  return words >= 4 && capitalized / words > 0.6;
}

/**
 * The conversational side of a post: a question to the reader, or an explicit request to reply,
 * tell or share a view ("let us know", "what do you think", "sagt uns eure Meinung"). A request
 * to act ("Like and share", "Bitte unterstützt …") is not an invitation to reply: the
 * `addresses-reader` rule counts it as direct address. Emits strengths only; `no-invitation`
 * flags their absence.
 */
export const invitesReply: Rule = {
  id: 'invites-reply',
  score: 'broadcast',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: { flagged: [], fine: [], strong: ['Which colour would you pick?', 'Tell us your favourite trail.'] },
    de: {
      flagged: [],
      fine: [],
      strong: [
        'Welche Farbe würdest du wählen?',
        'Sagt uns eure Meinung in den Kommentaren.',
        'Kommt ihr am Samstag zum Hoffest',
      ],
    },
    nl: {
      flagged: [],
      fine: [],
      strong: [
        'Welke kleur kies jij?',
        'Laat ons weten wat je ervan vindt.',
        'Gaan jullie mee naar de markt',
      ],
    },
  },
  check(doc) {
    const strengths: RawStrength[] = [];
    const openers = doc.find('questionOpeners');
    const openerAt = new Set(openers.map((m) => m.first));
    const leads = wordSet(doc.lang, 'imperativeLeads');
    const you = wordSet(doc.lang, 'you');
    const inverted = INVERTED_SUBJECT[doc.lang];
    let questions = 0;
    for (let s = 0; s < doc.sentences.length; s++) {
      const sentence = doc.sentences[s];
      if (!sentence || !hasWord(doc, sentence.first, sentence.last)) continue;
      const head = sentenceHead(doc, s, leads);
      // "Company??s" and "?Connections?" are broken quotes, not questions: a real question mark
      // ends a word, it does not sit inside one.
      // A title quotes its question: "Is Acme safer than Beta?: https://…", "“Is training the
      // answer?”" name an article or a panel, they ask the reader nothing.
      const after = doc.text[sentence.end] ?? '';
      const quoted = after === ':' || CLOSING_QUOTES.has(after);
      if (sentence.terminal.includes('?') && !LETTER_OR_DIGIT.test(after)) {
        if (quoted) continue;
        const rhetorical =
          isHeadlineQuestion(doc, sentence.first, sentence.last, you) ||
          hasRhetoricalOpener(doc, sentence.first, sentence.last);
        if (rhetorical) continue;
        strengths.push({
          kind: 'question',
          start: sentence.start,
          end: sentence.end,
          relief: questions === 0 ? 24 : 8,
        });
        questions += 1;
        continue;
      }
      if (head < 0) continue;
      const headToken = doc.tokens[head] as Token;
      const next = doc.tokens[head + 1];
      // Without its `?`, "What … " is a question only when it speaks to the reader ("What do you
      // think"); "What Back to the Future got right" and "WHO estimates …" are headlines.
      const opener =
        openerAt.has(head) &&
        headToken.norm !== HOW[doc.lang] &&
        headToken.text !== headToken.text.toUpperCase() &&
        mentions(doc, sentence.first, sentence.last, you);
      // The inverted pronoun counts only right after the sentence's first word: "Bitte kommt
      // ihr …" has a lead and is a request.
      const invertedQuestion =
        head === firstWord(doc, sentence.first, sentence.last) &&
        next?.kind === 'word' &&
        inverted.has(next.norm);
      if (opener || invertedQuestion) {
        // "What do you think" without the question mark, common on mobile keyboards.
        strengths.push({
          kind: 'question',
          start: sentence.start,
          end: sentence.end,
          relief: questions === 0 ? 12 : 4,
        });
        questions += 1;
      }
    }
    strengths.push(...strengthsFromMatches(doc, doc.find('invitations'), 'invitation', 24, { max: 2 }));
    return { strengths };
  },
};

/** Whether a rhetorical opener ("Did you know", "Wusstest du") stands anywhere in the sentence:
 * "Fact of the day - did you know that …?" */
function hasRhetoricalOpener(doc: Doc, first: number, last: number): boolean {
  const openers = RHETORICAL[doc.lang];
  for (let i = first; i + 1 < last; i++) {
    const a = doc.tokens[i] as Token;
    const b = doc.tokens[i + 1] as Token;
    if (a.kind !== 'word' || b.kind !== 'word') continue;
    if (openers.has(`${a.norm} ${b.norm}`)) return true;
    const c = doc.tokens[i + 2];
    if (c?.kind === 'word' && openers.has(`${a.norm} ${b.norm} ${c.norm}`)) return true;
  }
  return false;
}

function mentions(doc: Doc, first: number, last: number, words: ReadonlySet<string>): boolean {
  for (let i = first; i < last; i++) {
    const t = doc.tokens[i] as Token;
    if (t.kind === 'word' && words.has(t.norm)) return true;
  }
  return false;
}

function firstWord(doc: Doc, first: number, last: number): number {
  for (let i = first; i < last; i++) if (doc.tokens[i]?.kind === 'word') return i;
  return -1;
}
