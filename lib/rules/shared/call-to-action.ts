import { spanOf, wordSet } from '../../nlp/doc';
import type { Token } from '../../nlp/tokenize';
import { decayed, overlaps, sentenceHead } from '../helpers';
import type { RawFinding, Rule } from '../types';

/** Verbs that ask for a keyword as a reply; language-neutral enough for all three packs. */
const KEYWORD_VERBS = new Set([
  'reply',
  'text',
  'txt',
  'sms',
  'send',
  'comment',
  'dm',
  'antworte',
  'kommentiere',
  'stuur',
  'reageer',
]);

/**
 * Imperative sales calls to action: "Buy now", "Order today", "Jetzt kaufen", "Bestel nu".
 * A CTA verb counts at the head of a sentence (after "please", "now" …) unless its object is
 * personal ("call me"); CTA phrases ("link in bio") count anywhere. Each further CTA adds
 * less, so one clear ask stays mild and a stack of them does not.
 */
export const callToAction: Rule = {
  id: 'call-to-action',
  score: 'pushiness',
  level: 'warning',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [
        'Buy now and save.',
        'Order today. Sign up here. Click the link in bio.',
        'Please call 0800 123 456.',
      ],
      fine: ['Call me when you are home.', 'We bought a new oven for the bakery.'],
    },
    de: {
      flagged: ['Jetzt kaufen und sparen!', 'Bestellen Sie noch heute.'],
      fine: ['Ich habe gestern Brot gekauft.'],
    },
    nl: { flagged: ['Bestel nu en bespaar!', 'Nu kopen!'], fine: ['Ik heb gisteren brood gekocht.'] },
  },
  check(doc) {
    const findings: RawFinding[] = [];
    const add = (span: { start: number; end: number }) => {
      if (findings.some((f) => overlaps(f, span))) return;
      findings.push({ ...span, weight: 0 });
    };
    const verbs = wordSet(doc.lang, 'ctaVerbs');
    const leads = wordSet(doc.lang, 'imperativeLeads');
    const personal = wordSet(doc.lang, 'personalObjects');
    for (const m of doc.find('ctaPhrases')) {
      // "Ruf mich an", "Bel me nu": a personal object inside or right after the phrase makes it personal.
      const personalObject = doc.tokens
        .slice(m.first, m.last + 1)
        .some((t) => t.kind === 'word' && personal.has(t.norm));
      if (!personalObject) add(spanOf(doc, m.first, m.last));
    }
    for (let s = 0; s < doc.sentences.length; s++) {
      const head = sentenceHead(doc, s, leads);
      if (head < 0) continue;
      const verb = doc.tokens[head] as Token;
      if (!verbs.has(verb.norm)) continue;
      const next = doc.tokens[head + 1];
      if (next && next.kind === 'word' && personal.has(next.norm)) continue;
      add({ start: verb.start, end: verb.end });
    }
    // Keyword replies: "Reply YES", "Text WIN to 80086", Instagram's "Comment GUIDE below".
    for (let i = 0; i + 1 < doc.tokens.length; i++) {
      const verb = doc.tokens[i] as Token;
      const keyword = doc.tokens[i + 1] as Token;
      if (verb.kind !== 'word' || !KEYWORD_VERBS.has(verb.norm)) continue;
      if (keyword.kind !== 'word' || keyword.text.length < 2 || keyword.text !== keyword.text.toUpperCase())
        continue;
      if (!/\p{L}/u.test(keyword.text) || keyword.text === 'I') continue;
      add({ start: verb.start, end: keyword.end });
    }
    findings.sort((a, b) => a.start - b.start);
    findings.forEach((f, n) => {
      f.weight = decayed(16, n, 0.75);
    });
    return { findings: findings.slice(0, 8) };
  },
};
