import type { DutchRegister, GermanRegister, Language } from '../scoring/types';
import type { Doc } from './doc';
import type { Token } from './tokenize';

/**
 * The form of address a German or Dutch draft uses for its readers: formal (German "Sie",
 * Dutch "u") or informal ("du"/"ihr", "je"/"jij"/"jullie"). Read from the draft's own words, for
 * two uses: the suggestions are rendered in the draft's register when the brand has not chosen
 * one, and `mixed-register` flags a draft that uses both.
 */
export type AddressForm = 'formal' | 'informal';

export interface AddressHit {
  start: number;
  end: number;
  form: AddressForm;
}

/** German formal forms; they count only capitalised and not at a sentence start (see below). */
const DE_FORMAL = new Set(['sie', 'ihnen', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres']);
/** German informal forms that are never anything else, capitalised or not ("Du", letter style). */
const DE_INFORMAL = new Set([
  'du',
  'dich',
  'dir',
  'dein',
  'deine',
  'deinen',
  'deinem',
  'deiner',
  'deines',
  'euch',
  'euer',
  'eure',
  'euren',
  'eurem',
  'eurer',
  'eures',
]);
/** Words in -t after "ihr" that make it the object ("gab ihr nicht", "ihr selbst"), not the subject. */
const NOT_PLURAL_VERB = new Set([
  'nicht',
  'jetzt',
  'erst',
  'bereits',
  'selbst',
  'meist',
  'fast',
  'oft',
  'gut',
  'seit',
  'mit',
]);
const NL_FORMAL = new Set(['u', 'uw', 'uzelf']);
const NL_INFORMAL = new Set(['je', 'jij', 'jou', 'jouw', 'jezelf', 'jullie']);

const memo = new WeakMap<Doc, AddressHit[]>();

/** "SIE", "IHR" in a shouted line say nothing about the register. */
function shouted(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase();
}

/**
 * "ihr"/"Ihr" as the informal plural subject: before its verb in -t ("ihr habt", "Ihr seid",
 * "Ihr müsst"), before "euch" ("überlegt Ihr Euch"), or after its verb in a question ("Was meint
 * ihr?", "Habt ihr es probiert?"). The formal possessive is followed by its noun or adjective
 * ("Ihr Team", "Ihr neues Konto"), and "ihr" as her/their by theirs.
 */
function pluralSubject(prev: Token | undefined, next: Token | undefined, question: boolean): boolean {
  if (next?.kind === 'word') {
    if (next.norm === 'euch') return true;
    if (capitalised(next.text)) return false;
    if ((next.norm.endsWith('t') || next.norm === 'seid') && !NOT_PLURAL_VERB.has(next.norm)) return true;
  }
  return question && prev?.kind === 'word' && prev.norm.endsWith('t');
}

function capitalised(s: string): boolean {
  const c = s[0] ?? '';
  return c !== c.toLowerCase();
}

/**
 * Every form of address in a German or Dutch draft, in draft order ([] for English).
 *
 * German "sie", "ihr", "ihnen" are also she/they/her/their: mid-sentence only the capital tells
 * the formal "Sie" apart ("Melden Sie sich an" vs "die Kunden und ihre Fragen"), and at a
 * sentence start nothing does, so those count only when capitalised mid-sentence. "ihr" is the
 * informal plural only as a subject, followed by its verb in -t ("ihr habt", "Ihr seid" at a
 * start is also that); "ihr Team" (her/their team) and "Ihr Team" (your team) are not.
 */
export function addressForms(doc: Doc): AddressHit[] {
  if (doc.lang === 'en') return [];
  // The engine (to choose the register) and `mixed-register` both ask, once per draft.
  const cached = memo.get(doc);
  if (cached) return cached;
  const out: AddressHit[] = [];
  memo.set(doc, out);
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') continue;
    let form: AddressForm | undefined;
    if (doc.lang === 'nl') {
      if (NL_FORMAL.has(t.norm)) form = 'formal';
      else if (NL_INFORMAL.has(t.norm)) form = 'informal';
    } else if (DE_INFORMAL.has(t.norm)) {
      form = 'informal';
    } else if (DE_FORMAL.has(t.norm) && !shouted(t.text)) {
      const sentence = doc.sentences[t.sentence];
      const atStart = sentence?.first === i;
      const question = sentence?.terminal.includes('?') ?? false;
      if (t.norm === 'ihr' && pluralSubject(tokens[i - 1], tokens[i + 1], question)) form = 'informal';
      else if (capitalised(t.text) && !atStart && !doc.titleCase) form = 'formal';
    }
    if (form) out.push({ start: t.start, end: t.end, form });
  }
  return out;
}

/** How a language's register is named in settings and options. */
export const REGISTER_FORMS = {
  de: { formal: 'sie', informal: 'du' },
  nl: { formal: 'u', informal: 'je' },
} as const satisfies Record<Exclude<Language, 'en'>, Record<AddressForm, string>>;

export function formOf(register: GermanRegister | DutchRegister): AddressForm {
  return register === 'sie' || register === 'u' ? 'formal' : 'informal';
}

/** The form most of a draft's address forms take, or undefined when it has none or a tie. */
export function majorityForm(hits: readonly AddressHit[]): AddressForm | undefined {
  let formal = 0;
  for (const h of hits) if (h.form === 'formal') formal += 1;
  const informal = hits.length - formal;
  if (formal === informal) return undefined;
  return formal > informal ? 'formal' : 'informal';
}
