import type { Analysis, ScoreKey } from '../../lib/scoring/types';
import { rangesFor } from '../../lib/sites/read-text';
import type { EditorText } from '../../lib/sites/types';

/**
 * Marks the words behind each finding with the CSS Custom Highlight API: ranges over the
 * editor's own text nodes, painted by `::highlight()`. Nothing is inserted into or changed in
 * the editor (unlike wrapping words in spans, which Draft.js and Lexical undo or break on).
 * The style sheet is a constructed one, adopted by the document: no <style> node either.
 */

const NAMES: Record<ScoreKey, string> = {
  broadcast: 'steady-broadcast',
  pushiness: 'steady-pushiness',
  missingValue: 'steady-missing-value',
};
/** Sentence-long findings ("no question anywhere") are explained in the panel, not painted. */
const MAX_HIGHLIGHT = 80;

const CSS_TEXT = `
::highlight(steady-broadcast) { text-decoration: underline wavy rgb(37 99 235 / 0.85); text-underline-offset: 3px; }
::highlight(steady-pushiness) { text-decoration: underline wavy rgb(220 38 38 / 0.85); text-underline-offset: 3px; }
::highlight(steady-missing-value) { text-decoration: underline wavy rgb(202 138 4 / 0.9); text-underline-offset: 3px; }
`;

let sheet: CSSStyleSheet | undefined;

/**
 * Every span of every finding that gets an underline, with the score that colours it: a cause
 * that occurs four times ("6 hashtags where about 3 …") is one finding in the panel and four
 * underlines in the editor. Pure, so the unit test needs no browser.
 */
export function highlightSpans(
  analysis: Pick<Analysis, 'findings'>,
): Array<{ start: number; end: number; score: ScoreKey }> {
  const out: Array<{ start: number; end: number; score: ScoreKey }> = [];
  for (const f of analysis.findings)
    for (const s of f.spans)
      if (s.end > s.start && s.end - s.start <= MAX_HIGHLIGHT)
        out.push({ start: s.start, end: s.end, score: f.score });
  return out;
}

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

function adoptSheet(): void {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS_TEXT);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export function drawHighlights(analysis: Analysis, parts: readonly EditorText[], separator: number): void {
  if (!supported()) return;
  adoptSheet();
  const byScore: Record<ScoreKey, AbstractRange[]> = { broadcast: [], pushiness: [], missingValue: [] };
  // Where each editor's text starts in the joined draft (thread items are joined by `separator`).
  const starts: number[] = [];
  let at = 0;
  for (const p of parts) {
    starts.push(at);
    at += p.text.length + separator;
  }
  for (const span of highlightSpans(analysis)) {
    for (let i = parts.length - 1; i >= 0; i--) {
      const base = starts[i] ?? 0;
      const part = parts[i];
      if (!part || span.start < base) continue;
      if (span.end <= base + part.text.length)
        byScore[span.score].push(...rangesFor(part, span.start - base, span.end - base));
      break;
    }
  }
  for (const key of Object.keys(NAMES) as ScoreKey[]) {
    const ranges = byScore[key];
    if (ranges.length === 0) CSS.highlights.delete(NAMES[key]);
    else CSS.highlights.set(NAMES[key], new Highlight(...ranges));
  }
}

export function clearHighlights(): void {
  if (!supported()) return;
  for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
}
