import { wordSet } from '../../nlp/doc';
import { decayed } from '../helpers';
import type { RawFinding, Rule } from '../types';

/**
 * A post about "we, us, our" with little or no "you" reads as the brand talking to itself.
 * Flags the we-words when they outnumber the you-words two to one (and there are at least two).
 */
export const weCentred: Rule = {
  id: 'we-centred',
  score: 'broadcast',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['We launched our new store and we are proud of our team.'],
      fine: ['We made this for you: your order now ships in one day.', 'Our team fixed it.'],
    },
    de: {
      flagged: ['Wir haben unseren neuen Shop eröffnet und wir sind stolz auf unser Team.'],
      fine: ['Wir haben das für dich gemacht: deine Bestellung kommt jetzt in einem Tag.'],
    },
    nl: {
      flagged: ['Wij hebben onze nieuwe winkel geopend en wij zijn trots op ons team.'],
      fine: ['We hebben dit voor jou gemaakt: je bestelling komt nu binnen een dag.'],
    },
  },
  check(doc) {
    const we = wordSet(doc.lang, 'we');
    const you = wordSet(doc.lang, 'you');
    // "US" in capitals is the country, not "us".
    const weTokens = doc.tokens.filter((t) => t.kind === 'word' && we.has(t.norm) && t.text !== 'US');
    const youCount = doc.tokens.reduce((n, t) => n + (t.kind === 'word' && you.has(t.norm) ? 1 : 0), 0);
    if (weTokens.length < 2 || weTokens.length < 2 * Math.max(1, youCount)) {
      return {};
    }
    const perWord = youCount === 0 ? 9 : 5;
    const findings: RawFinding[] = weTokens.slice(0, 6).map((t, n) => ({
      start: t.start,
      end: t.end,
      weight: decayed(perWord, n, 0.8),
      args: [String(weTokens.length), String(youCount)],
    }));
    return { findings };
  },
};
