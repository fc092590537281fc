import { spanOf } from '../../nlp/doc';
import { decayed } from '../helpers';
import type { RawFinding, Rule } from '../types';

/**
 * Words before a win that make it the brand's own news: "Honored to win", "We are thrilled to win
 * an award", "Wir sind stolz, … zu gewinnen", "Trots dat we … winnen". A prize dangled before the
 * reader has none of them.
 */
const OWN_WIN = new Set([
  'we',
  "we're",
  'proud',
  'honored',
  'honoured',
  'thrilled',
  'delighted',
  'excited',
  'pleased',
  'humbled',
  'glad',
  'wir',
  'stolz',
  'geehrt',
  'freuen',
  'wij',
  'trots',
  'vereerd',
  'blij',
]);

/** Third-person wins: news about someone else's prize, not one dangled before the reader. */
const REPORTED_WIN = new Set(['wins', 'receives', 'awarded', 'gewinnt', 'erhält', 'wint', 'ontvangt']);

/**
 * Prize and giveaway bait: "win a …", "you have been selected", "claim your prize", "gewinnen",
 * "winnen". A win the brand reports ("Honored to win the award") and congratulations to someone
 * ("Congratulations to our winners", "Congrats on the new job") are news, not bait.
 */
export const giveawayBait: Rule = {
  id: 'giveaway-bait',
  score: 'pushiness',
  level: 'warning',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [
        'Congratulations! You have been selected to win a cash prize.',
        'Win a weekend for two in Paris!',
      ],
      fine: [
        'Our baker Anna shares her sourdough starter recipe.',
        'Honored to win the regional bakery award!',
        'The Competition Bureau approved the merger.',
        'Congratulations to all our graduates.',
      ],
    },
    de: {
      flagged: ['Gewinnspiel: Jetzt mitmachen und gewinnen!'],
      fine: ['Unsere Bäckerin Anna teilt ihr Rezept.'],
    },
    nl: { flagged: ['Winactie: doe mee en win een prijs!'], fine: ['Onze bakker Anna deelt haar recept.'] },
  },
  check(doc) {
    const findings: RawFinding[] = [];
    for (const m of doc.find('giveaway')) {
      if (findings.length >= 6) break;
      const first = doc.tokens[m.first];
      if (!first) continue;
      const next = doc.tokens[m.last];
      if (
        /^(congratulations|congrats|glückwunsch|gefeliciteerd)$/.test(first.norm) &&
        /^(to|on|an|aan|met)$/.test(next?.norm ?? '')
      )
        continue;
      const before = doc.tokens.slice(Math.max(0, m.first - 4), m.first);
      if (/^(win|won|to|gewinnen|winnen|gewonnen)$/.test(first.norm) || /^(win|won)\b/.test(m.source)) {
        if (before.some((t) => OWN_WIN.has(t.norm))) continue;
      }
      // "Obama wins Nobel Peace Prize", "… wins record lottery jackpot", "… to win a People's Choice
      // Award": someone else's prize in the news.
      if (before.some((t) => REPORTED_WIN.has(t.norm))) continue;
      const after = doc.tokens.slice(m.last, m.last + 4);
      if (after.some((t) => /^(award|awards|auszeichnung|onderscheiding)$/.test(t.norm))) continue;
      const { start, end } = spanOf(doc, m.first, m.last);
      findings.push({ start, end, weight: decayed(12, findings.length, 0.75) });
    }
    return { findings };
  },
};
