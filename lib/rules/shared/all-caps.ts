import { decayed } from '../helpers';
import type { RawFinding, Rule } from '../types';

/**
 * SHOUTED words: words of four letters or more in capitals, and shorter ones when they come
 * in a run ("BUY NOW"); a lone short word in capitals is mostly an acronym (EU, NYC, FAQ).
 */
export const allCaps: Rule = {
  id: 'all-caps',
  score: 'pushiness',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['This is HUGE. FREE shipping TODAY.'],
      fine: ['Our FAQ and the EU rules explain it.', 'Meet us at the NYC store.'],
    },
    de: { flagged: ['Nur HEUTE: GRATIS Versand.'], fine: ['Die FAQ erklärt die EU-Regeln.'] },
    nl: { flagged: ['Alleen VANDAAG: GRATIS verzending.'], fine: ['De FAQ legt de EU-regels uit.'] },
  },
  check(doc) {
    const findings: RawFinding[] = [];
    const words = doc.tokens.filter((t) => t.kind === 'word');
    const caps = words.map(
      // Discount codes (WARM20) carry digits and are information, not shouting.
      (t) =>
        t.text.length >= 2 &&
        t.text === t.text.toUpperCase() &&
        t.text !== t.text.toLowerCase() &&
        !/\d/.test(t.text),
    );
    words.forEach((t, i) => {
      if (!caps[i] || findings.length >= 8) return;
      // Short words shout too when they come in a run ("BUY NOW"); alone they are acronyms.
      const inRun = (caps[i - 1] === true || caps[i + 1] === true) && t.text.length >= 3;
      if (t.text.length >= 4 || inRun) {
        findings.push({ start: t.start, end: t.end, weight: decayed(7, findings.length, 0.8) });
      }
    });
    return { findings };
  },
};
