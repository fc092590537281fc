import { RE2JS } from 're2js';
import { type Problem, problem } from '../validation/errors';

/**
 * Users' regular expressions (`banned[].pattern`) run on RE2JS, a pure-JavaScript port of RE2,
 * never on the browser's backtracking RegExp.
 *
 * Why an engine and not an analyser: V8's RegExp backtracks, so `^(\w+\s?)+$` took 8.7 s on a
 * 49-character sentence and `(a+)+$` ran past 60 s (issue 11). ReDoS analysers (`recheck`,
 * `scslre`, star-height checks) only refuse the shapes they know; recheck's own tracker has
 * patterns that time out the checker (makenowjust-labs/recheck#992), and none of them bounds the
 * polynomial cases a global scan adds (`buy.*now` on a long line of "buy buy …" is quadratic on
 * any backtracking engine). RE2 explores all alternatives at once (Thompson NFA / lazy DFA), so a
 * search costs O(program size × text length) whatever the pattern. RE2 compiled to WebAssembly
 * (`re2-wasm`) would need 'wasm-unsafe-eval' in the extension's CSP and ships for Node; RE2JS
 * needs no CSP change, runs the same in the worker, the options page and the CLI, and works on
 * UTF-16 strings, so its offsets are the draft's offsets.
 *
 * What RE2 cannot do in linear time it refuses: lookaheads and back-references (the features
 * that make matching NP-hard). Lookbehinds without captures are supported (RE2JS.LOOKBEHINDS).
 *
 * The work stays bounded per draft too (`PatternBudget`): one run scans at most
 * `PATTERN_WORK / programSize` characters, and the whole pass over a brand's patterns stops
 * after `PASS_MS`; the draft then gets a finding that says so (`brand:budget`).
 */

/** A compiled user pattern; `size` is RE2's program size, the factor in its running time. */
export interface UserPattern {
  source: string;
  re: RE2JS;
  size: number;
}

/**
 * RE2 steps (program instructions × characters) one pattern run may take. Measured on this
 * project's 2-core machine: the NFA costs up to ~24 ns per step (`(.*a){20}`, 102
 * instructions, 96 ms on 50,000 characters), so 600,000 steps stay under ~15 ms, with room
 * for a busy machine (twice that with the test suite running beside it). Typical brand patterns
 * have 10–50 instructions (`best[- ]ever` 11, `\b(?:buy|order|shop)\s+now\b` 23): up to 24
 * instructions scan 25,000 characters, X Premium's longest post; 12 scan all 50,000 characters
 * `analyze()` keeps; one of 300 scans the first 2,000.
 */
export const PATTERN_WORK = 600_000;
/** Larger programs are refused: past this, a run would check too little of a draft to be useful. */
export const MAX_PROGRAM_SIZE = 300;
/** Wall-clock box for all of one brand's patterns and phrases on one draft. */
export const PASS_MS = 150;

const FLAGS = RE2JS.CASE_INSENSITIVE | RE2JS.LOOKBEHINDS;

/**
 * RE2's `\s` is `[\t\n\f\r ]` and its `.` matches everything but `\n`; JavaScript's `\s` also
 * takes the no-break and other Unicode spaces (contenteditable editors write U+00A0), and its `.`
 * stops at `\r`, U+2028 and U+2029 too. Mapping those characters, each one UTF-16 unit to one,
 * keeps the offsets and gives patterns the JavaScript meaning their users wrote them for.
 */
export function re2Text(text: string): string {
  return text
    .replace(/[\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/g, ' ')
    .replace(/[\r\u2028\u2029]/g, '\n');
}

/**
 * Compiles a user pattern (JavaScript syntax, matched case-insensitively), or returns why not
 * as a validation problem (the validator adds the path).
 */
export function compileUserPattern(source: string): UserPattern | Problem {
  // JavaScript's own parser first: the patterns are documented as JavaScript syntax, and its
  // message is the one users can look up.
  try {
    new RegExp(source, 'u');
  } catch (e) {
    // V8 repeats the pattern: "Invalid regular expression: /(/u: Unterminated group"; the field
    // already shows it, so only the reason is kept.
    const why = e instanceof Error ? e.message : String(e);
    return problem('regex', why.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, ''));
  }
  // In Unicode mode `\k` can only be a named back-reference; RE2JS's translator would read it
  // as a literal "k", so it is refused here rather than silently meaning something else.
  if (/(?:^|[^\\])(?:\\\\)*\\k</.test(source)) return problem('regex_backref', '\\k<name>');
  let re: RE2JS;
  try {
    re = RE2JS.compile(RE2JS.translateRegExp(source), FLAGS);
  } catch (e) {
    return unsupported(source, e);
  }
  const size = re.programSize();
  if (size > MAX_PROGRAM_SIZE) return problem('regex_complex', size, MAX_PROGRAM_SIZE);
  return { source, re, size };
}

function unsupported(source: string, e: unknown): Problem {
  if (/\(\?[=!]/.test(source)) return problem('regex_lookahead');
  if (/\\[1-9]/.test(source)) return problem('regex_backref', '\\1 …');
  const why = e instanceof Error ? e.message : String(e);
  return problem('regex_unsupported', why.replace(/^error parsing regexp: /, '').replace(/: `[^`]*`$/, ''));
}

/**
 * Runs a pattern over `text` (already `re2Text`), returning at most `maxHits` non-empty matches
 * as UTF-16 spans. `limit` characters at most are searched.
 */
export function findAll(
  p: UserPattern,
  text: string,
  maxHits: number,
  limit: number,
): Array<{ start: number; end: number }> {
  const input = text.length > limit ? text.slice(0, limit) : text;
  // The lazy DFA answers "is there any match" fast; only drafts that contain one pay for the
  // NFA that finds the spans.
  if (!p.re.test(input)) return [];
  const out: Array<{ start: number; end: number }> = [];
  const m = p.re.matcher(input);
  while (out.length < maxHits && m.find()) {
    const start = m.start();
    const end = m.end();
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** How many characters one run of a pattern of this program size may search. */
export function charsFor(size: number): number {
  return Math.floor(PATTERN_WORK / Math.max(1, size));
}

const now: () => number = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

/** What one draft's brand-pattern pass has spent and skipped; shared by the brand's rules. */
export class PatternBudget {
  private readonly started = now();
  /** Patterns that searched only the first `cut` characters of the draft. */
  partial = 0;
  cut = Number.POSITIVE_INFINITY;
  /** Patterns and phrases not run at all because the pass ran out of time. */
  skipped = 0;
  /** Patterns and phrases run. */
  ran = 0;

  /** False once the pass is over its time: the caller skips the pattern (counted). */
  admit(): boolean {
    if (now() - this.started > PASS_MS) {
      this.skipped += 1;
      return false;
    }
    this.ran += 1;
    return true;
  }

  /** Characters a pattern of this size may search in a text of `length`; records a cut. */
  limitFor(size: number, length: number): number {
    const limit = charsFor(size);
    if (limit < length) {
      this.partial += 1;
      this.cut = Math.min(this.cut, limit);
    }
    return limit;
  }
}
