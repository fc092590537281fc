/** Plain-text and Markdown tables for the eval and bench reports. */

export type Align = 'left' | 'right';

/** Columns padded to their widest cell; `align[i]` defaults to left. */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => width(row[col] ?? ''))));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, col) => pad(cell, widths[col] ?? 0, align[col] ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** A GitHub-flavoured Markdown table; pipes inside cells are escaped. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  const line = (row: readonly string[]): string => `| ${row.map(cell).join(' | ')} |`;
  const rule = `|${header.map((_, col) => (align[col] === 'right' ? '---:' : '---')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Display width in code points (good enough for the ASCII-plus-symbols these reports print). */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, target: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, target - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** 5171 → "5,171". */
export function formatInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Fixed decimals, or "n/a" for NaN. */
export function fixed(n: number, digits: number): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}
