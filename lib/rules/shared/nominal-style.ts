import { decayed } from '../helpers';
import type { RawFinding, Rule } from '../types';

/**
 * Corporate style: abstract nouns (-tion, -ung, -heid …) where a verb would do
 * ("die Durchführung der Optimierung" instead of "wir verbessern"). Flags them when they
 * make up more than 12 % of the words of a draft of eight words or more.
 */
export const nominalStyle: Rule = {
  id: 'nominal-style',
  score: 'broadcast',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['The implementation of the optimization enables the acceleration of the transformation.'],
      fine: ['We made the app faster: pages now open in half the time.'],
    },
    de: {
      flagged: [
        'Die Durchführung der Optimierung unserer Prozesse ermöglicht eine Steigerung der Effizienz.',
      ],
      fine: ['Wir haben die App schneller gemacht: Seiten öffnen jetzt doppelt so schnell.'],
    },
    nl: {
      flagged: [
        'De uitvoering van de optimalisatie zorgt voor een verbetering van de efficiëntie en de dienstverlening.',
      ],
      fine: ['We hebben de app sneller gemaakt: pagina’s openen nu twee keer zo snel.'],
    },
  },
  check(doc) {
    if (doc.words < 8) return {};
    const suffixes = doc.pack.nominalSuffixes;
    const hits = doc.tokens.filter(
      (t) => t.kind === 'word' && t.norm.length >= 7 && suffixes.some((s) => t.norm.endsWith(s)),
    );
    if (hits.length < 2 || hits.length / doc.words <= 0.12) return {};
    const findings: RawFinding[] = hits.slice(0, 6).map((t, n) => ({
      start: t.start,
      end: t.end,
      weight: decayed(7, n, 0.8),
    }));
    return { findings };
  },
};
