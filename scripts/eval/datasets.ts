/**
 * Loaders for the labelled corpora in the shared data directory, exactly as its README describes them.
 * Everything here is pure except `resolveDataDir` and `loadCorpora`, which touch the file system.
 */

import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv';

export interface Labeled {
  text: string;
  positive: boolean;
}

export interface Deduped {
  items: Labeled[];
  /** Input rows before deduplication. */
  rows: number;
  /** Distinct texts that appeared with both labels (kept once, majority label, first label on a tie). */
  conflicts: number;
}

export const DATA_FILES = {
  sms: 'sms-spam-collection.tsv',
  clickbait: 'clickbait-headlines.txt',
  news: 'news-headlines.txt',
  tweetActs: 'tweet-acts.csv',
  corporate: 'corporate-messaging.jsonl',
  webis: 'webis-clickbait17.jsonl',
  germeval: 'germeval25-call-to-action.jsonl',
} as const;

/** The repository root, found from this file's location so the scripts work from any cwd. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `STEADY_DATA` (relative paths resolve against the cwd, like any path a user types) or
 * `../shared/data` next to the repository root.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.STEADY_DATA;
  if (fromEnv !== undefined && fromEnv !== '') return isAbsolute(fromEnv) ? fromEnv : resolve(fromEnv);
  return resolve(REPO_ROOT, '../shared/data');
}

/** Null when the directory and every corpus file exist, otherwise a one-line reason. */
export function checkDataDir(
  dir: string,
  files: readonly string[] = Object.values(DATA_FILES),
): string | null {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return `data directory not found: ${dir} (set STEADY_DATA or put the corpora in ../shared/data)`;
  }
  const missing = files.filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) return `data directory ${dir} lacks ${missing.join(', ')}`;
  return null;
}

/**
 * Keeps each distinct text once. A text seen with both labels gets the label it carries most often, or
 * the first one it was seen with on a tie, and counts as one conflict. Order follows first appearance.
 */
export function dedupeLabeled(rows: readonly Labeled[]): Deduped {
  const byText = new Map<string, { first: boolean; pos: number; neg: number }>();
  for (const { text, positive } of rows) {
    const seen = byText.get(text);
    if (seen === undefined)
      byText.set(text, { first: positive, pos: positive ? 1 : 0, neg: positive ? 0 : 1 });
    else if (positive) seen.pos++;
    else seen.neg++;
  }
  const items: Labeled[] = [];
  let conflicts = 0;
  for (const [text, { first, pos, neg }] of byText) {
    if (pos > 0 && neg > 0) conflicts++;
    items.push({ text, positive: pos === neg ? first : pos > neg });
  }
  return { items, rows: rows.length, conflicts };
}

/** SMS Spam Collection TSV: header `Label\tSMS`, then `spam|ham<TAB>text`. Spam is the positive class. */
export function parseSmsTsv(tsv: string): Labeled[] {
  const lines = tsv.split(/\r?\n/);
  const header = lines[0]?.replace(/^\uFEFF/, '');
  if (header !== 'Label\tSMS') throw new Error(`unexpected SMS header ${JSON.stringify(header)}`);
  const rows: Labeled[] = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n];
    if (line === undefined || line === '') continue;
    const tab = line.indexOf('\t');
    const label = line.slice(0, tab);
    if (tab < 0 || (label !== 'spam' && label !== 'ham')) {
      throw new Error(
        `SMS line ${n + 1}: expected "spam|ham<TAB>text", got ${JSON.stringify(line.slice(0, 40))}`,
      );
    }
    rows.push({ text: line.slice(tab + 1), positive: label === 'spam' });
  }
  return rows;
}

// Scheme or www URLs, plus bare domains on the TLDs SMS spam actually uses ("www.getzed.co.uk",
// "dbuk.net"). A generic "word.word" pattern would also eat "ok..lar" style ellipses, which are words.
const URL_PATTERN =
  /(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|biz|info|mobi|tv|co\.uk|org\.uk|uk)\b(?:\/\S*)?/giu;

/**
 * The README's words-only variant: remove URLs, digits and `£$€%!`, lowercase, collapse whitespace.
 * Returns '' when nothing is left (the caller drops those). It shows whether vocabulary, not the
 * punctuation a counter already catches, carries the pushiness score.
 */
