import { PLATFORM_NAMES } from '../lib/core';
import { type CharCount, worstState } from '../lib/count/types';
import { type Analysis, type Band, SCORE_KEYS, type ScoreKey } from '../lib/scoring/types';

const LABEL: Record<ScoreKey, string> = {
  broadcast: 'broadcast tone',
  pushiness: 'pushiness',
  missingValue: 'missing value',
};
const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', under: '\x1b[4m' };
const SCORE_COLOR: Record<ScoreKey, string> = {
  broadcast: '\x1b[34m',
  pushiness: '\x1b[31m',
  missingValue: '\x1b[33m',
};
const BAND_COLOR: Record<Band, string> = { good: '\x1b[32m', consider: '\x1b[33m', rework: '\x1b[31m' };
/** The report shows at most this much of a draft; the scores cover the whole analysed text. */
const SHOWN_CHARS = 2_000;

/**
 * Drafts are input: an escape sequence in one (`\x1b]0;…`, `\x1b[2J`) would retitle or clear
 * the terminal, a lone `\r` overwrite the line. Each C0 control but tab and line feed shows as
 * its Unicode control picture (ESC as ␛), DEL as ␡, C1 controls and bidi overrides as U+FFFD;
 * one UTF-16 unit for one, so the findings' spans still fit.
 */
export function sanitizeForTerminal(text: string): string {
  return text.replace(/(?![\t\n])\p{Cc}|[\u202a-\u202e\u2066-\u2069]/gu, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}

function bar(value: number): string {
  const filled = Math.round(value / 5);
  return `${'█'.repeat(filled)}${'░'.repeat(20 - filled)}`;
}

/** The draft with the flagged words marked: colours on a terminal, [[…]] elsewhere. */
export function highlight(text: string, a: Analysis, color: boolean): string {
  const shown = sanitizeForTerminal(text.slice(0, SHOWN_CHARS));
  // Mark every span of every finding, the most specific first: shortest spans win where two
  // overlap; sentence-long findings ("no question anywhere") are explained below the draft
  // instead of painting the whole sentence.
  const chosen: Array<{ start: number; end: number; score: ScoreKey }> = [];
  const candidates = a.findings
    .flatMap((f) => f.spans.map((s) => ({ start: s.start, end: s.end, score: f.score })))
    .filter((s) => s.end > s.start && s.start < shown.length && s.end - s.start <= 80)
    .sort((x, y) => x.end - x.start - (y.end - y.start) || x.start - y.start);
  for (const s of candidates) {
    if (!chosen.some((g) => g.start < s.end && s.start < g.end)) chosen.push(s);
  }
  const spans = chosen.sort((x, y) => x.start - y.start);
  let out = '';
  let at = 0;
  for (const f of spans) {
    const end = Math.min(f.end, shown.length);
    out += shown.slice(at, f.start);
    const word = shown.slice(f.start, end);
    out += color ? `${ANSI.under}${SCORE_COLOR[f.score]}${word}${ANSI.reset}` : `[[${word}]]`;
    at = end;
  }
  out += shown.slice(at);
  if (text.length > SHOWN_CHARS) out += ` … (${text.length - SHOWN_CHARS} more characters)`;
  return out;
}

/** The draft's length as its platform counts it, for the report: "231 / 280 on X · 49 characters left". */
export function charsText(c: CharCount): string {
  const n = new Intl.NumberFormat('en');
  const figure = `${n.format(c.used)} / ${n.format(c.limit)} on ${PLATFORM_NAMES[c.platform]}`;
  const over = c.used - c.limit;
  const words =
    over > 0
      ? `${n.format(over)} over the limit`
      : `${n.format(-over)} character${-over === 1 ? '' : 's'} left`;
  const tags = c.extra
    .filter((e) => e.state !== 'ok')
    .map(
      (e) => `${e.used} of ${e.limit} ${e.kind}${e.used > e.limit ? ` (${e.used - e.limit} too many)` : ''}`,
    );
  return [figure, words, ...tags].join(' · ');
}

export function renderText(
  text: string,
  a: Analysis,
  ctx: { index: number; total: number; line: number | undefined; color: boolean; chars?: CharCount | null },
): string {
  const c = (code: string, s: string) => (ctx.color ? `${code}${s}${ANSI.reset}` : s);
  const lines: string[] = [];
  const where = ctx.line !== undefined ? ` (line ${ctx.line})` : '';
  const lang =
    a.languageSource === 'default'
      ? `${a.rulesLanguage}, too short to detect`
      : `${a.language}, ${a.languageSource}`;
  const title = ctx.total > 1 ? `Draft ${ctx.index + 1} of ${ctx.total}${where}` : 'Draft';
  lines.push(c(ANSI.bold, `${title} · ${lang} · overall: ${a.band}`));
  for (const key of ['broadcast', 'pushiness', 'missingValue'] as const) {
    const s = a.scores[key];
    lines.push(
      `  ${LABEL[key].padEnd(15)} ${String(s.value).padStart(3)}  ${c(BAND_COLOR[s.band], bar(s.value))}  ${s.band}`,
    );
  }
  if (ctx.chars) {
    const state = worstState(ctx.chars);
    const shown = charsText(ctx.chars);
    const paint = state === 'over' ? BAND_COLOR.rework : state === 'near' ? BAND_COLOR.consider : '';
    lines.push(`  ${'length'.padEnd(15)} ${paint ? c(paint, shown) : shown}`);
  }
  if (a.truncated)
    lines.push(
      c(
        ANSI.dim,
        '  (very long draft: only the first part was scored, at most 50,000 characters or 6,000 tokens)',
      ),
    );
  lines.push('', `  ${highlight(text, a, ctx.color).replace(/\n/g, '\n  ')}`, '');
  if (a.findings.length === 0) lines.push('  No problems found.');
  for (const f of a.findings) {
    // One line per cause; a cause found in several places says how many.
    const where = f.spans.length > 1 ? c(ANSI.dim, ` (${f.spans.length} places)`) : '';
    lines.push(
      `  ${c(SCORE_COLOR[f.score], `● ${LABEL[f.score]}`)} ${c(ANSI.dim, `[${f.rule}, ${f.level}]`)} ${sanitizeForTerminal(f.message.text)}${where}`,
    );
    lines.push(`      → ${sanitizeForTerminal(f.suggestion.text)}`);
  }
  const kept = new Set<string>();
  for (const s of a.strengths) {
    if (kept.has(s.kind)) continue;
    kept.add(s.kind);
    lines.push(`  ${c(BAND_COLOR.good, '✓ keep:')} ${sanitizeForTerminal(s.message.text)}`);
  }
  lines.push('', '');
  return lines.join('\n');
}

/** Drafts per band, for the summary. */
export type BandTally = Record<Band, number>;

/** "10 drafts: 4 rework · 4 consider · 2 good" (every band, zeros too: the same shape for scripts). */
export function summaryLine(t: BandTally): string {
  const total = t.good + t.consider + t.rework;
  return `${total} draft${total === 1 ? '' : 's'}: ${t.rework} rework · ${t.consider} consider · ${t.good} good`;
}

const BAND_RANK: Record<Band, number> = { good: 0, consider: 1, rework: 2 };
/** The findings a --fail-on line names, the heaviest first, one per rule. */
const FAIL_FINDINGS = 3;
/** The quoted words of a finding, at most this long in a --fail-on line. */
const QUOTE_CHARS = 40;

function quote(text: string): string {
  const flat = sanitizeForTerminal(text.replace(/\s+/g, ' ').trim());
  return `"${flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS - 1)}…` : flat}"`;
}

/**
 * One line for a draft that reached `--fail-on`: where it is, its band, the scores that reached the
 * band and the findings that weigh most in them, e.g.
 * `line 3: rework · pushiness 72 · call-to-action "Buy now"; shouting "LAST CHANCE"`.
 */
export function failLine(
  a: Analysis,
  at: { index: number; line: number | undefined; total: number },
  failOn: Band,
): string {
  const where =
    at.line !== undefined ? `line ${at.line}` : at.total > 1 ? `draft ${at.index + 1}` : 'the draft';
  const reached = SCORE_KEYS.filter((k) => BAND_RANK[a.scores[k].band] >= BAND_RANK[failOn]);
  const scores = reached.map((k) => `${LABEL[k]} ${a.scores[k].value}`);
  // The findings of the scores that reached the band (all findings if a brand threshold put the
  // draft there some other way), heaviest first.
  const own = a.findings.filter((f) => reached.includes(f.score));
  // One per rule (its heaviest finding), so three different reasons rather than one rule three times.
  const seen = new Set<string>();
  const top = [...(own.length > 0 ? own : a.findings)]
    .sort((x, y) => y.weight - x.weight)
    .filter((f) => !seen.has(f.rule) && seen.add(f.rule))
    .slice(0, FAIL_FINDINGS)
    .map((f) => `${f.rule} ${quote(f.text)}`);
  return [`${where}: ${a.band}`, scores.join(', '), top.join('; ')].filter((p) => p !== '').join(' · ');
}
