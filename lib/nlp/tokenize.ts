/**
 * A single-pass tokenizer for social posts in English, German and Dutch.
 *
 * Every token keeps its half-open UTF-16 span into the original draft, so findings can
 * point at `draft.slice(start, end)` exactly — the overlay and the CLI highlight by span.
 * One global regex walks the text once: linear in the input, which matters for a 1 MB paste.
 */

export type TokenKind =
  | 'word'
  | 'number'
  | 'url'
  | 'email'
  | 'mention'
  | 'hashtag'
  | 'emoji'
  | 'punct'
  | 'symbol';

export interface Token {
  kind: TokenKind;
  /** Exactly `draft.slice(start, end)`. */
  text: string;
  /** Lower-cased, curly apostrophes made straight; for matching only. */
  norm: string;
  start: number;
  end: number;
  /** Index of the sentence this token belongs to. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
  /** The terminal punctuation run, e.g. `?`, `!!!`, `.` or '' when the sentence just stops. */
  terminal: string;
}

const URL = String.raw`(?:https?:\/\/|www\.)[^\s<>"'()]+[^\s<>"'().,:;!?]|\b[a-z0-9][a-z0-9-]*\.(?:com|net|org|io|co|ly|de|nl|be|at|ch|eu|uk|app|shop|store)(?:\/[^\s<>"'()]*[^\s<>"'().,:;!?])?(?![\p{L}\p{N}])`;
// Bounded like the RFC limits (local part ≤ 64, domain ≤ 253): an unbounded `[…]+@` is tried at
// every position of a run like `a_a_a…` or `a%a%…`, scanning to the run's end for an "@" each
// time: quadratic, 3.3 s on 50 KB (issue 11). Bounded, each position costs at most 64 steps.
const EMAIL = String.raw`[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.[\p{L}]{2,63}`;
const MENTION = String.raw`@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?(?:@[\p{L}\p{N}.-]+\.[\p{L}]{2,})?`;
const HASHTAG = String.raw`#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*`;
// Numbers incl. prices, percentages, times and dates: 20%, 4.50, 1,299, 12:30, 21/05, 2nd, 10x.
const NUMBER = String.raw`\p{N}+(?:[.,:/-]\p{N}+)*(?:st|nd|rd|th|e|de|ste|x|k|m)?(?![\p{L}\p{N}])|\p{N}+(?:[.,:/-]\p{N}+)*`;
// Words with inner apostrophes or hyphens: don't, geht's, e-mail, 's-Hertogenbosch stays split.
// Dotted abbreviations are one word so they do not end a sentence: e.g., i.e., z.B., U.S.
const ABBREVIATION = String.raw`\p{L}(?:\.\p{L}){1,3}\.`;
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*`;
const EMOJI = String.raw`(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\p{Emoji_Modifier}|\u200D(?:\p{Extended_Pictographic}|\p{Regional_Indicator})|\p{Regional_Indicator}|\u20E3)*`;
const PUNCT = String.raw`[!?¡¿‽]+|\.{2,}|…|[.,;:]`;

const TOKEN_RE = new RegExp(
  `(${URL})|(${EMAIL})|(${MENTION})|(${HASHTAG})|(${EMOJI})|(${NUMBER})|(${ABBREVIATION}|${WORD})|(${PUNCT})|(\\S)`,
  'giu',
);

const KINDS: readonly TokenKind[] = [
  'url',
  'email',
  'mention',
  'hashtag',
  'emoji',
  'number',
  'word',
  'punct',
  'symbol',
];

function normalize(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

/** Abbreviations whose trailing dot does not end a sentence (en, de, nl). */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'mr',
  'mrs',
  'dr',
  'z.b',
  'bzw',
  'usw',
  'ca',
  'inkl',
  'evtl',
  'o.a',
  'bijv',
  'enz',
  'nr',
  'st',
]);

/**
 * Where the first `max` tokens of `text` end (the whole length when it has fewer). One pass of
 * the token regex, without building tokens: `analyze()` cuts drafts made of tiny tokens with it.
 */
export function endOfTokens(text: string, max: number): number {
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  let n = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    n += 1;
    if (n === max) return m.index + m[0].length;
  }
  return text.length;
}

export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let sentenceStart = -1;
  let sentenceFirst = 0;
  const closeSentence = (terminal: string, end: number) => {
    if (sentenceStart < 0) return;
    sentences.push({ start: sentenceStart, end, first: sentenceFirst, last: tokens.length, terminal });
    sentence += 1;
    sentenceStart = -1;
    sentenceFirst = tokens.length;
  };

  TOKEN_RE.lastIndex = 0;
  let lastEnd = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    // A blank line (or a line break after a complete thought) ends a sentence: posts use
    // line breaks where prose uses full stops.
    if (sentenceStart >= 0 && /\n/.test(text.slice(lastEnd, start))) {
      const prev = tokens[tokens.length - 1];
      closeSentence('', prev ? prev.end : lastEnd);
    }
    let kind: TokenKind = 'symbol';
    for (let g = 1; g <= KINDS.length; g++) {
      if (m[g] !== undefined) {
        kind = KINDS[g - 1] ?? 'symbol';
        break;
      }
    }
    const raw = m[0];
    const end = start + raw.length;
    if (sentenceStart < 0) {
      sentenceStart = start;
      sentenceFirst = tokens.length;
    }
    const token: Token = { kind, text: raw, norm: normalize(raw), start, end, sentence };
    tokens.push(token);
    lastEnd = end;
    if (kind === 'punct' && /[.!?…‽]/.test(raw) && !/[,;:]/.test(raw)) {
      const prev = tokens[tokens.length - 2];
      const isAbbrev =
        raw === '.' && prev !== undefined && prev.end === start && ABBREVIATIONS.has(prev.norm);
      if (!isAbbrev) closeSentence(raw, end);
    }
  }
  const last = tokens[tokens.length - 1];
  if (last) closeSentence('', last.end);
  return { tokens, sentences };
}
