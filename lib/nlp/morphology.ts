import type { Language } from '../scoring/types';
import { INFINITIVES, PAST_FORMS, PRESENT_FORMS } from './en/lexicon.generated';

let pastForms: ReadonlySet<string> | undefined;
let infinitives: ReadonlySet<string> | undefined;
let presentForms: ReadonlySet<string> | undefined;

/** English third-person present verbs ("opens", "fixes"): a sentence that reports what something does. */
export function isEnglishPresent3rd(word: string): boolean {
  presentForms ??= new Set(PRESENT_FORMS.split(' '));
  return presentForms.has(word);
}

/** English infinitives from compromise's lexicon (imperatives start with one). */
export function isEnglishInfinitive(word: string): boolean {
  infinitives ??= new Set(INFINITIVES.split(' '));
  return infinitives.has(word);
}

/** Predicative adjectives that look like participles: "we are excited" is not a passive. */
const NOT_PASSIVE_EN = new Set([
  'excited',
  'thrilled',
  'pleased',
  'delighted',
  'proud',
  'honored',
  'honoured',
  'interested',
  'tired',
  'bored',
  'done',
  'supposed',
  'used',
  'worried',
  'surprised',
  'amazed',
  'scared',
  'concerned',
  'committed',
  'dedicated',
  'located',
  'based',
  'closed',
  'open',
]);

const DE_PARTICIPLE =
  /^(?:[a-zäöü]{0,6}ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert|(?:be|ver|er|ent|zer|über|unter)[a-zäöüß]{3,}t)$/;
const NL_PARTICIPLE = /^(?:[a-z]{0,6}ge[a-zëï]{3,}(?:d|t|en)|(?:be|ver|ont|her|er)[a-zëï]{3,}(?:d|t|en))$/;

/** Participle-shaped adjectives of feeling: "wir sind begeistert", "wij zijn verheugd". */
const NOT_PASSIVE_DE_NL = new Set([
  'begeistert',
  'gespannt',
  'geehrt',
  'erfreut',
  'verliebt',
  'überzeugt',
  'verheugd',
  'vereerd',
  'benieuwd',
  'geïnteresseerd',
  'verrast',
  'betrokken',
  'gevestigd',
]);

/** Whether a lower-cased word is (very likely) a past participle in `lang`. */
export function isParticiple(lang: Language, word: string): boolean {
  if (lang === 'en') {
    pastForms ??= new Set(PAST_FORMS.split(' '));
    return pastForms.has(word) && !NOT_PASSIVE_EN.has(word);
  }
  if (word.length < 6 || NOT_PASSIVE_DE_NL.has(word)) return false;
  return lang === 'de' ? DE_PARTICIPLE.test(word) : NL_PARTICIPLE.test(word);
}
