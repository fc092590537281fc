import { spanOf, wordSet } from '../../nlp/doc';
import { findImperatives } from '../../nlp/imperative';
import type { Token } from '../../nlp/tokenize';
import { decayed, overlaps } from '../helpers';
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

/** Points of one call before decay: a sales or engagement call pushes, a generic one nudges. */
const SALES = 16;
const GENERIC = 7;
/** "You should …", "Ihr müsst …", "Man sollte …": an obligation asks more softly than an imperative. */
const OBLIGATION = 5;

const CALL_VERBS = new Set(['call', 'ring', 'dial', 'phone', 'anrufen', 'rufen', 'bellen']);
const CONTACT_VERBS = new Set([
  ...CALL_VERBS,
  'text',
  'txt',
  'sms',
  'send',
  'message',
  'email',
  'contact',
  'reply',
  'melden',
  'kontaktieren',
  'senden',
  'schreiben',
]);

const MORE = new Set(['more', 'mehr', 'weitere', 'alle', 'meer']);
const INFO = new Set(['info', 'infos', 'information', 'informationen', 'details', 'informatie']);
const POINTER = new Set(['here', 'at', 'via', 'below', 'hier', 'unter', 'auf', 'op', 'bij']);

/** "Call 911", "Ruf 112 an": an emergency or service number of three digits is no sales line. */
function isShortNumber(t: Token | undefined): boolean {
  return t?.kind === 'number' && t.text.replace(/\D/g, '').length <= 3;
}

/**
 * Calls to action, read by grammar (lib/nlp/imperative.ts): sales and engagement imperatives
 * ("Buy now", "Meldet euch an", "Bestel nu", "hi guys check my channel") and infinitive
 * commands ("Jetzt kaufen") count fully; generic imperatives ("Read our report", "Macht mal
 * eure Augen auf") count less; politeness and invitations to reply ("Let us know", "Bleibt
 * gesund") not at all. CTA phrases ("link in bio") count anywhere, unless their object is
 * personal ("Ruf mich an"). Each further call adds less, so one clear ask stays mild.
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
        'hi guys check my channel',
        'Read our full report on the harvest.',
      ],
      fine: [
        'Call me when you are home.',
        'We bought a new oven for the bakery.',
        'Judge questions fairness of the new rules.',
        'Have a great weekend, everyone!',
        'Let us know what you think.',
        'In an emergency, call 911.',
        'Wed: the market is open until 6pm.',
        'Tip: store your beans in an airtight jar, away from light.',
      ],
    },
    de: {
      flagged: [
        'Jetzt kaufen und sparen!',
        'Bestellen Sie noch heute.',
        'Leute, meldet euch für den Workshop an!',
        'Macht mal eure Augen auf.',
      ],
      fine: ['Ich habe gestern Brot gekauft.', 'Kommt ihr am Samstag?', 'Bleibt gesund!'],
    },
    nl: {
      flagged: [
        'Bestel nu en bespaar!',
        'Nu kopen!',
        'Schrijf je in voor de workshop.',
        'Kom langs in de winkel!',
      ],
      fine: ['Ik heb gisteren brood gekocht.', 'Kom je zaterdag ook?', 'Laat ons weten wat je ervan vindt.'],
    },
  },
  check(doc) {
    const findings: Array<RawFinding & { base: number }> = [];
    const add = (span: { start: number; end: number }, base: number) => {
      if (findings.some((f) => overlaps(f, span))) return;
      findings.push({ ...span, weight: 0, base });
    };
    const personal = wordSet(doc.lang, 'personalObjects');
    for (const m of doc.find('ctaPhrases')) {
      const tokens = doc.tokens.slice(m.first, m.last);
      // "Ruf mich an", "Bel me nu": a personal object inside the phrase makes it personal,
      // unless the phrase names it ("check me out").
      const personalObject = tokens.some(
        (t) => t.kind === 'word' && personal.has(t.norm) && !m.source.split(/[\s|]/).includes(t.norm),
      );
      if (personalObject || isShortNumber(tokens[tokens.length - 1])) continue;
      // "holen Sie sich" asks; "holen sie sich" (they take) reports.
      if (tokens.some((t) => t.text === 'sie') && m.source.includes(' sie ')) continue;
      add(spanOf(doc, m.first, m.last), SALES);
    }
    // "Tip: store your beans in a jar": the instructions of a tip are the value, not an order.
    const tipAt = doc.find('tip').map((m) => doc.tokens[m.first] as Token);
    for (const imp of findImperatives(doc)) {
      if (imp.kind === 'mild') continue;
      const verb = doc.tokens[imp.verb] as Token;
      if (imp.kind === 'generic' && tipAt.some((t) => t.sentence === verb.sentence && t.start < verb.start))
        continue;
      const next = doc.tokens[imp.last];
      // "Call me when you are home", "Text Mum": a personal object makes contact no sale
      // ("Check me out", "Follow me" stay self-promotion).
      if (next?.kind === 'word' && personal.has(next.norm) && CONTACT_VERBS.has(imp.lemma)) continue;
      if (CALL_VERBS.has(imp.lemma) && isShortNumber(next)) continue;
      add(
        spanOf(doc, imp.first, imp.last),
        imp.kind === 'sales' ? SALES : imp.deontic ? OBLIGATION : GENERIC,
      );
    }
    // Link pointers: "More info: <link>", "For more details here", "Mehr Infos: <link>".
    for (let i = 0; i + 2 < doc.tokens.length; i++) {
      const more = doc.tokens[i] as Token;
      if (!MORE.has(more.norm) || !INFO.has((doc.tokens[i + 1] as Token).norm)) continue;
      let k = i + 2;
      if (doc.tokens[k]?.text === ':') k += 1;
      const target = doc.tokens[k];
      if (target && (target.kind === 'url' || POINTER.has(target.norm))) add(spanOf(doc, i, i + 2), GENERIC);
    }
    // Keyword replies: "Reply YES", "Text WIN to 80086", Instagram's "Comment GUIDE below".
    for (let i = 0; i + 1 < doc.tokens.length; i++) {
      const verb = doc.tokens[i] as Token;
      const keyword = doc.tokens[i + 1] as Token;
      if (verb.kind !== 'word' || !KEYWORD_VERBS.has(verb.norm)) continue;
      if (keyword.kind !== 'word' || keyword.text.length < 2 || keyword.text !== keyword.text.toUpperCase())
        continue;
      if (!/\p{L}/u.test(keyword.text) || keyword.text === 'I') continue;
      add({ start: verb.start, end: keyword.end }, SALES);
    }
    findings.sort((a, b) => a.start - b.start);
    return {
      // A sales call is "a hard sell"; a generic call to act ("Read our report", "Macht mal …") is
      // worded as what it is: an ask, which one of is fine and several add pressure.
      findings: findings.slice(0, 8).map(({ base, ...f }, n) => ({
        ...f,
        weight: decayed(base, n, 0.75),
        ...(base === SALES ? {} : { variant: 'ask' }),
      })),
    };
  },
};