export function wordsOnly(text: string): string {
  return text
    .replace(URL_PATTERN, ' ')
    .replace(/[0-9£$€%!]/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Applies `wordsOnly`, drops empty texts and deduplicates again (digits-only variants collapse). */
export function wordsOnlyVariant(items: readonly Labeled[]): Deduped {
  const rows: Labeled[] = [];
  for (const { text, positive } of items) {
    const stripped = wordsOnly(text);
    if (stripped !== '') rows.push({ text: stripped, positive });
  }
  return dedupeLabeled(rows);
}

/** One headline per line; blank lines skipped. */
export function parseLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export const TWEET_ACT_POSITIVE = ['STM'] as const;
export const TWEET_ACT_NEGATIVE = ['QUE', 'REQ', 'SUG'] as const;
const TWEET_ACT_LABELS = new Set(['STM', 'QUE', 'REQ', 'SUG', 'EXP', 'THT', 'OTH']);

/**
 * tweet-acts.csv: headerless `text,label`. STM (one-way statement) is positive, QUE/REQ/SUG
 * (conversational) negative, EXP/THT/OTH are left out before deduplicating.
 */
export function parseTweetActs(csv: string): Labeled[] {
  const positive = new Set<string>(TWEET_ACT_POSITIVE);
  const negative = new Set<string>(TWEET_ACT_NEGATIVE);
  const rows: Labeled[] = [];
  parseCsv(csv).forEach((record, n) => {
    const [text, label, ...rest] = record;
    if (text === undefined || label === undefined || rest.length > 0 || !TWEET_ACT_LABELS.has(label)) {
      throw new Error(
        `tweet-acts record ${n + 1}: expected "text,label", got ${JSON.stringify(record).slice(0, 80)}`,
      );
    }
    if (positive.has(label)) rows.push({ text, positive: true });
    else if (negative.has(label)) rows.push({ text, positive: false });
  });
  return rows;
}

/** One JSON object a line; `where` names the file in errors. Blank lines are skipped. */
export function parseJsonLines(text: string, where: string): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  text.split(/\r?\n/).forEach((line, n) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${where} line ${n + 1}: not JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new Error(`${where} line ${n + 1}: expected an object`);
    }
    rows.push(value as Record<string, unknown>);
  });
  return rows;
}

