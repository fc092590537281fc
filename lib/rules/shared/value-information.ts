import { findConcrete } from '../../nlp/concrete';
import { isEnglishPresent3rd } from '../../nlp/morphology';
import type { Token } from '../../nlp/tokenize';
import { strengthsFromMatches } from '../helpers';
import type { RawStrength, Rule } from '../types';

/** "is", "has", "does" carry no report by themselves. */
const AUXILIARIES = new Set(['is', 'has', 'does', 'was', 'goes', 'gets', 'seems', 'looks']);

/**
 * Information the reader did not have: quantities with units, prices, dates and times,
 * names of places and organisations, explanations ("because", "according to").
 */
export const valueInformation: Rule = {
  id: 'value-information',
  score: 'missingValue',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [],
      fine: [],
      strong: ['Our Utrecht store opens at 8am from Monday, because you asked for it.'],
    },
    de: {
      flagged: [],
      fine: [],
      strong: ['Unser Laden in Köln öffnet ab Montag um 8 Uhr, weil ihr danach gefragt habt.'],
    },
    nl: {
      flagged: [],
      fine: [],
      strong: ['Onze winkel in Utrecht gaat vanaf maandag om 8 uur open, omdat jullie erom vroegen.'],
    },
  },
  check(doc) {
    const concrete = findConcrete(doc);
    const strengths: RawStrength[] = [];
    const push = (indices: number[], relief: number, max: number) => {
      for (const i of indices.slice(0, max)) {
        const t = doc.tokens[i] as Token;
        strengths.push({
          kind: 'fact',
          start: t.start,
          end: t.end,
          relief: relief / (1 + strengths.length * 0.5),
        });
      }
    };
    push(concrete.numbers, 25, 3);
    push(concrete.dates, 18, 2);
    push(concrete.names, 18, 3);
    strengths.push(...strengthsFromMatches(doc, doc.find('information'), 'fact', 12, { max: 2 }));
    if (doc.lang === 'en') {
      // "The store opens at 8", "Update fixes the sync bug": a report of what something does.
      const report = doc.tokens.find(
        (t, i) =>
          t.kind === 'word' &&
          i > 0 &&
          doc.tokens[i - 1]?.kind === 'word' &&
          !AUXILIARIES.has(t.norm) &&
          isEnglishPresent3rd(t.norm),
      );
      const counted = report && strengths.some((x) => x.start <= report.start && report.end <= x.end);
      if (report && !counted)
        strengths.push({ kind: 'fact', start: report.start, end: report.end, relief: 10 });
    }
    return { strengths };
  },
};
