import type { Doc } from './doc';
import { wordSet } from './doc';
import { PROPER_NAMES } from './en/lexicon.generated';
import type { Token } from './tokenize';

let properNames: ReadonlySet<string> | undefined;

/** Short everyday words people shout in capitals; in capitals they are emphasis, not acronyms. */
const SHOUTED_WORDS = new Set(
  (
    'so no ok go be my me in on it is to do up an or at by if of as am he hi oh yes new now win won get buy all the and ' +
    'for not out off top hot big wow omg lol free sale only best love wait stop call text txt hurry wir ich und nur neu ' +
    'jetzt ja nee nu en de het ik top gratis'
  ).split(' '),
);

const CURRENCY = /^[$£€¥]$/;
/** Discount codes: SPRING24, WELCOME10 (letters and digits, capitals). */
const CODE = /^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{4,14}$/;
/** Dates and times written with digits: 21/05, 12.3., 9:30, 2026-11-23. */
const DIGIT_DATE = /^\d{1,4}[./:-]\d{1,2}(?:[./:-]\d{1,4})?$/;

export interface Concrete {
  /** Prices, percentages, quantities with units, dates and times (token indices). */
  numbers: number[];
  /** Discount-code-like tokens. */
  codes: number[];
  /** Month/weekday words. */
  dates: number[];
  /** Likely names of places, organisations and people. */
  names: number[];
}

/**
 * What makes a post concrete: numbers with a unit or currency, dates, codes and names. A
 * number that only opens a listicle ("17 Things …") is not information.
 */
export function findConcrete(doc: Doc): Concrete {
  const units = wordSet(doc.lang, 'units');
  const dateWords = wordSet(doc.lang, 'dateWords');
  const out: Concrete = { numbers: [], codes: [], dates: [], names: [] };
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'number') {
      if (i === 0 && tokens[1]?.kind === 'word' && !units.has(tokens[1].norm)) continue;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const isConcrete =
        (prev !== undefined && CURRENCY.test(prev.text)) ||
        (next !== undefined && (units.has(next.norm) || next.text === '%' || CURRENCY.test(next.text))) ||
        DIGIT_DATE.test(t.text) ||
        /\d(?:am|pm|h|k|m)$/i.test(t.text) ||
        (next !== undefined && dateWords.has(next.norm)) ||
        (prev !== undefined && dateWords.has(prev.norm)) ||
        // German and Dutch ordinal dates: "vom 3. bis 17. August".
        (next?.text === '.' && tokens[i + 2] !== undefined && dateWords.has((tokens[i + 2] as Token).norm)) ||
        // A count inside a sentence ("more than 90 civilians", "2 new routes"); only a number
        // that opens the draft is the listicle kind.
        (i > 0 && next !== undefined && next.kind === 'word') ||
        /^(1[89]|20)\d\d$/.test(t.text);
      if (isConcrete) out.numbers.push(i);
      continue;
    }
    if (t.kind !== 'word') continue;
    if (CODE.test(t.text)) out.codes.push(i);
    if (dateWords.has(t.norm)) out.dates.push(i);
    else if (isLikelyName(doc, i)) out.names.push(i);
  }
  return out;
}

function isLikelyName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i] as Token;
  const first = t.text[0] ?? '';
  const capital = first !== first.toLowerCase();
  if (!capital || t.text.length < 2) return false;
  if (t.text === t.text.toUpperCase()) {
    // Capitals: an acronym (EU, NASA, UNICEF) stands alone among normal words; a word in a
    // run of capitals, a long one or an everyday one is shouting ("ARE YOU READY", "GUARANTEED").
    const capsWord = (u: Token | undefined) =>
      u !== undefined && u.kind === 'word' && u.text.length >= 2 && u.text === u.text.toUpperCase();
    const inRun = capsWord(doc.tokens[i - 1]) || capsWord(doc.tokens[i + 1]);
    return (
      /^[A-Z]{2,5}s?$/.test(t.text) && !inRun && !SHOUTED_WORDS.has(t.norm) && !doc.pack.we.includes(t.norm)
    );
  }
  if (doc.lang === 'en') {
    properNames ??= new Set(PROPER_NAMES.split(' '));
    if (properNames.has(t.norm)) return true;
  }
  // German capitalizes every noun, and Headline Style capitalizes every word: there capitals
  // tell nothing, so only the lexicon and acronyms count.
  if (doc.lang === 'de' || doc.titleCase) return false;
  const sentence = doc.sentences[t.sentence];
  const prev = doc.tokens[i - 1];
  const atStart =
    !sentence ||
    sentence.first === i ||
    (prev !== undefined && prev.kind !== 'word' && prev.kind !== 'number' && prev.kind !== 'mention');
  return !atStart && t.norm !== 'i';
}
