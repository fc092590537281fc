import { spanOf } from '../../nlp/doc';
import type { Token } from '../../nlp/tokenize';
import { decayed, lexiconFindings, sentenceHead } from '../helpers';
import type { RawFinding, Rule } from '../types';

const FORWARD_REFERENCE: Record<string, ReadonlySet<string>> = {
  en: new Set(['this', 'these', "here's", 'here']),
  de: new Set(['dieser', 'diese', 'dieses', 'das']),
  nl: new Set(['dit', 'deze']),
};

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
    if (forward && first && forward.has(first.norm) && !findings.some((f) => f.start === first.start)) {
      const next = doc.tokens[head + 1];
      const span = spanOf(doc, head, next && next.kind === 'word' ? head + 2 : head + 1);
      findings.push({ ...span, weight: decayed(14, findings.length, 0.6), variant: 'forward' });
    }
    return { findings };
  },
};
