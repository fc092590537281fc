import { decayed } from '../helpers';
import type { RawFinding, Rule } from '../types';

/** "!!!" shouts; one "!" is fine, every further one pushes a little more. */
export const exclamationMarks: Rule = {
  id: 'exclamation-marks',
  score: 'pushiness',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: { flagged: ['Big sale!!!', 'New! Better! Faster! Cheaper!'], fine: ['Happy Friday, everyone!'] },
    de: { flagged: ['Großer Sale!!!'], fine: ['Schönes Wochenende!'] },
    nl: { flagged: ['Grote uitverkoop!!!'], fine: ['Fijn weekend!'] },
  },
  check(doc) {
    const findings: RawFinding[] = [];
    let singles = 0;
    for (const t of doc.tokens) {
      if (t.kind !== 'punct' || !t.text.includes('!')) continue;
      const marks = [...t.text].filter((c) => c === '!').length;
      if (marks >= 2) {
        findings.push({
          start: t.start,
          end: t.end,
          weight: decayed(10, findings.length, 0.8),
          variant: 'run',
        });
      } else {
        singles += 1;
        if (singles >= 2)
          findings.push({ start: t.start, end: t.end, weight: decayed(4, findings.length, 0.85) });
      }
      if (findings.length >= 8) break;
    }
    return { findings };
  },
};
