import type { Finding, Language } from '../scoring/types';

/**
 * "Apply" for findings whose fix is a direct replacement (issue 10): a brand's preferred term for a
 * discouraged one, a banned phrase that has a replacement, "!!!" → "!", a SHOUTED word → its normal
 * case, a wall of hashtags → the allowed number (the first ones stay). Pure span arithmetic on the
 * draft's UTF-16 offsets: no DOM, so every case is pinned down in Node. The content script turns
 * the one `Edit` into a selection in the editor and types it through the editor's own input path.
 *
 * Never touches text the person did not ask to change: a fix is exactly one contiguous edit, its
 * edges fall on grapheme boundaries (never inside an emoji ZWJ sequence or between a letter and its
 * combining mark), and a fix whose region would have to re-type the person's own words (tags mixed
 * with prose) is not offered. A finding whose spans no longer match the draft (stale: the person
 * typed since it was scored) gives no fix either.
 */

/** Replace `draft.slice(start, end)` with `text` (half-open UTF-16 offsets). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** What the card says before the click: "FREE" → "free", or how many items go. */
export type FixLabel = { kind: 'replace'; from: string; to: string } | { kind: 'remove'; count: number };

export interface Fix {
  edit: Edit;
  label: FixLabel;
  /** The whole draft after the edit: what the editor must read afterwards, exactly. */
  expected: string;
}

/** The finding fields a fix needs (a Finding, or the same shape from a message). */
export type FixableFinding = Pick<Finding, 'rule' | 'spans'> & { replacement?: string };

/** Rules whose findings' spans are the items over an allowance: the fix removes them all at once. */
const REMOVE_ALL_RULES = new Set(['hashtag-stuffing', 'brand:limit:hashtags']);

export function applyEdit(draft: string, edit: Edit): string {
  return draft.slice(0, edit.start) + edit.text + draft.slice(edit.end);
}

/** Whether every span of the finding still holds its text in `draft`. */
export function isCurrent(draft: string, finding: Pick<Finding, 'spans'>): boolean {
  return finding.spans.every(
    (s) => s.start >= 0 && s.end <= draft.length && s.start < s.end && draft.slice(s.start, s.end) === s.text,
  );
}

/**
 * The fix for the finding's span `spanIndex` in `draft` (for a hashtag wall: for all its spans at
 * once), or null when the finding has no direct replacement, is stale, or cannot be one clean edit.
 */
export function fixFor(
  draft: string,
  finding: FixableFinding,
  spanIndex: number,
  lang: Language = 'en',
): Fix | null {
  const span = finding.spans[spanIndex];
  if (!span || !isCurrent(draft, finding)) return null;
  let edit: Edit | null = null;
  let label: FixLabel | null = null;
  if (REMOVE_ALL_RULES.has(finding.rule)) {
    edit = removeAll(draft, finding.spans);
    if (edit) label = { kind: 'remove', count: finding.spans.length };
  } else {
    const text = replacementFor(draft, finding, span, lang);
    if (text !== null && text !== span.text) {
      edit = { start: span.start, end: span.end, text };
      label = { kind: 'replace', from: span.text, to: text };
    }
  }
  if (!edit || !label || !onBoundary(draft, edit.start) || !onBoundary(draft, edit.end)) return null;
  return { edit, label, expected: applyEdit(draft, edit) };
}

function replacementFor(
  draft: string,
  finding: FixableFinding,
  span: { start: number; end: number; text: string },
  lang: Language,
): string | null {
  if (finding.rule.startsWith('brand:preferred:') || finding.rule.startsWith('brand:banned:')) {
    const r = finding.replacement;
    return r === undefined || r.trim() === '' ? null : matchCase(span.text, r.trim());
  }
  if (finding.rule === 'exclamation-marks') {
    // Only a run ("!!!", "?!!") has a direct fix; a second single "!" needs the writer's judgement.
    return /!{2,}/.test(span.text) ? span.text.replace(/!{2,}/g, '!') : null;
  }
  if (finding.rule === 'all-caps') return normalCase(draft, span.start, span.text, lang);
  return null;
}

/**
 * A replacement keeps the capital of what it replaces at the start of a sentence ("Utilize" →
 * "Use" when the brand wrote "use"); otherwise it is written exactly as the brand wrote it.
 */
function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  const isCapital = first !== first.toLowerCase() && first === first.toUpperCase();
  const shouted =
    original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase();
  if (isCapital && !shouted) return capitalise(replacement);
  return replacement;
}

function capitalise(s: string): string {
  const [first = ''] = graphemes(s);
  return first.toUpperCase() + s.slice(first.length);
}

/**
 * A shouted word in its normal case: lower case, with a capital at the start of a sentence ("FREE
 * shipping" → "Free shipping", "is HUGE" → "is huge"). German nouns keep no capital here: the
 * card shows the result before the click.
 */
function normalCase(draft: string, start: number, text: string, lang: Language): string {
  const lower = text.toLocaleLowerCase(lang);
  if (!startsSentence(draft, start)) return lower;
  const [first = ''] = graphemes(lower);
  return first.toLocaleUpperCase(lang) + lower.slice(first.length);
}

/**
 * Whether `offset` starts a sentence: nothing before it but spaces, quotes, brackets and emoji since
 * the text's start, a line break or a sentence's end (.!?…) — "🎉 FREE coffee" starts one.
 */
function startsSentence(draft: string, offset: number): boolean {
  const before = draft.slice(0, offset).replace(LEAD_IN, '');
  return before === '' || /[\n.!?…]$/.test(before);
}

// The joiner and variation selector are alternatives of their own: inside a class Biome reads them as a joined sequence.
const LEAD_IN = /(?:[\s"'“”„«»‘’()[\]¡¿\p{Extended_Pictographic}\p{Emoji_Modifier}]|\u200d|\ufe0f)+$/u;

const HORIZONTAL_SPACE = /[ \t\u00a0\u3000]/;

/**
 * One edit that removes every span with the space before it (" #c #d" of "… #a #b #c #d"); a span
 * at the start of a line takes the space after it instead. Null when anything but space lies
 * between the spans (the person's own words would be re-typed).
 */
function removeAll(draft: string, spans: ReadonlyArray<{ start: number; end: number }>): Edit | null {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  if (!first) return null;
  // Overlapping or touching spans are one stretch.
  let end = first.end;
  for (const s of sorted.slice(1)) {
    if (s.start > end && draft.slice(end, s.start).trim() !== '') return null;
    end = Math.max(end, s.end);
  }
  let start = first.start;
  while (start > 0 && HORIZONTAL_SPACE.test(draft.charAt(start - 1))) start -= 1;
  if (start === first.start || start === 0 || draft.charAt(start - 1) === '\n') {
    // Nothing (or only indentation) before it on its line: take the space after it instead.
    start = first.start;
    while (end < draft.length && HORIZONTAL_SPACE.test(draft.charAt(end))) end += 1;
  }
  return { start, end, text: '' };
}

let segmenter: Intl.Segmenter | undefined;

function graphemes(s: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(s), (g) => g.segment);
}

/** Whether `offset` falls between two grapheme clusters of `draft` (or at either end). */
export function onBoundary(draft: string, offset: number): boolean {
  if (offset <= 0 || offset >= draft.length) return offset === 0 || offset === draft.length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  // Only the neighbourhood matters: a cluster is never longer than this in real text.
  const from = Math.max(0, offset - 64);
  for (const g of segmenter.segment(draft.slice(from, Math.min(draft.length, offset + 64)))) {
    const at = from + g.index;
    if (at === offset) return true;
    if (at > offset) return false;
  }
  return false;
}
