import { type AddressForm, addressForms, majorityForm, REGISTER_FORMS } from '../../nlp/register';
import { DEFAULT_REGISTER } from '../../scoring/types';
import { decayed } from '../helpers';
import type { RawFinding, Rule } from '../types';

/** How the message names the two forms. */
const LABEL = { de: { formal: 'Sie', informal: 'du' }, nl: { formal: 'u', informal: 'je' } } as const;
/** Address forms marked per draft: enough to show the pattern in a long text. */
const MAX_MARKED = 10;

/**
 * A German or Dutch draft that addresses its readers both formally and informally ("Sichern
 * Sie sich … – dein Team", "Bestel nu en ontvang uw … bij jouw bestelling"): the post reads as
 * pasted together. The forms that differ from the brand's register are marked, or, when the brand
 * has not chosen one, those in the minority (a tie: those that differ from DEFAULT_REGISTER).
 */
export const mixedRegister: Rule = {
  id: 'mixed-register',
  score: 'broadcast',
  level: 'warning',
  languages: ['de', 'nl'],
  examples: {
    de: {
      flagged: [
        'Sichern Sie sich jetzt Ihren Platz im Workshop – wir freuen uns auf dich!',
        'Du suchst ein Geschenk? Unsere Gutscheine schicken wir Ihnen noch heute.',
      ],
      fine: [
        'Sichern Sie sich jetzt Ihren Platz im Workshop – wir freuen uns auf Sie!',
        'Du suchst ein Geschenk? Unsere Gutscheine schicken wir dir noch heute.',
        'Die Kundinnen lieben ihre neuen Räder, und sie fahren damit jeden Tag zur Arbeit.',
      ],
    },
    nl: {
      flagged: [
        'Bestel vandaag en ontvang uw pakket morgen. Wij helpen je graag!',
        'Heb jij je tickets al? Bekijk uw reservering in de app.',
      ],
      fine: [
        'Bestel vandaag en ontvang uw pakket morgen. Wij helpen u graag!',
        'Heb jij je tickets al? Bekijk je reservering in de app.',
      ],
    },
  },
  check(doc, context) {
    if (doc.lang === 'en') return {};
    const hits = addressForms(doc);
    if (!hits.some((h) => h.form === 'formal') || !hits.some((h) => h.form === 'informal')) return {};
    const fallback: AddressForm =
      DEFAULT_REGISTER[doc.lang] === REGISTER_FORMS[doc.lang].formal ? 'formal' : 'informal';
    const target = context.register ?? majorityForm(hits) ?? fallback;
    const other: AddressForm = target === 'formal' ? 'informal' : 'formal';
    // One message for all marked forms ("Sie" here, "du" there), so the panel lists it once.
    const args = [LABEL[doc.lang][target], LABEL[doc.lang][other]];
    const findings: RawFinding[] = hits
      .filter((h) => h.form === other)
      .slice(0, MAX_MARKED)
      .map((h, n) => ({ start: h.start, end: h.end, weight: decayed(12, n, 0.5), args }));
    return { findings };
  },
};
