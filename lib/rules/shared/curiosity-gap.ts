import { findConcrete } from '../../nlp/concrete';
import { type Doc, spanOf, wordSet } from '../../nlp/doc';
import { SUPERLATIVES } from '../../nlp/en/lexicon.generated';
import type { Token } from '../../nlp/tokenize';
import type { Language } from '../../scoring/types';
import { decayed, lexiconFindings } from '../helpers';
import type { RawFinding, Rule } from '../types';

const FORWARD_REFERENCE: Record<Language, ReadonlySet<string>> = {
  en: new Set(['this', 'these', "here's", 'here']),
  // German "das" is also the article, so only the demonstratives count.
  de: new Set(['dieser', 'diese', 'dieses', 'diesen']),
  nl: new Set(['dit', 'deze']),
};

const TIME_NOUNS = new Set(
  (
    'week weekend morning evening afternoon month year summer winter spring autumn fall season time ' +
    'woche wochenende monat jahr sommer winter frühling herbst morgen abend saison zeit ' +
    'maand jaar zomer winter lente herfst ochtend middag avond seizoen keer tijd'
  ).split(' '),
);

/**
 * Words that make a sentence hold back its point: questions it raises ("what", "why"), the
 * reader's reaction promised in the future or as a duty ("will", "must", "wirst", "moet").
 */
const WITHHOLDING: Record<Language, ReadonlySet<string>> = {
  en: new Set("what why how who which will won't can't could would must should need needs 'll".split(' ')),
  de: new Set(
    'was warum wieso weshalb wie wer welche welcher welches wirst werdet musst müsst solltest solltet'.split(
      ' ',
    ),
  ),
  nl: new Set('wat waarom hoe wie welke zal zult zullen moet moeten moest'.split(' ')),
};

/**
 * The reader addressed. German "ihr"/"Sie" and Dutch "ze" also mean "her"/"they", so they are
 * left out here.
 */
const SECOND_PERSON: Record<Language, ReadonlySet<string>> = {
  en: new Set(['you', 'your', "you're", "you'll", "you've", 'yourself', 'ya']),
  de: new Set('du dich dir dein deine deinen deinem deiner euch euer eure euren eurem'.split(' ')),
  nl: new Set('je jij jou jouw jullie u uw'.split(' ')),
};

/** Openers of an embedded question that the post does not answer: "Why we switched to oat milk". */
const WH_OPENERS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['why', 'how', 'what', 'who', 'which', 'where', 'when']),
  de: new Set(['warum', 'wieso', 'weshalb']),
  nl: new Set(['waarom']),
};
/**
 * German and Dutch "wie", "was", "hoe", "wat" also compare and exclaim ("Was für ein Tag",
 * "wie immer"): they open an embedded question only before its subject ("Wie wir rösten",
 * "Wat je moet weten").
 */
const WH_WITH_SUBJECT: Record<Language, ReadonlySet<string>> = {
  en: new Set(),
  de: new Set(['wie', 'was', 'wer', 'wo', 'welche', 'welcher', 'welches']),
  nl: new Set(['hoe', 'wat', 'wie', 'waar', 'welke']),
};
const SUBJECTS: Record<Language, ReadonlySet<string>> = {
  en: new Set(),
  de: new Set('wir du ihr man es unser unsere unser unseren dein deine euer eure'.split(' ')),
  nl: new Set('we wij je jij jullie u ze het onze ons jouw'.split(' ')),
};

/** Third-person pronouns that open a draft about someone it never names: "She did it again". */
const UNNAMED: Record<Language, ReadonlySet<string>> = {
  en: new Set(['he', 'she', 'they', "he's", "she's", "they're", 'his', 'her', 'their']),
  de: new Set(['er']),
  nl: new Set(['hij', 'zij']),
};

let superlatives: ReadonlySet<string> | undefined;

/**
 * Teasers that withhold the point, in four shapes:
 * - teaser phrases: "You won't believe what happened next", "stay tuned", "Du wirst staunen";
 * - a pointer at something the post never says ("This Trick Will Change Your Life", "Diese 5
 *   Tricks wirst du lieben"): "this"/"these"/"diese"/"deze" + a word, in a sentence that also
 *   holds back (a number, the reader addressed, a question word, a promise, a superlative).
 *   "Diese Jacke ist warm und leicht" describes what it points at, and "This Saturday" is a date;
 * - an embedded question it does not answer: "Why we switched to oat milk", "How to fix it";
 * - a draft that opens on "he"/"she" and never names them ("She did it again").
 */
