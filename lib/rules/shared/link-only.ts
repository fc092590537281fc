import type { Rule } from '../types';

/**
 * A bare link with a few words around it asks the reader to do all the work. A link in a reply
 * or a thank-you ("Great photo! @anna https://…") is someone's post being answered, not a
 * broadcast, so the rule runs after the strengths and leaves conversation alone.
 */
export const linkOnly: Rule = {
  id: 'link-only',
  score: 'broadcast',
  level: 'warning',
  phase: 'absence',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['New blog post: https://example.com/blog/post-42', 'https://example.com/spring'],
      fine: [
        'Great photo, thanks! https://example.com/p/42',
        'Our new guide shows how to repot a monstera in 5 steps, with photos: https://example.com/repot',
      ],
    },
    de: {
      flagged: ['Neuer Artikel: https://example.de/blog/42'],
      fine: ['@jana Danke! https://example.de/foto/42'],
    },
    nl: {
      flagged: ['Nieuw blog: https://example.nl/blog/42'],
      fine: ['@sanne Bedankt! https://example.nl/foto/42'],
    },
  },
  check(doc, context) {
    if (context.strengths.some((s) => s.kind === 'conversation' || s.kind === 'question')) return {};
    // "Read this before Friday: <link>" says what to do with it; the sales side of "Check out
    // <link>" is call-to-action's to judge. Measured on tweet acts, the rule otherwise fired
    // more on requests than on statements.
    if (context.strengths.some((s) => s.kind === 'addressesReader')) return {};
    if (context.findingsByRule.has('call-to-action')) return {};
    const links = doc.tokens.filter((t) => t.kind === 'url');
    const first = links[0];
    if (!first || doc.words > 5) return {};
    return { findings: [{ start: first.start, end: first.end, weight: 35 }] };
  },
};
