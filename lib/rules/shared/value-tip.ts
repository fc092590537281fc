import { spanOf, wordSet } from '../../nlp/doc';
import type { Token } from '../../nlp/tokenize';
import { isEnglishImperativeHead, sentenceHead } from '../helpers';
import type { RawStrength, Rule } from '../types';

/**
 * A tip or how-to: "how to", "Tipp:", "zo doe je dat", numbered steps, or (English)
 * sentences that instruct with a non-sales imperative ("Store the beans in a jar").
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
    de: { flagged: [], fine: [], strong: ['Tipp: Bewahre deine Bohnen luftdicht und dunkel auf.'] },
    nl: { flagged: [], fine: [], strong: ['Tip: bewaar je bonen luchtdicht en donker.'] },
  },
  check(doc) {
    // A headline that only promises a tip ("How To Get Rid Of Acne", "22 Tips For Hiking")
    // is a promise, not a tip: a one-sentence draft of under 14 words that opens with the cue
    // gets a fraction of the relief. "Tip: …" with the tip after the colon delivers it.
    const strengths: RawStrength[] = doc
      .find('tip')
      .slice(0, 2)
      .map((m, n) => {
        const { start, end } = spanOf(doc, m.first, m.last);
        const next = doc.tokens[m.last];
        const delivers = doc.sentences.length > 1 || next?.text === ':' || doc.words >= 14;
        const relief = !delivers && m.first <= 2 ? 12 : n === 0 ? 45 : 12;
        return { kind: 'tip' as const, start, end, relief };
      });
    // A list of two or more items on their own lines (1. 2. / → / - / •) delivers content.
    const item = /^[ \t]*(?:\d{1,2}[.)]|[→•\-–*✅👉]|\p{Extended_Pictographic})[ \t]*\S/gmu;
    const items = [...doc.text.matchAll(item)];
    const firstItem = items[0];
    if (firstItem && items.length >= 2) {
      const lineEnd = doc.text.indexOf('\n', firstItem.index);
      strengths.push({
        kind: 'tip',
        start: firstItem.index,
        end: lineEnd < 0 ? doc.text.length : lineEnd,
        relief: 30,
      });
    }
    if (doc.lang === 'en') {
      const cta = wordSet('en', 'ctaVerbs');
      const instructions: Token[] = [];
      for (let s = 0; s < doc.sentences.length; s++) {
        const head = sentenceHead(doc, s, new Set());
        const t = doc.tokens[head];
        if (
          t &&
          isEnglishImperativeHead(doc, head) &&
          !cta.has(t.norm) &&
          (doc.sentences[s]?.last ?? 0) - head >= 4
        ) {
          instructions.push(t);
        }
      }
      const first = instructions[0];
      if (first && instructions.length >= (strengths.length > 0 ? 1 : 2)) {
        strengths.push({ kind: 'tip', start: first.start, end: first.end, relief: 20 });
      }
    }
    return { strengths };
  },
};
