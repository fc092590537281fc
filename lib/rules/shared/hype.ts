import { spanOf } from '../../nlp/doc';
import { decayed } from '../helpers';
import type { RawFinding, Rule } from '../types';

/**
 * "free" is hype as a promise to the reader ("FREE gift", "totally free"), not in a fixed term
 * of economics or law ("free cash flow", "free trade", "free speech") nor as "without"
 * ("feel free", "set free", "gluten free").
 */
const FREE_TERMS = new Set(
  `cash trade speech will agent agents agency kick kicks market markets press throw throws fall float flow
  radical radicals range zone software energy world spirit time weights style verse state states period rein
  election elections enterprise movement`.split(/\s+/),
);
const FREE_BEFORE = new Set(
  `feel set break breaks broke sets walk walks walked roam born gluten sugar fat lactose dairy nut smoke cruelty
  carbon duty tax toll hands interest rent debt crime drug alcohol`.split(/\s+/),
);

/** Hype and empty superlatives: "amazing", "revolutionary", "unglaublich", "geweldig". */
export const hype: Rule = {
  id: 'hype',
  score: 'pushiness',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [
        'Our amazing, revolutionary app is a total game changer.',
        'Get a FREE gift with every order!',
      ],
      fine: [
        'Our app now syncs your notes in under a second.',
        'Free cash flow rose 12% this quarter.',
        'Feel free to bring your dog.',
        'Our latest report is out.',
      ],
    },
    de: {
      flagged: ['Unsere unglaubliche, sensationelle App!'],
      fine: ['Unsere App synchronisiert jetzt in einer Sekunde.'],
    },
    nl: {
      flagged: ['Onze ongelooflijke, fantastische app!'],
      fine: ['Onze app synchroniseert nu binnen een seconde.'],
    },
  },
  check(doc) {
    const findings: RawFinding[] = [];
    for (const m of doc.find('hype')) {
      if (findings.length >= 6) break;
      const first = doc.tokens[m.first];
      if (first?.norm === 'free' && m.last === m.first + 1) {
        const next = doc.tokens[m.last];
        const before = doc.tokens[m.first - 1];
        if (next?.kind === 'word' && FREE_TERMS.has(next.norm)) continue;
        if (before?.kind === 'word' && FREE_BEFORE.has(before.norm)) continue;
      }
      const { start, end } = spanOf(doc, m.first, m.last);
      findings.push({ start, end, weight: decayed(8, findings.length, 0.8) });
    }
    return { findings };
  },
};
