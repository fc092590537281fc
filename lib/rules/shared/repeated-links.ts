import type { RawFinding, Rule } from '../types';

/** More than one link (or the same link twice) pushes the reader away from the post. */
export const repeatedLinks: Rule = {
  id: 'repeated-links',
  score: 'pushiness',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['Shop here https://a.example/x and here https://a.example/x'],
      fine: ['The full report: https://a.example/report'],
    },
    de: { flagged: ['Hier https://a.example/x und hier https://a.example/y'], fine: [] },
    nl: { flagged: ['Hier https://a.example/x en hier https://a.example/y'], fine: [] },
  },
  check(doc) {
    const links = doc.tokens.filter((t) => t.kind === 'url');
    const seen = new Set<string>();
    const findings: RawFinding[] = [];
    links.forEach((t, i) => {
      const dup = seen.has(t.norm);
      seen.add(t.norm);
      if (i === 0) return;
      findings.push({
        start: t.start,
        end: t.end,
        weight: dup ? 15 : 10,
        ...(dup ? { variant: 'same' } : {}),
      });
    });
    return { findings: findings.slice(0, 5) };
  },
};
