import type { Settings } from '../settings/types';
import { brandOfAccount } from './account';
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

/** One CSV field: formula starts neutralized with a leading `'`, quoted per RFC 4180 when needed. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, which Excel needs to read non-ASCII text (emoji, umlauts). */
  bom?: boolean;
}

/**
 * The log as RFC 4180 CSV: a header row, one row per event (oldest first), CRLF line ends.
 * `time` is ISO 8601 in UTC; `day` is the local calendar day the budget counted it in; `brand` is
 * the id of the brand the account belongs to now (empty: unassigned); `text` is empty unless the
 * user kept drafts.
 */
export function postLogToCsv(log: PostLog, settings: Settings, options: CsvOptions = {}): string {
  const rows = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const e of log.events)
    rows.push(
      [
        e.id,
        new Date(e.at).toISOString(),
        dayKey(e.at),
        e.site,
        e.account,
        brandOfAccount(settings, e.site, e.account)?.id ?? '',
        e.kind,
        e.scores?.broadcast,
        e.scores?.pushiness,
        e.scores?.missingValue,
        e.text,
      ]
        .map(csvCell)
        .join(','),
    );
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
