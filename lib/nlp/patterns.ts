import type { Token } from './tokenize';

/**
 * Lexicon phrases are data, written in a tiny syntax so German and Dutch inflection and
 * word order can be covered without regexes in every rule:
 *
 *   `last chance`          literal words (case-insensitive, curly quotes folded)
 *   `exklusiv*`            a prefix (exklusiv, exklusive, exklusiven …)
 *   `jetzt|sofort`         alternatives for one word
 *   `we are ~ to announce` `~` skips 0–2 words ("we are so excited to announce")
 *   `<num>`                any number token (20, 4.50, 12:30)
 *
 * Commas and colons inside a phrase are skipped ("Wir freuen uns, Ihnen … vorzustellen");
 * sentence punctuation ends it. Among overlapping matches the longest wins (prh/textlint).
 */

type Item =
  | { type: 'word'; words: ReadonlySet<string>; prefixes: readonly string[] }
  | { type: 'gap'; max: number }
  | { type: 'num' };

export interface CompiledPattern<M> {
  source: string;
  items: Item[];
  meta: M;
}

export interface PatternMatch<M> {
  /** Token index range [first, last). */
  first: number;
  last: number;
  meta: M;
  source: string;
}

function parseItem(raw: string): Item {
  if (raw === '~') return { type: 'gap', max: 2 };
  if (raw === '<num>') return { type: 'num' };
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of raw.split('|')) {
    const a = alt.toLowerCase().replace(/’/g, "'");
    if (a.length === 0) throw new Error(`empty alternative in pattern item "${raw}"`);
    if (a.endsWith('*')) prefixes.push(a.slice(0, -1));
    else words.add(a);
  }
  return { type: 'word', words, prefixes };
}

function itemMatches(item: Item, token: Token): boolean {
  if (item.type === 'num') return token.kind === 'number';
  if (item.type === 'gap') return true;
  // Symbols match literally: "% off", "only €".
  if (token.kind === 'symbol') return item.words.has(token.text);
  if (token.kind !== 'word' && token.kind !== 'number' && token.kind !== 'hashtag') return false;
  const norm = token.kind === 'hashtag' ? token.norm.slice(1) : token.norm;
  if (item.words.has(norm)) return true;
  for (const p of item.prefixes) if (norm.startsWith(p)) return true;
  return false;
}

/** Tokens a phrase may run across without breaking. */
function isSkippable(token: Token): boolean {
  return token.kind === 'punct' && (token.text === ',' || token.text === ':');
}

function isBarrier(token: Token): boolean {
  return token.kind === 'punct' || token.kind === 'url' || token.kind === 'emoji';
}

export class PatternSet<M> {
  private readonly byFirstWord = new Map<string, CompiledPattern<M>[]>();
  private readonly unindexed: CompiledPattern<M>[] = [];
  readonly size: number;

  constructor(entries: ReadonlyArray<readonly [string, M]>) {
    for (const [source, meta] of entries) {
      const items = source.trim().split(/\s+/).map(parseItem);
      const first = items[0];
      if (!first || first.type === 'gap') throw new Error(`pattern "${source}" must start with a word`);
      const compiled: CompiledPattern<M> = { source, items, meta };
      if (first.type === 'word' && first.prefixes.length === 0) {
        for (const w of first.words) {
          const list = this.byFirstWord.get(w) ?? [];
          list.push(compiled);
          this.byFirstWord.set(w, list);
        }
      } else {
        this.unindexed.push(compiled);
      }
    }
    this.size = entries.length;
  }

  /** Non-overlapping matches, longest first at each position, left to right. */
  findAll(tokens: readonly Token[]): PatternMatch<M>[] {
    const out: PatternMatch<M>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i];
      if (!token) break;
      let best: PatternMatch<M> | undefined;
      const key = token.kind === 'hashtag' ? token.norm.slice(1) : token.norm;
      const candidates = this.byFirstWord.get(key);
      if (candidates) best = this.longest(candidates, tokens, i, best);
      if (this.unindexed.length > 0) best = this.longest(this.unindexed, tokens, i, best);
      if (best) {
        out.push(best);
        i = best.last;
      } else {
        i += 1;
      }
    }
    return out;
  }

  private longest(
    candidates: readonly CompiledPattern<M>[],
    tokens: readonly Token[],
    at: number,
    best: PatternMatch<M> | undefined,
  ): PatternMatch<M> | undefined {
    let result = best;
    for (const p of candidates) {
      const end = matchFrom(p.items, 0, tokens, at);
      if (end > at && (!result || end > result.last))
        result = { first: at, last: end, meta: p.meta, source: p.source };
    }
    return result;
  }
}

/** Returns the exclusive end token index of a match of items[k…] starting at token t, or -1. */
function matchFrom(items: readonly Item[], k: number, tokens: readonly Token[], t: number): number {
  if (k === items.length) return t;
  const item = items[k];
  if (!item) return -1;
  let pos = t;
  while (pos < tokens.length && k > 0 && isSkippable(tokens[pos] as Token)) pos += 1;
  if (item.type === 'gap') {
    // Try the shortest gap first so the phrase ends as early as it can.
    let skipped = 0;
    let p = pos;
    for (;;) {
      const end = matchFrom(items, k + 1, tokens, p);
      if (end >= 0) return end;
      const tok = tokens[p];
      if (skipped >= item.max || !tok || isBarrier(tok)) return -1;
      skipped += 1;
      p += 1;
    }
  }
  const token = tokens[pos];
  if (!token || !itemMatches(item, token)) return -1;
  return matchFrom(items, k + 1, tokens, pos + 1);
}
