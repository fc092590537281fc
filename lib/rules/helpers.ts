import { type Doc, type Lexicon, spanOf } from '../nlp/doc';
import { isEnglishInfinitive } from '../nlp/morphology';
import type { PatternMatch } from '../nlp/patterns';
import type { Token } from '../nlp/tokenize';
import type { StrengthKind } from '../scoring/types';
import type { RawFinding, RawStrength } from './types';

/**
 * Weight of the n-th hit of one rule (n from 0): each repeat counts, less each time, so
 * density matters ("Buy now! Order today! Sign up!") without one rule drowning the score.
 */
export function decayed(weight: number, n: number, decay = 0.7): number {
  return weight * decay ** n;
}

export function findingsFromMatches(
  doc: Doc,
  matches: readonly PatternMatch<unknown>[],
  weight: number,
  options: { decay?: number; max?: number } = {},
): RawFinding[] {
  const out: RawFinding[] = [];
  const max = options.max ?? 6;
  for (const m of matches) {
    if (out.length >= max) break;
    const { start, end } = spanOf(doc, m.first, m.last);
    out.push({ start, end, weight: decayed(weight, out.length, options.decay) });
  }
  return out;
}

/** Findings for every match of one lexicon. */
export function lexiconFindings(
  doc: Doc,
  name: Lexicon,
  weight: number,
  options: { decay?: number; max?: number } = {},
): RawFinding[] {
  return findingsFromMatches(doc, doc.find(name), weight, options);
}

/**
 * Cue words ("tip", "answer", "we can help") promise value; in a draft of a dozen words there
 * is rarely room to deliver it, so short drafts get a part of the relief. Concrete tokens
 * (prices, dates, names) are judged by the rules themselves, at any length.
 */
export function cueRelief(doc: Doc, relief: number): number {
  return doc.words >= 14 ? relief : relief * 0.45;
}

export function strengthsFromMatches(
  doc: Doc,
  matches: readonly PatternMatch<unknown>[],
  kind: StrengthKind,
  relief: number,
  options: { decay?: number; max?: number } = {},
): RawStrength[] {
  const out: RawStrength[] = [];
  const max = options.max ?? 3;
  for (const m of matches) {
    if (out.length >= max) break;
    const { start, end } = spanOf(doc, m.first, m.last);
    out.push({ kind, start, end, relief: decayed(relief, out.length, options.decay ?? 0.5) });
  }
  return out;
}

/** The index of the first word-like token of sentence `s`, skipping leading words in `skip`. */
export function sentenceHead(doc: Doc, sentence: number, skip: ReadonlySet<string>): number {
  const s = doc.sentences[sentence];
  if (!s) return -1;
  for (let i = s.first; i < s.last; i++) {
    const t = doc.tokens[i] as Token;
    if (t.kind === 'word' && !skip.has(t.norm)) return i;
    if (t.kind === 'number' || t.kind === 'url') return -1;
  }
  return -1;
}

/** The span of the last sentence that has a word: where a closing question would go. */
export function lastSentenceSpan(doc: Doc): { start: number; end: number } {
  for (let s = doc.sentences.length - 1; s >= 0; s--) {
    const sentence = doc.sentences[s];
    if (!sentence) continue;
    for (let i = sentence.first; i < sentence.last; i++) {
      if (doc.tokens[i]?.kind === 'word') return { start: sentence.start, end: sentence.end };
    }
  }
  return { start: 0, end: doc.text.length };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

const AUXILIARIES = new Set([
  'will',
  'would',
  'are',
  'is',
  'was',
  'were',
  'can',
  'could',
  'have',
  'has',
  'had',
  'may',
  'might',
  'must',
  'should',
  'shall',
  "won't",
  "can't",
  "don't",
  "doesn't",
  "isn't",
  "aren't",
]);

/**
 * Whether the English word at token `i` (a sentence head) is an imperative: an infinitive not
 * followed within three words by an auxiliary. "Store the beans in a jar" is one; "Store hours
 * will change" and "Loan periods will be extended" open with a noun phrase and are not.
 */
export function isEnglishImperativeHead(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word' || !isEnglishInfinitive(t.norm)) return false;
  for (let j = i + 1; j <= i + 3; j++) {
    const u = doc.tokens[j];
    if (!u || u.kind === 'punct') break;
    if (u.kind === 'word' && AUXILIARIES.has(u.norm)) return false;
  }
  return true;
}
