import { type Doc, spanOf, wordSet } from '../../nlp/doc';
import { isEnglishPresent3rd } from '../../nlp/morphology';
import type { Token } from '../../nlp/tokenize';
import { decayed, isEnglishImperativeHead, sentenceHead } from '../helpers';
import type { RawStrength, Rule } from '../types';

const MARKERS = new Set(['rt', 'mt']);
const NEGATIONS = new Set(["don't", 'never']);
const OBJECTS = new Set(['it', 'this', 'that', 'these', 'them', 'me', 'us', 'him', 'her']);

/** The first word after a quote prefix "RT @anna:" that starts at `i`, or -1. */
function afterQuote(doc: Doc, i: number, last: number, leads: ReadonlySet<string>): number {
  let j = i + 1;
  while (j < last) {
    const t = doc.tokens[j] as Token;
    if (t.kind === 'mention' || (t.kind === 'punct' && t.text === ':')) j += 1;
    else break;
  }
  while (j < last && (doc.tokens[j] as Token).kind === 'word' && leads.has((doc.tokens[j] as Token).norm))
    j += 1;
  return j < last && (doc.tokens[j] as Token).kind === 'word' ? j : -1;
}

/**
 * Whether the English sentence `s` opens with a request to the reader ("Try the oat one",
 * "Store the beans in a jar"). Sales verbs ("Buy now") and engagement bait ("Like and share to
 * win") are pushiness, not address; a word before a colon is a label ("Wed:", "Read more: …");
 * "Judge questions fairness" is a headline (subject + verb), "Model prisoners" a noun phrase.
 */
function englishRequestHead(
  doc: Doc,
  s: number,
  leads: ReadonlySet<string>,
  skip: ReadonlySet<number>,
): number {
  const sentence = doc.sentences[s];
  if (!sentence || doc.titleCase) return -1;
  let head = sentenceHead(doc, s, leads);
  // "RT @anna: Read this before Friday": the request is the quoted post's head.
  if (head >= 0 && MARKERS.has((doc.tokens[head] as Token).norm))
    head = afterQuote(doc, head, sentence.last, leads);
  if (head < 0 || skip.has(head)) return -1;
  // "Don't miss the light", "Never store coffee in the fridge": a negative imperative.
  const negated = NEGATIONS.has((doc.tokens[head] as Token).norm);
  const verb = negated ? head + 1 : head;
  if (!isEnglishImperativeHead(doc, verb)) return -1;
  if (negated) return head;
  if (wordSet(doc.lang, 'ctaVerbs').has((doc.tokens[head] as Token).norm)) return -1;
  let words = 0;
  for (let i = sentence.first; i < sentence.last; i++) if (doc.tokens[i]?.kind === 'word') words += 1;
  // "Model prisoners" is a noun phrase; "Read it", "Watch this" take a pronoun object.
  const object = doc.tokens[verb + 1];
  if (words < 3 && !(object?.kind === 'word' && OBJECTS.has(object.norm))) return -1;
  for (let i = head + 1; i <= head + 3 && i < sentence.last; i++) {
    const t = doc.tokens[i] as Token;
    if (t.kind === 'punct' && t.text === ':') return -1;
    if (t.kind === 'url') return -1;
  }
  const next = doc.tokens[head + 1];
  if (next?.kind === 'word' && isEnglishPresent3rd(next.norm)) return -1;
  return head;
}

/**
 * The post speaks to the reader: "you" and "your", a request ("please", "you should",
 * "lasst uns", "laten we") or an English imperative that asks the reader to do something.
 * Emits strengths only.
 */
export const addressesReader: Rule = {
  id: 'addresses-reader',
  score: 'broadcast',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [],
      fine: [],
      strong: [
        'Your order now ships in one day.',
        'Store the beans in a jar, away from the light.',
        'Please bring a bag.',
      ],
    },
    de: {
      flagged: [],
      fine: [],
      strong: ['Deine Bestellung kommt jetzt in einem Tag.', 'Bitte bringt eine Tasche mit.'],
    },
    nl: {
      flagged: [],
      fine: [],
      strong: ['Je bestelling komt nu binnen een dag.', 'Laten we samen opruimen.'],
    },
  },
  check(doc) {
    const you = wordSet(doc.lang, 'you');
    const strengths: RawStrength[] = [];
    for (const t of doc.tokens) {
      if (t.kind !== 'word' || !you.has(t.norm)) continue;
      // German "Sie"/"Ihr" are also "they"/"her": count them only when capitalized mid-sentence.
      if (
        doc.lang === 'de' &&
        (t.norm === 'sie' || t.norm === 'ihr' || t.norm === 'ihre') &&
        t.text[0] !== 'S' &&
        t.text[0] !== 'I'
      )
        continue;
      strengths.push({
        kind: 'addressesReader',
        start: t.start,
        end: t.end,
        relief: strengths.length === 0 ? 8 : 3,
      });
      if (strengths.length >= 3) break;
    }
    // Requests: the reader is asked to do something, which is address, if not an invitation.
    const requests: RawStrength[] = [];
    const push = (start: number, end: number) => {
      if (requests.length < 2) {
        requests.push({ kind: 'addressesReader', start, end, relief: decayed(8, requests.length, 0.5) });
      }
    };
    const asked = new Set<number>();
    for (const m of doc.find('requests')) {
      const { start, end } = spanOf(doc, m.first, m.last);
      push(start, end);
      asked.add((doc.tokens[m.first] as Token).sentence);
    }
    if (doc.lang === 'en') {
      const leads = wordSet(doc.lang, 'imperativeLeads');
      const bait = new Set([...doc.find('engagementBait'), ...doc.find('giveaway')].map((m) => m.first));
      for (let s = 0; s < doc.sentences.length; s++) {
        // "Please bring a bag" is one request, not two.
        if (asked.has(s)) continue;
        const head = englishRequestHead(doc, s, leads, bait);
        const t = doc.tokens[head];
        if (t) push(t.start, t.end);
      }
    }
    return { strengths: [...strengths, ...requests] };
  },
};
