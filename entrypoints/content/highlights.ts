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
): Array<{ start: number; end: number; score: ScoreKey; finding: number; span: number }> {
  const out: Array<{ start: number; end: number; score: ScoreKey; finding: number; span: number }> = [];
  analysis.findings.forEach((f, finding) => {
    f.spans.forEach((s, span) => {
      if (s.end > s.start && s.end - s.start <= MAX_HIGHLIGHT)
        out.push({ start: s.start, end: s.end, score: f.score, finding, span });
    });
  });
  return out;
}

/** One underlined span as drawn: which finding and span of the analysis, over which DOM ranges. */
export interface DrawnSpan {
  finding: number;
  span: number;
  /** Its length in the draft: where underlines overlap, the shortest (most specific) wins. */
  length: number;
  ranges: readonly StaticRange[];
}

/** What the underlines show now, for the card's hit-test (empty when nothing is drawn). */
let drawn: { analysis: Analysis; spans: DrawnSpan[] } | null = null;

/** The rects of one drawn span's text on screen, line by line (live: measured now). */
export function spanRects(spans: readonly StaticRange[]): DOMRect[] {
  const out: DOMRect[] = [];
  for (const r of spans) {
    // A StaticRange cannot measure itself; a live Range over the same points can, and is dropped at once.
    const live = document.createRange();
    try {
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
    } catch {
      continue; // the editor replaced the node since: nothing to measure
    }
    for (const rect of live.getClientRects()) if (rect.width > 0 && rect.height > 0) out.push(rect);
  }
  return out;
}

/** Extra pixels below a line that still count as on its underline (the wavy line hangs below the text). */
const UNDERLINE_SLACK = 4;

/**
 * The underlined span under the point (viewport pixels), with the rect of its line there; null when
 * the point is on no underline or the analysis is not the one drawn. Read-only: it measures ranges.
 */
export function hitTest(
  analysis: Analysis,
  x: number,
  y: number,
): { finding: number; span: number; line: DOMRect } | null {
  if (!drawn || drawn.analysis !== analysis) return null;
  let best: { finding: number; span: number; line: DOMRect; length: number } | null = null;
  for (const d of drawn.spans) {
    if (best && d.length >= best.length) continue;
    for (const rect of spanRects(d.ranges)) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom + UNDERLINE_SLACK) {
        best = { finding: d.finding, span: d.span, line: rect, length: d.length };
        break;
      }
    }
  }
  return best && { finding: best.finding, span: best.span, line: best.line };
}

/** The drawn ranges of a finding's span (none for a textarea or a span not drawn). */
export function drawnRanges(analysis: Analysis, finding: number, span: number): readonly StaticRange[] {
  if (!drawn || drawn.analysis !== analysis) return [];
  return drawn.spans.find((d) => d.finding === finding && d.span === span)?.ranges ?? [];
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
  const spans: DrawnSpan[] = [];
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
      if (span.end <= base + part.text.length) {
        const ranges = rangesFor(part, span.start - base, span.end - base);
        byScore[span.score].push(...ranges);
        if (ranges.length > 0)
          spans.push({ finding: span.finding, span: span.span, length: span.end - span.start, ranges });
      }
      break;
    }
  }
  drawn = { analysis, spans };
  for (const key of Object.keys(NAMES) as ScoreKey[]) {
    const ranges = byScore[key];
    if (ranges.length === 0) CSS.highlights.delete(NAMES[key]);
    else CSS.highlights.set(NAMES[key], new Highlight(...ranges));
  }
}

export function clearHighlights(): void {
  drawn = null;
  if (!supported()) return;
  for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
}
