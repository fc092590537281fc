import type { Analysis, Band, ScoreKey } from '../lib/scoring/types';

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

export function renderText(
  text: string,
  a: Analysis,
  ctx: { index: number; total: number; line: number | undefined; color: boolean },
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
