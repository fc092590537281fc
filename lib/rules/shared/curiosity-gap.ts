import { spanOf, wordSet } from '../../nlp/doc';
import type { Token } from '../../nlp/tokenize';
import { decayed, lexiconFindings, sentenceHead } from '../helpers';
import type { RawFinding, Rule } from '../types';

const FORWARD_REFERENCE: Record<string, ReadonlySet<string>> = {
  en: new Set(['this', 'these', "here's", 'here']),
  // German "das" is also the article, so only the demonstratives count.
  de: new Set(['dieser', 'diese', 'dieses']),
  nl: new Set(['dit', 'deze']),
};

const TIME_NOUNS = new Set([
  'week',
  'weekend',
  'morning',
  'evening',
  'month',
  'year',
  'summer',
  'winter',
  'spring',
  'autumn',
  'fall',
  'woche',
  'wochenende',
  'monat',
  'jahr',
  'sommer',
  'morgen',
  'abend',
  'maand',
  'jaar',
  'zomer',
  'ochtend',
  'avond',
]);

/**
 * Teasers that withhold the point ("You won't believe what happened", "stay tuned"), and
 * headlines that open on "This …"/"These …" pointing at something the post never says
 * (cataphora, the classic clickbait device).
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
      ],
      fine: ['Our bakery now opens at 7 on Sundays.'],
    },
    de: {
      flagged: ['Du wirst nicht glauben, was dann passiert ist'],
      fine: ['Unsere Bäckerei öffnet sonntags um 7 Uhr.'],
    },
    nl: {
      flagged: ['Je raadt nooit wat er daarna gebeurde'],
      fine: ['Onze bakkerij gaat zondag om 7 uur open.'],
    },
  },
  check(doc) {
    const findings: RawFinding[] = lexiconFindings(doc, 'teasers', 24, { decay: 0.6, max: 4 });
    const forward = FORWARD_REFERENCE[doc.lang];
    const head = sentenceHead(doc, 0, new Set());
    const first = doc.tokens[head] as Token | undefined;
    const next = doc.tokens[head + 1];
    // "This Saturday", "Diese Woche", "Deze week" name a time, not a withheld thing.
    const namesTime =
      next !== undefined && (wordSet(doc.lang, 'dateWords').has(next.norm) || TIME_NOUNS.has(next.norm));
    if (
      forward &&
      first &&
      forward.has(first.norm) &&
      !namesTime &&
      !findings.some((f) => f.start === first.start)
    ) {
      const span = spanOf(doc, head, next && next.kind === 'word' ? head + 2 : head + 1);
      findings.push({ ...span, weight: decayed(14, findings.length, 0.6), variant: 'forward' });
    }
    return { findings };
  },
};
