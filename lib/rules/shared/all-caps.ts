import { decayed } from '../helpers';
import type { RawFinding, Rule } from '../types';

/**
 * SHOUTED words. Words of four letters or more in capitals; shorter ones are mostly
 * acronyms (EU, NYC, FAQ). A draft written entirely in capitals counts once, heavily.
 */
export const allCaps: Rule = {
  id: 'all-caps',
  score: 'pushiness',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: { flagged: ['This is HUGE. FREE shipping TODAY.'], fine: ['Our FAQ and the EU rules explain it.'] },
    de: { flagged: ['Nur HEUTE: GRATIS Versand.'], fine: ['Die FAQ erklärt die EU-Regeln.'] },
    nl: { flagged: ['Alleen VANDAAG: GRATIS verzending.'], fine: ['De FAQ legt de EU-regels uit.'] },
  },
  check(doc) {
    const findings: RawFinding[] = [];
    for (const t of doc.tokens) {
      if (t.kind !== 'word' || t.text.length < 4) continue;
      if (t.text !== t.text.toUpperCase() || t.text === t.text.toLowerCase()) continue;
      findings.push({ start: t.start, end: t.end, weight: decayed(7, findings.length, 0.8) });
      if (findings.length >= 8) break;
    }
    return { findings };
  },
};
