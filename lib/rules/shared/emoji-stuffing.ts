import type { RawFinding, Rule } from '../types';

/** A wall of emoji reads as noise: more than four, or three in a row. */
export const emojiStuffing: Rule = {
  id: 'emoji-stuffing',
  score: 'pushiness',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: { flagged: ['Sale 🔥🔥🔥💥💯 now'], fine: ['Fresh bread is out 🥖'] },
    de: { flagged: ['Sale 🔥🔥🔥💥💯 jetzt'], fine: ['Frisches Brot ist da 🥖'] },
    nl: { flagged: ['Uitverkoop 🔥🔥🔥💥💯 nu'], fine: ['Vers brood ligt klaar 🥖'] },
  },
  check(doc) {
    const emoji = doc.tokens.filter((t) => t.kind === 'emoji');
    const findings: RawFinding[] = [];
    for (let i = 0; i < emoji.length; i++) {
      const t = emoji[i];
      if (!t) continue;
      const prev = emoji[i - 1];
      const prev2 = emoji[i - 2];
      const adjacent = (a: { end: number }, b: { start: number }) =>
        doc.text.slice(a.end, b.start).trim() === '';
      const run = prev !== undefined && prev2 !== undefined && adjacent(prev2, prev) && adjacent(prev, t);
      if (i >= 4 || run) findings.push({ start: t.start, end: t.end, weight: 4 });
    }
    return { findings: findings.slice(0, 10) };
  },
};
