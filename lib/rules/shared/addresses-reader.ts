import { wordSet } from '../../nlp/doc';
import type { RawStrength, Rule } from '../types';

/** "You" and "your": the post is about the reader. Emits strengths only. */
export const addressesReader: Rule = {
  id: 'addresses-reader',
  score: 'broadcast',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: { flagged: [], fine: [], strong: ['Your order now ships in one day.'] },
    de: { flagged: [], fine: [], strong: ['Deine Bestellung kommt jetzt in einem Tag.'] },
    nl: { flagged: [], fine: [], strong: ['Je bestelling komt nu binnen een dag.'] },
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
    return { strengths };
  },
};