function field<T>(
  row: Record<string, unknown>,
  name: string,
  guard: (v: unknown) => v is T,
  where: string,
): T {
  const value = row[name];
  if (!guard(value)) throw new Error(`${where}: field ${name} is ${JSON.stringify(value)}`);
  return value;
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

export interface CorporateRow {
  text: string;
  label: 'Information' | 'Action' | 'Dialogue';
  confidence: number;
}

/** corporate-messaging.jsonl: brand tweets labelled Information / Action / Dialogue by a crowd. */
export function parseCorporate(jsonl: string): CorporateRow[] {
  return parseJsonLines(jsonl, DATA_FILES.corporate).map((row, n) => {
    const where = `${DATA_FILES.corporate} row ${n + 1}`;
    const label = field(row, 'label', isString, where);
    if (label !== 'Information' && label !== 'Action' && label !== 'Dialogue') {
      throw new Error(`${where}: unknown label ${JSON.stringify(label)}`);
    }
    return {
      text: field(row, 'text', isString, where),
      label,
      confidence: field(row, 'confidence', isNumber, where),
    };
  });
}

/**
 * The README's two mappings: broadcast is Information (one-way statement, positive) vs Dialogue;
 * pushiness is Action (asks the reader to do something, positive) vs Information. `sure` keeps only
 * rows every judge agreed on (confidence 1).
 */
export function corporateTask(
  rows: readonly CorporateRow[],
  task: 'broadcast' | 'pushiness',
  sure = false,
): Deduped {
  const [positive, negative] = task === 'broadcast' ? ['Information', 'Dialogue'] : ['Action', 'Information'];
  const kept = rows.filter(
    (r) => (r.label === positive || r.label === negative) && (!sure || r.confidence === 1),
  );
  return dedupeLabeled(kept.map((r) => ({ text: r.text, positive: r.label === positive })));
}

export interface WebisRow {
  text: string;
  clickbait: boolean;
  truthMean: number;
}

/** webis-clickbait17.jsonl: news publishers' tweets, `clickbait`/`no-clickbait`, mean judgement 0–1. */
export function parseWebis(jsonl: string): WebisRow[] {
  return parseJsonLines(jsonl, DATA_FILES.webis).map((row, n) => {
    const where = `${DATA_FILES.webis} row ${n + 1}`;
    const label = field(row, 'label', isString, where);
    if (label !== 'clickbait' && label !== 'no-clickbait')
      throw new Error(`${where}: unknown label ${label}`);
    const truthMean = field(row, 'truthMean', isNumber, where);
    return { text: field(row, 'text', isString, where), clickbait: label === 'clickbait', truthMean };
  });
}

/** All rows by label, or the clear cases only: truthMean >= 0.8 (positive) vs <= 0.1. */
export function webisTask(rows: readonly WebisRow[], clear = false): Deduped {
  const kept = clear ? rows.filter((r) => r.truthMean >= 0.8 || r.truthMean <= 0.1) : rows;
  return dedupeLabeled(
    kept.map((r) => ({ text: r.text, positive: clear ? r.truthMean >= 0.8 : r.clickbait })),
  );
}

/** germeval25-call-to-action.jsonl: German posts, `callToAction` true is positive (pushiness). */
export function parseGermEval(jsonl: string): Labeled[] {
  return parseJsonLines(jsonl, DATA_FILES.germeval).map((row, n) => {
    const where = `${DATA_FILES.germeval} row ${n + 1}`;
    return {
      text: field(row, 'text', isString, where),
      positive: field(row, 'callToAction', isBoolean, where),
    };
  });
}

export interface Corpora {
  dir: string;
  sms: Deduped;
  smsWordsOnly: Deduped;
  headlines: Deduped;
  tweetActs: Deduped;
  corporateBroadcast: Deduped;
  corporateBroadcastSure: Deduped;
  corporatePushiness: Deduped;
  corporatePushinessSure: Deduped;
  webis: Deduped;
  webisClear: Deduped;
  /** truthMean of each `webis` item, for the rank correlation (mean over duplicates). */
  webisTruth: number[];
  germeval: Deduped;
}

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

export function loadSms(dir: string): Deduped {
  return dedupeLabeled(parseSmsTsv(read(dir, DATA_FILES.sms)));
}

export function loadCorpora(dir: string): Corpora {
  const sms = loadSms(dir);
  // Clickbait first: were a headline in both files, the tie would keep the clickbait label (none is today).
  const headlines = dedupeLabeled([
    ...parseLines(read(dir, DATA_FILES.clickbait)).map((text) => ({ text, positive: true })),
    ...parseLines(read(dir, DATA_FILES.news)).map((text) => ({ text, positive: false })),
  ]);
  const corporate = parseCorporate(read(dir, DATA_FILES.corporate));
  const webisRows = parseWebis(read(dir, DATA_FILES.webis));
  const webis = webisTask(webisRows);
  const truthByText = new Map<string, number[]>();
  for (const r of webisRows) truthByText.set(r.text, [...(truthByText.get(r.text) ?? []), r.truthMean]);
  return {
    dir,
    sms,
    smsWordsOnly: wordsOnlyVariant(sms.items),
    headlines,
    tweetActs: dedupeLabeled(parseTweetActs(read(dir, DATA_FILES.tweetActs))),
    corporateBroadcast: corporateTask(corporate, 'broadcast'),
    corporateBroadcastSure: corporateTask(corporate, 'broadcast', true),
    corporatePushiness: corporateTask(corporate, 'pushiness'),
    corporatePushinessSure: corporateTask(corporate, 'pushiness', true),
    webis,
    webisClear: webisTask(webisRows, true),
    webisTruth: webis.items.map(({ text }) => meanOf(truthByText.get(text) ?? [])),
    germeval: dedupeLabeled(parseGermEval(read(dir, DATA_FILES.germeval))),
  };
}

function meanOf(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}
