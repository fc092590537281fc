import type { Rule } from '../types';

/**
 * Below this much relief from value strengths, the draft is said to offer nothing concrete. A
 * short draft needs less: in "Open till 8pm today" one time is the whole message.
 */
const ENOUGH_VALUE = 40;
const enoughFor = (words: number) => Math.min(ENOUGH_VALUE, 8 + 4 * words);

/**
 * Nothing in it for the reader: no deal, tip, fact, help, benefit or privilege. Fires on any
 * draft with a word in it, short ones too ("New post!"); points at the first sentence. With some
 * value but less than enough ("Acme opens a store in Leeds") it fires weaker, in other words.
 */
export const noConcreteValue: Rule = {
  id: 'no-concrete-value',
  score: 'missingValue',
  level: 'warning',
  phase: 'absence',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['Exciting things are happening at our company!', 'New post!', 'Our shop in Leeds is great'],
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
    // Any draft with a word is read, however short: "New post!" or "Big news coming" offers
    // nothing, "Open till 8pm today" offers a time. (A bare link, "New blog post: https://…",
    // gives nothing in the post itself either.)
    if (doc.words === 0) return {};
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
    const enough = enoughFor(doc.words);
    if (relief >= enough) return {};
    const first = doc.sentences[0];
    if (!first) return {};
    // Graded: a draft with one small fact offers less than enough, not nothing, and says so.
    const weight = 60 * (1 - relief / enough);
    return {
      findings: [{ start: first.start, end: first.end, weight, ...(relief > 0 ? { variant: 'thin' } : {}) }],
    };
  },
};
