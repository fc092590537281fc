import { type Doc, spanOf, wordSet } from '../../nlp/doc';
import type { PatternMatch } from '../../nlp/patterns';
import type { Token } from '../../nlp/tokenize';
import { isEnglishImperativeHead, sentenceHead } from '../helpers';
import type { RawStrength, Rule } from '../types';

/** List items on their own lines: "1. …", "2) …", "- …", "• …", "→ …", "✅ …". */
const LIST_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[→•\-–*✅✔☑])[ \t]*\S[^\n]*/gmu;

/**
 * A tip or how-to in a how-to shape: a cue ("how to", "here's how", "3 ways to", "Tipp",
 * "So geht's", "Zo doe je") followed by its content (after a colon, or in the sentences after
 * it), a list of steps, or (English) two sentences that instruct with a non-sales imperative
 * ("Store the beans in a jar. Keep the jar dark."). A headline that only promises a tip ("How
 * To Get Rid Of Acne", "22 Tips For Hiking", "Here's how") gives none.
 */
export const valueTip: Rule = {
  id: 'value-tip',
  score: 'missingValue',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [],
      fine: [],
      strong: [
        'Tip: store your beans in an airtight jar, away from light.',
        'Winter care for your monstera:\n1. Water less\n2. Keep it away from the radiator',
      ],
    },
    de: {
      flagged: [],
      fine: [],
      strong: [
        'Tipp: Bewahre deine Bohnen luftdicht und dunkel auf.',
        "So geht's: Bohnen grob mahlen, mit kaltem Wasser aufgießen, über Nacht ziehen lassen.",
      ],
    },
    nl: {
      flagged: [],
      fine: [],
      strong: [
        'Tip: bewaar je bonen luchtdicht en donker.',
        'Zo bewaar je koffie het langst: luchtdicht, donker en niet in de koelkast.',
      ],
    },
  },
  check(doc) {
    const strengths: RawStrength[] = [];
    for (const m of doc.find('tip')) {
      if (strengths.length >= 2) break;
      if (!delivers(doc, m)) continue;
      strengths.push({
        kind: 'tip',
        ...spanOf(doc, m.first, m.last),
        relief: strengths.length === 0 ? 45 : 12,
      });
    }
    // A list of two or more items on their own lines delivers content.
    const items = [...doc.text.matchAll(LIST_ITEM)].filter((m) => wordsIn(m[0]) >= 2);
    const firstItem = items[0];
    if (firstItem && items.length >= 2) {
      strengths.push({
        kind: 'tip',
        start: firstItem.index,
        end: firstItem.index + firstItem[0].length,
        relief: 30,
      });
    }
    if (doc.lang === 'en') {
      const instructions = englishInstructions(doc);
      const first = instructions[0];
      if (first && instructions.length >= (strengths.length > 0 ? 1 : 2)) {
        strengths.push({ kind: 'tip', start: first.start, end: first.end, relief: 20 });
      }
    }
    return { strengths };
  },
};

function wordsIn(text: string): number {
  return text.match(/\p{L}+/gu)?.length ?? 0;
}

/** Words (not links, tags or emoji) in tokens [from, to). */
function countWords(doc: Doc, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (doc.tokens[i]?.kind === 'word') n += 1;
  return n;
}

/**
 * Whether the tip cue is followed by its content: three words or more after a colon in its
 * sentence ("Tip: store your beans …", "So geht's: …"), or a following sentence of four words
 * or more that is no link or sales line.
 */
function delivers(doc: Doc, m: PatternMatch<null>): boolean {
  const tokens = doc.tokens.slice(m.first, m.last);
  if (tokens.some((t) => t.kind === 'hashtag')) return false;
  const sentenceIndex = (doc.tokens[m.first] as Token).sentence;
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return false;
  for (let i = m.last; i < sentence.last; i++) {
    if (doc.tokens[i]?.text === ':') return countWords(doc, i + 1, sentence.last) >= 3;
  }
  // Content in the next sentence answers a cue that heads its own short sentence ("How to make
  // cold brew. Grind …"); a next line that ends on ":" or "?" promises more instead.
  if (countWords(doc, sentence.first, sentence.last) > 8) return false;
  const cta = wordSet(doc.lang, 'ctaVerbs');
  const following = doc.sentences[sentenceIndex + 1];
  if (!following || /[?:]$/.test(doc.text.slice(following.start, following.end).trimEnd())) return false;
  const head = doc.tokens[following.first];
  const hasLink = doc.tokens.slice(following.first, following.last).some((t) => t.kind === 'url');
  return countWords(doc, following.first, following.last) >= 4 && !hasLink && !(head && cta.has(head.norm));
}

/**
 * Sentences that instruct with a non-sales imperative ("Store the beans in a jar"). Not a
 * calendar or slogan head ("Wed: …", "Last chance, …"), not a shouted line ("…!") or a
 * question ("Want to quit?"), nor a sentence that sells, urges or begs ("Like and share to win").
 */
function englishInstructions(doc: Doc): Token[] {
  const cta = wordSet('en', 'ctaVerbs');
  const selling = new Set<number>();
  for (const name of ['ctaPhrases', 'urgency', 'engagementBait', 'giveaway'] as const)
    for (const m of doc.find(name)) selling.add((doc.tokens[m.first] as Token).sentence);
  const out: Token[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s];
    if (!sentence || selling.has(s) || /[!?]/.test(sentence.terminal)) continue;
    const head = sentenceHead(doc, s, new Set());
    const t = doc.tokens[head];
    const next = doc.tokens[head + 1];
    if (
      t &&
      isEnglishImperativeHead(doc, head) &&
      !cta.has(t.norm) &&
      next?.kind === 'word' &&
      sentence.last - head >= 4
    ) {
      out.push(t);
    }
  }
  return out;
}
