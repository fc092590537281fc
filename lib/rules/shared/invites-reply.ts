import { wordSet } from '../../nlp/doc';
import type { Token } from '../../nlp/tokenize';
import type { Language } from '../../scoring/types';
import { isEnglishImperativeHead, sentenceHead, strengthsFromMatches } from '../helpers';
import type { RawStrength, Rule } from '../types';

/** "How …" without a question mark usually opens a how-to, not a question. */
const HOW: Record<Language, string> = { en: 'how', de: 'wie', nl: 'hoe' };

/**
 * The conversational side of a post: a question, an explicit invitation to reply, or a
 * request addressed to the reader. Emits strengths only; `no-invitation` flags their absence.
 */
export const invitesReply: Rule = {
  id: 'invites-reply',
  score: 'broadcast',
  level: 'suggestion',
  languages: ['en', 'de', 'nl'],
  examples: {
    en: { flagged: [], fine: [], strong: ['Which colour would you pick?', 'Tell us your favourite trail.'] },
    de: {
      flagged: [],
      fine: [],
      strong: ['Welche Farbe würdest du wählen?', 'Sagt uns eure Meinung in den Kommentaren.'],
    },
    nl: { flagged: [], fine: [], strong: ['Welke kleur kies jij?', 'Laat ons weten wat je ervan vindt.'] },
  },
  check(doc) {
    const strengths: RawStrength[] = [];
    const openers = doc.find('questionOpeners');
    const openerAt = new Set(openers.map((m) => m.first));
    const ctaVerbs = wordSet(doc.lang, 'ctaVerbs');
    const leads = wordSet(doc.lang, 'imperativeLeads');
    let questions = 0;
    for (let s = 0; s < doc.sentences.length; s++) {
      const sentence = doc.sentences[s];
      if (!sentence) continue;
      const head = sentenceHead(doc, s, leads);
      if (sentence.terminal.includes('?')) {
        strengths.push({
          kind: 'question',
          start: sentence.start,
          end: sentence.end,
          relief: questions === 0 ? 24 : 8,
        });
        questions += 1;
      } else if (head >= 0 && openerAt.has(head) && (doc.tokens[head] as Token).norm !== HOW[doc.lang]) {
        // "What do you think" without the question mark, common on mobile keyboards.
        strengths.push({
          kind: 'question',
          start: sentence.start,
          end: sentence.end,
          relief: questions === 0 ? 12 : 4,
        });
        questions += 1;
      } else if (head >= 0) {
        // A request to the reader ("please tell me", "try the oat one") is a turn in a
        // conversation; a sales imperative ("buy now") addresses the reader but invites no reply.
        const t = doc.tokens[head] as Token;
        if (!ctaVerbs.has(t.norm) && doc.lang === 'en' && isEnglishImperativeHead(doc, head)) {
          strengths.push({ kind: 'invitation', start: t.start, end: t.end, relief: 14 });
        }
      }
    }
    // A post that opens with an @mention is a reply to someone: conversation by definition.
    const opening = doc.tokens[0];
    if (opening?.kind === 'mention') {
      strengths.push({ kind: 'invitation', start: opening.start, end: opening.end, relief: 16 });
    }
    strengths.push(...strengthsFromMatches(doc, doc.find('invitations'), 'invitation', 24, { max: 2 }));
    return { strengths };
  },
};
