import type { Language, Platform } from '../scoring/types';
import { de as dePack } from './packs/de';
import { en as enPack } from './packs/en';
import { nl as nlPack } from './packs/nl';
import type { LanguagePack } from './packs/types';
import { type PatternMatch, PatternSet } from './patterns';
import { type Sentence, type Token, tokenize } from './tokenize';

export const PACKS: Record<Language, LanguagePack> = { en: enPack, de: dePack, nl: nlPack };

/** Pack fields that hold phrase lists (everything except `lang`). */
export type Lexicon = {
  [K in keyof LanguagePack]: LanguagePack[K] extends readonly string[] ? K : never;
}[keyof LanguagePack];

const compiled = new Map<string, PatternSet<null>>();

/** The compiled pattern set of one lexicon of one language, built on first use and kept. */
export function lexicon(lang: Language, name: Lexicon): PatternSet<null> {
  const key = `${lang}:${name}`;
  let set = compiled.get(key);
  if (!set) {
    set = new PatternSet(PACKS[lang][name].map((p) => [p, null] as const));
    compiled.set(key, set);
  }
  return set;
}

const wordSets = new Map<string, ReadonlySet<string>>();

/** A pack list of single words as a Set, for O(1) lookups (we/you pronouns, CTA verbs). */
export function wordSet(lang: Language, name: Lexicon): ReadonlySet<string> {
  const key = `${lang}:${name}`;
  let set = wordSets.get(key);
  if (!set) {
    set = new Set(PACKS[lang][name]);
    wordSets.set(key, set);
  }
  return set;
}

export interface Doc {
  text: string;
  lang: Language;
  pack: LanguagePack;
  platform: Platform | undefined;
  tokens: Token[];
  sentences: Sentence[];
  /** Number of word tokens (not numbers, links, tags or emoji). */
  words: number;
  /**
   * True when most words start with a capital (Headline Style). Capitals then say nothing
   * about names, so rules fall back to lexicons.
   */
  titleCase: boolean;
  /** Memoized `lexicon(lang, name).findAll(tokens)`. */
  find(name: Lexicon): PatternMatch<null>[];
}

export function createDoc(text: string, lang: Language, platform?: Platform): Doc {
  const { tokens, sentences } = tokenize(text);
  let words = 0;
  let capitalized = 0;
  let lowerStart = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    words += 1;
    const c = t.text.charCodeAt(0);
    const first = t.text[0] ?? '';
    if (first !== first.toLowerCase()) capitalized += 1;
    else if (c > 0) lowerStart += 1;
  }
  const cache = new Map<Lexicon, PatternMatch<null>[]>();
  const doc: Doc = {
    text,
    lang,
    pack: PACKS[lang],
    platform,
    tokens,
    sentences,
    words,
    titleCase: words >= 3 && capitalized / Math.max(1, capitalized + lowerStart) > 0.6,
    find(name) {
      let found = cache.get(name);
      if (!found) {
        found = lexicon(lang, name).findAll(tokens);
        cache.set(name, found);
      }
      return found;
    },
  };
  return doc;
}

/** The character span of a token range [first, last). */
export function spanOf(doc: Doc, first: number, last: number): { start: number; end: number } {
  const a = doc.tokens[first];
  const b = doc.tokens[last - 1];
  if (!a || !b) return { start: 0, end: 0 };
  return { start: a.start, end: b.end };
}