export const curiosityGap: Rule = {
  id: 'curiosity-gap',
  score: 'missingValue',
  level: 'warning',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [
        "You won't believe what happened next",
        'Big news coming… stay tuned 👀',
        'This Trick Will Change Your Life',
        'These 2 hidden iPhone features will change how you text',
        'Why we switched every store to oat milk',
      ],
      fine: [
        'Our bakery now opens at 7 on Sundays.',
        'This jacket is made from 12 recycled bottles.',
        'How to keep basil alive: water it from below and pinch off the flowers.',
      ],
    },
    de: {
      flagged: [
        'Du wirst nicht glauben, was dann passiert ist',
        'Diese 5 Tricks wirst du lieben',
        'Dieses Video musst du sehen',
      ],
      fine: [
        'Unsere Bäckerei öffnet sonntags um 7 Uhr.',
        'Diese Jacke ist warm und einfach zu pflegen.',
        'Diese Woche haben wir länger geöffnet.',
      ],
    },
    nl: {
      flagged: ['Je raadt nooit wat er daarna gebeurde', 'Deze 5 trucs ga je geweldig vinden, wat denk je?'],
      fine: ['Onze bakkerij gaat zondag om 7 uur open.', 'Deze jas is warm en makkelijk te wassen.'],
    },
  },
  check(doc) {
    const findings: RawFinding[] = lexiconFindings(doc, 'teasers', 24, { decay: 0.6, max: 4 });
    const add = (start: number, end: number, weight: number, variant?: string) => {
      if (findings.some((f) => f.start < end && start < f.end)) return;
      findings.push({
        start,
        end,
        weight: decayed(weight, findings.length, 0.6),
        ...(variant ? { variant } : {}),
      });
    };
    const pointer = forwardReference(doc);
    if (pointer) add(pointer.start, pointer.end, 14, 'forward');
    const question = unansweredQuestion(doc);
    if (question) add(question.start, question.end, 14);
    const pronoun = unnamedSubject(doc);
    if (pronoun) add(pronoun.start, pronoun.end, 10, 'forward');
    return { findings };
  },
};

/**
 * The first "this"/"these" + word of the first sentence, when that sentence holds back what it
 * points at. Later on, "diese"/"these" mostly point back at what was said (anaphora).
 */
function forwardReference(doc: Doc): { start: number; end: number } | undefined {
  const forward = FORWARD_REFERENCE[doc.lang];
  const dateWords = wordSet(doc.lang, 'dateWords');
  // German and Dutch demonstratives point back at what was said unless they open the draft.
  const end =
    doc.lang === 'en' ? (doc.sentences[0]?.last ?? 0) : doc.tokens.findIndex((t) => t.kind === 'word') + 1;
  for (let i = 0; i < end; i++) {
    const t = doc.tokens[i] as Token;
    if (t.kind !== 'word' || !forward.has(t.norm)) continue;
    const next = doc.tokens[i + 1];
    if (!next || (next.kind !== 'word' && next.kind !== 'number')) continue;
    // "This Saturday", "Diese Woche", "Deze week" name a time, not a withheld thing.
    if (next.kind === 'word' && (dateWords.has(next.norm) || TIME_NOUNS.has(next.norm))) continue;
    // German "diese werden …" is a pronoun; the pointer is "Diese Tricks", "Dieses Video".
    if (doc.lang === 'de' && next.kind === 'word' && next.text[0] === next.norm[0]) continue;
    if (next.kind === 'number' || holdsBack(doc, t.sentence, i + 2)) return spanOf(doc, i, i + 2);
  }
  return undefined;
}

/** Whether sentence `s` holds back its point after token `from`. */
function holdsBack(doc: Doc, s: number, from: number): boolean {
  const sentence = doc.sentences[s];
  if (!sentence) return false;
  const you = SECOND_PERSON[doc.lang];
  const withholding = WITHHOLDING[doc.lang];
  superlatives ??= new Set(SUPERLATIVES.split(' '));
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = doc.tokens[i] as Token;
    if (t.kind !== 'word') continue;
    if (you.has(t.norm)) return true;
    if (i >= from && (withholding.has(t.norm) || (doc.lang === 'en' && superlatives.has(t.norm))))
      return true;
    // "you'll", "it'll": the contraction is the future.
    if (i >= from && t.norm.endsWith("'ll")) return true;
  }
  return false;
}

/**
 * A draft that opens on an embedded question ("Why we switched to oat milk", "How the new
 * line came together") and answers it neither after a colon nor in a following sentence. A real
 * question ("Why not try it?") invites a reply instead, and "What a day!" exclaims.
 */
function unansweredQuestion(doc: Doc): { start: number; end: number } | undefined {
  const first = doc.sentences[0];
  const head = first ? doc.tokens.findIndex((t, i) => i >= first.first && t.kind === 'word') : -1;
  const t = doc.tokens[head];
  if (!first || !t || t.sentence !== 0) return undefined;
  const after = doc.tokens[head + 1];
  const opens =
    WH_OPENERS[doc.lang].has(t.norm) ||
    (WH_WITH_SUBJECT[doc.lang].has(t.norm) && after !== undefined && SUBJECTS[doc.lang].has(after.norm));
  if (!opens) return undefined;
  if (/[?!]/.test(first.terminal) || doc.sentences.length > 1) return undefined;
  for (let i = head + 1; i < first.last; i++) {
    const u = doc.tokens[i] as Token;
    if (u.text === ':' && doc.tokens.slice(i + 1, first.last).filter((x) => x.kind === 'word').length >= 3)
      return undefined;
  }
  const next = doc.tokens[head + 1];
  return spanOf(doc, head, next?.kind === 'word' ? head + 2 : head + 1);
}

/** "She did it again", "He knows": a draft that opens on a pronoun and names no one. */
function unnamedSubject(doc: Doc): { start: number; end: number } | undefined {
  const head = doc.tokens.findIndex((t) => t.kind === 'word');
  const t = doc.tokens[head];
  if (!t || !UNNAMED[doc.lang].has(t.norm) || t.text[0] === t.norm[0]) return undefined;
  if (findConcrete(doc).names.length > 0 || doc.tokens.some((u) => u.kind === 'mention')) return undefined;
  return { start: t.start, end: t.end };
}
