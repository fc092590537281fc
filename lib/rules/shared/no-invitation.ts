import { wordSet } from '../../nlp/doc';
import { lastSentenceSpan } from '../helpers';
import type { Rule } from '../types';

/**
 * A post that never asks, invites or addresses the reader is a one-way broadcast. Fires on
 * drafts of four words or more with no question and no invitation; points at the last
 * sentence, where a closing question would go. It weighs more when nobody speaks at all
 * (no I, we or you: the voice of a news wire) and when the post hands out a link instead of
 * starting a conversation.
 */
export const noInvitation: Rule = {
  id: 'no-invitation',
  score: 'broadcast',
  level: 'suggestion',
  phase: 'absence',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['Our new autumn collection is now in stores.'],
      fine: [
        'Our new autumn collection is in stores. Which piece is your favourite?',
        'Tell us what you think.',
      ],
    },
    de: {
      flagged: ['Unsere neue Herbstkollektion ist ab sofort im Handel erhältlich.'],
      fine: ['Unsere neue Herbstkollektion ist da. Welches Teil gefällt dir am besten?'],
    },
    nl: {
      flagged: ['Onze nieuwe herfstcollectie ligt vanaf vandaag in de winkels.'],
      fine: ['Onze nieuwe herfstcollectie ligt in de winkels. Welk stuk vind jij het mooist?'],
    },
  },
  check(doc, context) {
    if (doc.words < 4) return {};
    // A question, thanks, an apology or a greeting is a turn in a conversation, not a broadcast.
    // A bare reply ("@anna Our store opens at 9.") is addressed to one person, but what it says
    // can still be a one-way statement (brands answer dozens of people with the same press
    // line), so the @handle alone halves the weight instead of silencing the rule.
    const opening = doc.tokens.find((t) => t.kind !== 'punct');
    const isReplyHandle = (s: { start: number }) => opening?.kind === 'mention' && s.start === opening.start;
    const conversational = context.strengths.some(
      (s) =>
        s.kind === 'question' || s.kind === 'invitation' || (s.kind === 'conversation' && !isReplyHandle(s)),
    );
    if (conversational) return {};
    const reply = context.strengths.some((s) => s.kind === 'conversation' && isReplyHandle(s));
    const voices = [wordSet(doc.lang, 'self'), wordSet(doc.lang, 'we'), wordSet(doc.lang, 'you')];
    // A request ("Please bring a bag") speaks to someone too, even without a pronoun.
    // So does a sales imperative ("Check out the thread"): pushy, but not the voice of a news wire.
    const personal =
      context.strengths.some((s) => s.kind === 'addressesReader') ||
      context.findingsByRule.has('call-to-action') ||
      doc.tokens.some((t) => t.kind === 'word' && voices.some((v) => v.has(t.norm)));
    const sharesLink = doc.tokens.some((t) => t.kind === 'url');
    const { start, end } = lastSentenceSpan(doc);
    const weight = 20 + (personal ? 0 : 8) + (sharesLink ? 6 : 0);
    return { findings: [{ start, end, weight: reply ? weight / 2 : weight }] };
  },
};
