import { wordSet } from '../../nlp/doc';
import type { Token } from '../../nlp/tokenize';
import { decayed } from '../helpers';
import type { RawFinding, Rule } from '../types';

/** "We all", "wir alle", "wij allemaal": the reader is part of that "we". */
const ALL = new Set(['all', 'alle', 'allen', 'allemaal', 'samen', 'together', 'gemeinsam']);
/** "Let us", "join us", "lasst uns", "laten we": a suggestion to the reader, not the brand's ego. */
const HORTATIVE = new Set(['let', 'join', 'lasst', 'lass', 'lassen', 'laten']);

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
    // "Let's all recycle" and "we should" are suggestions that include the reader (measured on tweet
    // acts, where the rule fired more on suggestions than on statements before): the "we" of a
    // sentence with a request, "we all" or "let us" is the reader's too.
    const inclusive = new Set<number>();
    for (const m of doc.find('requests')) inclusive.add((doc.tokens[m.first] as Token).sentence);
    doc.tokens.forEach((t, i) => {
      if (t.kind !== 'word' || !we.has(t.norm)) return;
      const prev = doc.tokens[i - 1];
      const next = doc.tokens[i + 1];
      // "all of us", "each of us"
      const allOfUs = prev?.norm === 'of' && ['all', 'each'].includes(doc.tokens[i - 2]?.norm ?? '');
      if (
        allOfUs ||
        (prev?.kind === 'word' && HORTATIVE.has(prev.norm)) ||
        (next?.kind === 'word' && ALL.has(next.norm))
      )
        inclusive.add(t.sentence);
    });
    // "US" in capitals is the country, not "us".
    const weTokens = doc.tokens.filter(
      (t) => t.kind === 'word' && we.has(t.norm) && t.text !== 'US' && !inclusive.has(t.sentence),
    );
    // A reply ("@anna we've passed it on") is addressed to the person it opens with: the handle
    // counts as a "you".
    const opening = doc.tokens.find((t) => t.kind !== 'punct');
    const youCount = doc.tokens.reduce(
      (n, t) =>
        n + ((t.kind === 'word' && you.has(t.norm)) || (t === opening && t.kind === 'mention') ? 1 : 0),
      0,
    );
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
