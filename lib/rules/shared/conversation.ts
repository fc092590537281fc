import type { Token } from '../../nlp/tokenize';
import type { Language } from '../../scoring/types';
import { strengthsFromMatches } from '../helpers';
import type { RawStrength, Rule } from '../types';

/** Greetings that open a turn addressed to someone: "Hi Anna,", "Hallo zusammen", "Hoi Sanne". */
const GREETINGS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['hi', 'hello', 'hey', 'dear']),
  de: new Set(['hi', 'hallo', 'hey', 'moin', 'servus', 'liebe', 'lieber']),
  nl: new Set(['hi', 'hoi', 'hallo', 'hey', 'beste', 'dag']),
};

/**
 * A turn in a conversation rather than a broadcast: a reply to someone (the post opens with
 * their @handle), a greeting by name, thanks, an apology, congratulations, praise for someone's
 * photo or work ("Great photo!", "Danke für …", "Bedankt voor …", "Sorry dat …"). On real brand
 * tweets these are what tells the crowd's "Dialogue" from "Information". Emits strengths only.
 */
export const conversation: Rule = {
  id: 'conversation',
  score: 'broadcast',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: {
      flagged: [],
      fine: [],
      strong: [
        '@jane thanks for letting us know, we have passed it on to the team.',
        'Sorry to hear that, please DM us your order number.',
        'Great photo! Glad you enjoyed the tour.',
        'Hi Sam, the store opens at 9 tomorrow.',
      ],
    },
    de: {
      flagged: [],
      fine: [],
      strong: [
        'Danke für das tolle Foto!',
        '@jana Das tut uns leid, schreib uns bitte eine DM.',
        'Hallo Jana, wir haben ab 9 Uhr geöffnet.',
      ],
    },
    nl: {
      flagged: [],
      fine: [],
      strong: [
        'Bedankt voor je bericht!',
        'Sorry dat het zo lang duurde.',
        'Hoi Sanne, we zijn morgen vanaf 9 uur open.',
      ],
    },
  },
  check(doc) {
    const strengths: RawStrength[] = [];
    // A reply: the post opens with the handle it answers (".@anna" is the public-reply form). The
    // handle alone relieves little: what the reply says can still be a one-way statement (brands
    // answer many people with the same press line; both the corporate and the tweet-act corpora
    // label such replies as statements), and no-invitation already halves for it.
    const first = doc.tokens.findIndex((t) => t.kind !== 'punct' || t.text !== '.');
    const opening = doc.tokens[first];
    if (opening?.kind === 'mention') {
      strengths.push({ kind: 'conversation', start: opening.start, end: opening.end, relief: 4 });
    }
    // A greeting by name or handle: "Hi Anna", "Hallo @jana", "Hoi Sanne,".
    const greetings = GREETINGS[doc.lang];
    for (const s of doc.sentences) {
      let i = s.first;
      while (i < s.last && (doc.tokens[i] as Token).kind === 'mention') i += 1;
      const g = doc.tokens[i];
      const name = doc.tokens[i + 1];
      if (!g || i >= s.last || g.kind !== 'word' || !greetings.has(g.norm) || !name) continue;
      const named =
        name.kind === 'mention' ||
        (name.kind === 'word' && name.text[0] !== name.text[0]?.toLowerCase()) ||
        (name.kind === 'punct' && name.text === ',');
      if (named) strengths.push({ kind: 'conversation', start: g.start, end: name.end, relief: 12 });
      break;
    }
    strengths.push(...strengthsFromMatches(doc, doc.find('conversation'), 'conversation', 18, { max: 2 }));
    return { strengths };
  },
};
