import { findConcrete } from '../../nlp/concrete';
import { spanOf } from '../../nlp/doc';
import type { PatternMatch } from '../../nlp/patterns';
import type { Token } from '../../nlp/tokenize';
import type { RawStrength, Rule } from '../types';

/**
 * Deal phrases that are a deal shape by themselves: a number or percentage in the phrase
 * ("20% off", "save $5", "bis zu 30"), free shipping or a free trial, half price, two for one.
 */
const SELF_CONCRETE =
  /<num>|%|free|gratis|kostenlos|versandkostenfrei|portofrei|half|halbe|halber|halben|halve|helft|bogo|buy one|geen verzendkosten/;

/**
 * A concrete deal: a discount, code, price or free shipping in a deal shape. "Special offer!",
 * "Big sale" and a #sale or #deal hashtag are promises, not deals: a deal word counts only with
 * a price, a percentage or a code in its sentence, or when the phrase is concrete by itself.
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
    const concrete = findConcrete(doc);
    // Sentences that hold a price, a percentage or a discount code.
    const priced = new Set<number>();
    for (const i of [...concrete.prices, ...concrete.percents, ...concrete.codes])
      priced.add((doc.tokens[i] as Token).sentence);
    const isDeal = (m: PatternMatch<null>) => {
      const tokens = doc.tokens.slice(m.first, m.last);
      if (tokens.some((t) => t.kind === 'hashtag')) return false;
      return SELF_CONCRETE.test(m.source) || priced.has((tokens[0] as Token).sentence);
    };
    const strengths: RawStrength[] = [];
    for (const m of doc.find('deal').filter(isDeal).slice(0, 2)) {
      strengths.push({
        kind: 'deal',
        ...spanOf(doc, m.first, m.last),
        relief: strengths.length === 0 ? 45 : 10,
      });
    }
    // A price or a percentage is a deal even without a deal word ("Now €19").
    const price = [...concrete.prices, ...concrete.percents].sort((a, b) => a - b)[0];
    if (strengths.length === 0 && price !== undefined) {
      const t = doc.tokens[price] as Token;
      strengths.push({ kind: 'deal', start: t.start, end: t.end, relief: 25 });
    }
    return { strengths };
  },
};
