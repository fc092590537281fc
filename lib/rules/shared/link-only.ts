import type { Rule } from '../types';

/** A bare link with a few words around it asks the reader to do all the work. */
export const linkOnly: Rule = {
  id: 'link-only',
  score: 'broadcast',
  level: 'warning',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['New blog post: https://example.com/blog/post-42', 'https://example.com/spring'],
      fine: [
        'Our new guide shows how to repot a monstera in 5 steps, with photos: https://example.com/repot',
      ],
    },
    de: { flagged: ['Neuer Artikel: https://example.de/blog/42'], fine: [] },
    nl: { flagged: ['Nieuw blog: https://example.nl/blog/42'], fine: [] },
  },
  check(doc) {
    const links = doc.tokens.filter((t) => t.kind === 'url');
    const first = links[0];
    if (!first || doc.words > 5) return {};
    return { findings: [{ start: first.start, end: first.end, weight: 35 }] };
  },
};
