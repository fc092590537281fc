import type { Platform } from '../../scoring/types';
import type { RawFinding, Rule } from '../types';

/**
 * More hashtags than the platform's readers tolerate. Instagram audiences expect more tags
 * than X or LinkedIn readers do, so the allowance depends on the platform.
 */
const ALLOWANCE: Partial<Record<Platform, number>> = {
  instagram: 8,
  x: 2,
  linkedin: 3,
  threads: 2,
  bluesky: 3,
};
const DEFAULT_ALLOWANCE = 3;

export const hashtagStuffing: Rule = {
  id: 'hashtag-stuffing',
  score: 'pushiness',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: ['New menu #food #foodie #yum #delicious #eat #lunch'],
      fine: ['New menu #food #lunch', 'Our #bakery uses #organic #spelt and #rye from #local farms.'],
    },
    de: { flagged: ['Neues Menü #essen #lecker #mittag #food #yummy'], fine: ['Neues Menü #essen'] },
    nl: { flagged: ['Nieuw menu #eten #lekker #lunch #food #yummy'], fine: ['Nieuw menu #eten'] },
  },
  check(doc) {
    // A tag inside a sentence ("the #health and #science industries") is a word; stuffing is the
    // block of tags tacked on around it (measured: inline tags are as common in informational brand
    // tweets as in calls to act).
    const tags = doc.tokens.filter((t, i) => {
      if (t.kind !== 'hashtag') return false;
      const before = doc.tokens[i - 1];
      const after = doc.tokens[i + 1];
      return !(before?.kind === 'word' && after?.kind === 'word');
    });
    const allowance = (doc.platform && ALLOWANCE[doc.platform]) ?? DEFAULT_ALLOWANCE;
    if (tags.length <= allowance) return {};
    const findings: RawFinding[] = tags.slice(allowance).map((t) => ({
      start: t.start,
      end: t.end,
      weight: 5,
      args: [String(tags.length), String(allowance)],
    }));
    return { findings: findings.slice(0, 10) };
  },
};
