import { findConcrete } from '../../nlp/concrete';
import { spanOf } from '../../nlp/doc';
import type { Token } from '../../nlp/tokenize';
import type { RawStrength, Rule } from '../types';

/**
 * A concrete deal: a discount, code, price or free shipping, made concrete by a number,
 * a code or a date. "Special offer!" alone is a promise, not a deal, and counts little.
 */
export const valueDeal: Rule = {
  id: 'value-deal',
  score: 'missingValue',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: { flagged: [], fine: [], strong: ['20% off all coats until Sunday with code WARM20.'] },
    de: { flagged: [], fine: [], strong: ['20 % Rabatt auf alle Mäntel bis Sonntag mit dem Code WARM20.'] },
    nl: { flagged: [], fine: [], strong: ['20% korting op alle jassen tot zondag met code WARM20.'] },
  },
  check(doc) {
    const deals = doc.find('deal');
    const concrete = findConcrete(doc);
    const hasConcrete = concrete.numbers.length + concrete.codes.length + concrete.dates.length > 0;
    const strengths: RawStrength[] = [];
    for (const m of deals.slice(0, 2)) {
      const span = spanOf(doc, m.first, m.last);
      strengths.push({
        kind: 'deal',
        ...span,
        relief: hasConcrete ? (strengths.length === 0 ? 45 : 10) : 12,
      });
    }
    // A price or a percentage is a deal even without a deal word ("Now €19").
    if (strengths.length === 0) {
      const price = concrete.numbers.find((i) => {
        const prev = doc.tokens[i - 1];
        const next = doc.tokens[i + 1];
        return (
          (prev && /^[$£€]$/.test(prev.text)) || (next && (next.text === '%' || /^[$£€]$/.test(next.text)))
        );
      });
      if (price !== undefined) {
        const t = doc.tokens[price] as Token;
        strengths.push({ kind: 'deal', start: t.start, end: t.end, relief: 25 });
      }
    }
    return { strengths };
  },
};
