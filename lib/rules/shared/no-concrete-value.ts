import type { Rule } from '../types';

/** Below this much relief from value strengths, the draft is said to offer nothing concrete. */
const ENOUGH_VALUE = 40;

/**
 * Nothing in it for the reader: no deal, tip, fact, help, benefit or privilege. Fires on
 * drafts of four words or more, and on a link with a word or two around it; points at the
 * first sentence.
 */
export const noConcreteValue: Rule = {
  id: 'no-concrete-value',
  score: 'missingValue',
  level: 'warning',
  phase: 'absence',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['Exciting things are happening at our company!'],
      fine: ['Tip: water your basil from below, it stops the leaves from rotting.'],
    },
    de: {
      flagged: ['Bei uns passieren gerade spannende Dinge!'],
      fine: ['20 % Rabatt auf alle Mäntel bis Sonntag.'],
    },
    nl: {
      flagged: ['Er gebeuren spannende dingen bij ons!'],
      fine: ['20% korting op alle jassen tot zondag.'],
    },
  },
  check(doc, context) {
    // A bare link ("New blog post: https://…") gives nothing in the post itself, however short.
    const hasLink = doc.tokens.some((t) => t.kind === 'url');
    if (doc.words < 4 && !(hasLink && doc.words >= 1)) return {};
    const relief = context.strengths
      .filter(
        (s) =>
          s.kind === 'deal' ||
          s.kind === 'tip' ||
          s.kind === 'fact' ||
          s.kind === 'help' ||
          s.kind === 'privilege' ||
          s.kind === 'benefit',
      )
      .reduce((sum, s) => sum + s.relief, 0);
    if (relief >= ENOUGH_VALUE) return {};
    const first = doc.sentences[0];
    if (!first) return {};
    return { findings: [{ start: first.start, end: first.end, weight: 60 }] };
  },
};
