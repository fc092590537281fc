import type { Analysis, Finding, Level, ScoreKey } from '../lib/scoring/types';

/**
 * How the panels (the overlay's and `AnalysisView`) list findings, computed without the DOM or
 * i18n so it is testable in Node (finding-model.test.ts). The scorer already gives one finding
 * per cause with all its spans; the panels list each finding once, quote its distinct words and,
 * when the same words recur, say how often ("… (3×)").
 */

/** Longer spans (a whole sentence for "missing question") are shortened in the list. */
export const MAX_QUOTE = 140;
/** A cause with many different words (every "wir/unser") quotes the first few. */
export const MAX_QUOTES = 6;

const LEVEL_ORDER: Record<Level, number> = { error: 0, warning: 1, suggestion: 2 };

export function shorten(s: string): string {
  return s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1).trimEnd()}…` : s;
}

/** Errors first, then the cause that adds the most points, then draft order. */
export function byImportance(a: Finding, b: Finding): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || b.weight - a.weight || a.start - b.start;
}

/** A key that is unique per finding in one analysis (rule and first span). */
export function findingKey(f: Finding): string {
  return `${f.rule}:${f.start}:${f.end}`;
}

/**
 * How many times the same words occur when a cause is one repeated word ("synergy" three
 * times, "!" four times), else 1. Count rules whose spans differ ("#beans", "#latte") already
 * say the count in their message, so they get no "(n×)".
 */
export function repeats(f: Finding): number {
  if (f.spans.length < 2) return 1;
  const first = f.spans[0]?.text.toLowerCase();
  return f.spans.every((s) => s.text.toLowerCase() === first) ? f.spans.length : 1;
}

/** The distinct words of a cause in draft order (case aside), at most `MAX_QUOTES`, shortened. */
export function quotes(f: Finding): { shown: string[]; more: number } {
  const seen = new Set<string>();
  const all: string[] = [];
  for (const s of f.spans) {
    const key = s.text.trim().toLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    all.push(shorten(s.text.trim()));
  }
  return { shown: all.slice(0, MAX_QUOTES), more: Math.max(0, all.length - MAX_QUOTES) };
}

/**
 * The findings a panel lists, most important first: one row per cause. With `focus` (the person
 * clicked that score's badge), that score's findings come first, so "why is Tone 85?" is answered
 * at the top; the rest follow in the same order.
 */
export function panelFindings(analysis: Pick<Analysis, 'findings'>, focus?: ScoreKey): Finding[] {
  const first = (f: Finding) => (focus !== undefined && f.score === focus ? 0 : 1);
  return [...analysis.findings].sort((a, b) => first(a) - first(b) || byImportance(a, b));
}

/** The points a cause adds to its score (before squashing), as the panels print it: "+18". */
export function points(f: Pick<Finding, 'weight'>): number {
  return Math.round(f.weight);
}
