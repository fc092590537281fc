import { brandOfAccount } from '../core';
import type { Settings } from '../settings/types';
import { dayKey } from './day';
import { POST_LOG_VERSION, type PostLog } from './types';

/** The marker that tells a Steady post-log export from any other JSON. */
export const POST_LOG_FORMAT = 'steady-post-log';

export const CSV_COLUMNS = [
  'id',
  'time',
  'day',
  'site',
  'account',
  'brand',
  'kind',
  'broadcast',
  'pushiness',
  'missing_value',
  'text',
] as const;

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP);
 * tab and carriage return are included because some spreadsheets skip them before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A formula start right after a character that a spreadsheet may split cells or rows on: `,` (the
 * file's own separator), `;` (German and Dutch Excel split a comma file on semicolons, so
 * `Hallo;=1+1` ends up as a cell `=1+1`), tab and line ends (when quotes are not honoured).
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n])([=+\-@])/g;

/** One CSV field: formula starts neutralized with a leading `'`, quoted per RFC 4180 when needed. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A text field of the export: always quoted, so no separator inside it splits it in a reader that
 * honours quotes, and a formula start at its beginning or after any separator is neutralized with
 * `'`, for readers that split on another separator than the file's (OWASP CSV injection).
 */
export function csvText(value: string | null | undefined): string {
  let s = value ?? '';
  if (FORMULA_START.test(s)) s = `'${s}`;
  s = s.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return `"${s.replace(/"/g, '""')}"`;
}

/** An ISO 8601 time, or '' for a time no Date can hold (never thrown on). */
function isoTime(at: number): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, which Excel needs to read non-ASCII text (emoji, umlauts). */
  bom?: boolean;
}

/**
 * The log as RFC 4180 CSV: a header row, one row per event (oldest first), CRLF line ends; text
 * fields quoted and guarded (`csvText`), scores as plain numbers.
 * `time` is ISO 8601 in UTC; `day` is the local calendar day the budget counted it in; `brand` is
 * the id of the brand the account belongs to now (empty: unassigned); `text` is empty unless the
 * user kept drafts.
 */
export function postLogToCsv(log: PostLog, settings: Settings, options: CsvOptions = {}): string {
  const rows = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const e of log.events) {
    const time = isoTime(e.at);
    rows.push(
      [
        csvText(e.id),
        csvText(time),
        csvText(time === '' ? '' : dayKey(e.at)),
        csvText(e.site),
        csvText(e.account),
        csvText(brandOfAccount(settings, e.site, e.account)?.id ?? ''),
        csvText(e.kind),
        csvCell(e.scores?.broadcast),
        csvCell(e.scores?.pushiness),
        csvCell(e.scores?.missingValue),
        csvText(e.text),
      ].join(','),
    );
  }
  return `${options.bom ? '\uFEFF' : ''}${rows.join('\r\n')}\r\n`;
}

/** The log as a JSON file: the format marker, its version, when it was exported and the events. */
export function postLogToJson(log: PostLog, now: number): string {
  return `${JSON.stringify(
    {
      format: POST_LOG_FORMAT,
      version: POST_LOG_VERSION,
      exportedAt: new Date(now).toISOString(),
      events: log.events,
    },
    null,
    2,
  )}\n`;
}
