/**
 * `steady` — scores brand-post drafts from the terminal and from files.
 *
 *   steady score "draft text"
 *   steady score --file drafts.txt            one draft per line
 *   steady score --file drafts.jsonl          {"text": …, "lang"?: …, "platform"?: …} per line
 *   steady score --file -                     read stdin (JSONL if every line is a JSON object)
 *   options: --format text|json|jsonl  --lang auto|en|de|nl  --platform x|linkedin|…
 *            --rules brand.json  --register de=du,nl=je  --fail-on consider|rework  --summary
 *
 * For content calendars (issue 10): the text report ends with a summary ("10 drafts: 4 rework ·
 * 4 consider · 2 good"), `--summary` prints only that, and `--fail-on` names each draft that reached
 * the band and why (one line each, on stderr, so JSON on stdout stays valid) before exiting 1.
 * Each draft's length as its platform counts it (lib/count) is in the JSON (`chars`) and the report.
 *
 * `run()` is pure over its `io` so tests call it in-process; cli/bin.ts wires it to the process.
 * Exit codes: 0 done, 1 a draft reached `--fail-on`, 2 a user error (bad flags, missing files,
 * malformed lines, invalid rules: one line on stderr, no stack trace), 3 an internal error.
 */
import { readFile } from 'node:fs/promises';
import { type CompiledBrand, loadBrandRules } from '../lib/brand/compile';
import { REGISTER_VALUES } from '../lib/brand/schema';
import { countChars } from '../lib/count/count';
import type { CharCount } from '../lib/count/types';
import { type AnalyzeOptions, analyze } from '../lib/scoring/analyze';
import {
  type Analysis,
  type Band,
  LANGUAGES,
  type Language,
  PLATFORMS,
  type Platform,
  type Register,
  type RegisterChoice,
  SCORE_KEYS,
} from '../lib/scoring/types';
import { formatErrors } from '../lib/validation/errors';
import { jsonErrorPlace, jsonErrorReason } from './json-error';
import { type BandTally, failLine, renderText, sanitizeForTerminal, summaryLine } from './report';

export interface Io {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  /** Standard input, as bytes (checked for invalid UTF-8) or as text. */
  readStdin: () => Promise<Uint8Array | string>;
  /** Colours and underlines in the text report. */
  color: boolean;
  /** Resolves once the output has room again (backpressure); called after every draft. */
  drain?: () => Promise<void>;
}

export const EXIT = { ok: 0, failOn: 1, usage: 2, internal: 3 } as const;

export class UsageError extends Error {}

export const USAGE = `usage: steady score "draft text" | --file PATH|-  [options]

Scores social media drafts 0-100 on broadcast tone, pushiness and missing value
(higher is worse) in English, German and Dutch. Nothing leaves your machine.

options:
  --file PATH        drafts from a file: .jsonl/.ndjson = one JSON object per line
                     ({"text": "...", "lang": "de", "platform": "linkedin"}),
                     anything else = one draft per line; "-" reads stdin
  --format FORMAT    text (default, a readable report) | json | jsonl (one object per draft)
  --lang LANG        auto (default) | en | de | nl
  --default-lang L   language for drafts too short to detect (default en)
  --platform NAME    ${PLATFORMS.join(' | ')}
  --rules PATH       brand rules JSON (banned phrases, preferred terms, limits, ...)
  --register LIST    form of address for the suggestions: de=sie|du, nl=u|je, or =auto
                     (as each draft does, the default); e.g. de=du,nl=je. Overrides the
                     rules file's "register"; drafts mixing both forms get a warning
  --fail-on BAND     exit 1 when any draft reaches this band: consider | rework;
                     names each such draft and its main findings on stderr first
  --summary          print only the summary ("10 drafts: 4 rework · 4 consider · 2 good";
                     with --format json or jsonl, as one JSON object)
  -h, --help         this help

exit codes: 0 done, 1 a draft reached --fail-on, 2 a usage or input error,
3 an internal error (a bug in steady: please report it)`;

type Format = 'text' | 'json' | 'jsonl';

interface Options {
  command: 'score' | 'help';
  text: string | undefined;
  file: string | undefined;
  format: Format;
  lang: Language | 'auto';
  defaultLang: Language | undefined;
  platform: Platform | undefined;
  rules: string | undefined;
  /** Per language: a form, or `auto` to follow each draft even when the rules file sets one. */
  register: Partial<Record<keyof RegisterChoice, Register | 'auto'>>;
  failOn: Band | undefined;
  summary: boolean;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}

export function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    command: 'score',
    text: undefined,
    file: undefined,
    format: 'text',
    lang: 'auto',
    defaultLang: undefined,
    platform: undefined,
    rules: undefined,
    register: {},
    failOn: undefined,
    summary: false,
  };
  const args = [...argv];
  const first = args[0];
  if (first === undefined || first === 'help' || first === '-h' || first === '--help') {
    opts.command = 'help';
    return opts;
  }
  if (first !== 'score') throw new UsageError(`unknown command "${first}"; try "steady score --help"`);
  args.shift();
  const positional: string[] = [];
  while (args.length > 0) {
    const arg = args.shift() as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = args.shift();
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        opts.command = 'help';
        return opts;
      case '--file':
      case '-f':
        opts.file = value();
        break;
      case '--format':
        opts.format = oneOf(value(), ['text', 'json', 'jsonl'] as const, '--format');
        break;
      case '--lang':
        opts.lang = oneOf(value(), ['auto', ...LANGUAGES] as const, '--lang');
        break;
      case '--default-lang':
        opts.defaultLang = oneOf(value(), LANGUAGES, '--default-lang');
        break;
      case '--platform':
        opts.platform = oneOf(value(), PLATFORMS, '--platform');
        break;
      case '--rules':
        opts.rules = value();
        break;
      case '--register':
        opts.register = { ...opts.register, ...parseRegister(value()) };
        break;
      case '--fail-on':
        opts.failOn = oneOf(value(), ['consider', 'rework'] as const, '--fail-on');
        break;
      case '--summary':
        opts.summary = true;
        break;
      case '--':
        positional.push(...args.splice(0));
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
        positional.push(arg);
    }
  }
  if (positional.length > 0 && opts.file !== undefined)
    throw new UsageError('give either a draft or --file, not both');
  if (positional.length > 0) opts.text = positional.join(' ');
  if (opts.text === undefined && opts.file === undefined)
    throw new UsageError('give a draft to score or --file PATH');
  return opts;
}

/** `de=du,nl=je` → `{ de: 'du', nl: 'je' }`; `auto` keeps a language following each draft. */
export function parseRegister(value: string): Options['register'] {
  const out: Options['register'] = {};
  for (const pair of value.split(',')) {
    const [lang = '', form = ''] = pair.split('=').map((s) => s.trim());
    if (lang !== 'de' && lang !== 'nl') throw new UsageError(`--register takes de=… and nl=…; got "${pair}"`);
    const allowed: ReadonlyArray<Register | 'auto'> = ['auto', ...REGISTER_VALUES[lang]];
    out[lang] = oneOf(form, allowed, `--register ${lang}`);
  }
  return out;
}

export interface DraftInput {
  text: string;
  lang?: Language;
  platform?: Platform;
  /** 1-based line number in the input file, for messages. */
  line?: number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses one draft per line; JSONL when `jsonl`, else plain text lines (empty lines skipped). */
export function parseDrafts(content: string, jsonl: boolean, source: string): DraftInput[] {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const drafts: DraftInput[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    if (!jsonl) {
      drafts.push({ text: raw, line });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new UsageError(`${source} line ${line}: not valid JSON (${why})`);
    }
    if (!isRecord(value)) throw new UsageError(`${source} line ${line}: expected a JSON object with "text"`);
    if (typeof value.text !== 'string')
      throw new UsageError(`${source} line ${line}: "text" must be a string`);
    const draft: DraftInput = { text: value.text, line };
    if (value.lang !== undefined && value.lang !== 'auto') {
      if (typeof value.lang !== 'string' || !(LANGUAGES as readonly string[]).includes(value.lang)) {
        throw new UsageError(`${source} line ${line}: "lang" must be one of auto, ${LANGUAGES.join(', ')}`);
      }
      draft.lang = value.lang as Language;
    }
    if (value.platform !== undefined) {
      if (typeof value.platform !== 'string' || !(PLATFORMS as readonly string[]).includes(value.platform)) {
        throw new UsageError(`${source} line ${line}: "platform" must be one of ${PLATFORMS.join(', ')}`);
      }
      draft.platform = value.platform as Platform;
    }
    drafts.push(draft);
  });
  return drafts;
}

/**
 * Bytes to text, with a warning per line that is not valid UTF-8 or looks binary (control
 * characters other than tab and line breaks). Such lines are still scored, as decoded (invalid
 * bytes become U+FFFD): the warning says which lines to look at, the run does not stop.
 */
export function decodeInput(
  input: Uint8Array | string,
  source: string,
  warn: (line: string) => void,
): string {
  const MAX_WARNINGS = 10;
  let warnings = 0;
  const say = (message: string) => {
    warnings += 1;
    if (warnings <= MAX_WARNINGS) warn(`steady: warning: ${source} ${message}; scored anyway\n`);
  };
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    try {
      text = fatal.decode(input);
    } catch {
      // Find the lines at fault: split the bytes at "\n" (which never occurs inside a UTF-8 sequence).
      let start = 0;
      let line = 1;
      for (let i = 0; i <= input.length; i++) {
        if (i < input.length && input[i] !== 0x0a) continue;
        try {
          fatal.decode(input.subarray(start, i));
        } catch {
          say(`line ${line}: not valid UTF-8 (shown as \u{FFFD})`);
        }
        start = i + 1;
        line += 1;
      }
      text = new TextDecoder('utf-8').decode(input);
    }
  }
  text.split('\n').forEach((raw, i) => {
    if (/(?![\t\n\r])\p{Cc}/u.test(raw)) say(`line ${i + 1}: contains control characters (binary data?)`);
  });
  if (warnings > MAX_WARNINGS)
    warn(`steady: warning: ${source}: ${warnings - MAX_WARNINGS} more lines like these\n`);
  return text;
}

function looksLikeJsonl(content: string): boolean {
  const lines = content.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.every((l) => l.trimStart().startsWith('{'));
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = isRecord(e) && typeof e.code === 'string' ? e.code : '';
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(e);
    throw new UsageError(`cannot read ${path}: ${why}`);
  }
}

async function loadRules(path: string): Promise<CompiledBrand> {
  const content = new TextDecoder('utf-8').decode(await readBytes(path));
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Where, as an editor shows it: line and column (cli/json-error.ts), and why, without a copy of the file.
    const place = jsonErrorPlace(content, message);
    const where = place ? ` at line ${place.line}, column ${place.column}` : '';
    throw new UsageError(`${path}: not valid JSON${where} (${jsonErrorReason(message)})`);
  }
  const loaded = loadBrandRules(json);
  if (!loaded.ok) throw new UsageError(`${path}: ${formatErrors(loaded.errors)}`);
  return loaded.value;
}

/**
 * The stable machine-readable shape of one scored draft (the jsonl contract). `chars`: the draft's
 * length as its platform counts it (lib/count), null when no platform is given.
 */
export function toJson(
  a: Analysis,
  draft: DraftInput,
  index: number,
  chars: CharCount | null = null,
): Record<string, unknown> {
  return {
    index,
    ...(draft.line !== undefined ? { line: draft.line } : {}),
    language: a.language,
    rulesLanguage: a.rulesLanguage,
    ...(a.register ? { register: a.register.value } : {}),
    scores: Object.fromEntries(SCORE_KEYS.map((k) => [k, a.scores[k].value])),
    bands: Object.fromEntries(SCORE_KEYS.map((k) => [k, a.scores[k].band])),
    band: a.band,
    findings: a.findings.map((f) => ({
      rule: f.rule,
      score: f.score,
      level: f.level,
      start: f.start,
      end: f.end,
      text: f.text,
      spans: f.spans.map((s) => ({ start: s.start, end: s.end, text: s.text })),
      message: f.message.text,
      suggestion: f.suggestion.text,
    })),
    strengths: a.strengths.map((s) => ({
      kind: s.kind,
      start: s.start,
      end: s.end,
      text: s.text,
      message: s.message.text,
    })),
    truncated: a.truncated,
    chars,
  };
}

const BAND_RANK: Record<Band, number> = { good: 0, consider: 1, rework: 2 };

/** The rules file's register with `--register` on top; `auto` drops a language's choice. */
function chooseRegister(
  fromRules: RegisterChoice | undefined,
  fromFlag: Options['register'],
): RegisterChoice | undefined {
  const out: RegisterChoice = { ...fromRules };
  if (fromFlag.de === 'auto') delete out.de;
  else if (fromFlag.de === 'sie' || fromFlag.de === 'du') out.de = fromFlag.de;
  if (fromFlag.nl === 'auto') delete out.nl;
  else if (fromFlag.nl === 'u' || fromFlag.nl === 'je') out.nl = fromFlag.nl;
  return out.de || out.nl ? out : undefined;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const opts = parseArgs(argv);
    if (opts.command === 'help') {
      io.stdout(`${USAGE}\n`);
      return EXIT.ok;
    }
    const brand = opts.rules ? await loadRules(opts.rules) : undefined;
    let drafts: DraftInput[];
    if (opts.text !== undefined) {
      drafts = [{ text: opts.text }];
    } else {
      const file = opts.file as string;
      const source = file === '-' ? 'stdin' : file;
      const bytes = file === '-' ? await io.readStdin() : await readBytes(file);
      const content = decodeInput(bytes, source, io.stderr);
      const jsonl = /\.(jsonl|ndjson)$/i.test(file) || (file === '-' && looksLikeJsonl(content));
      drafts = parseDrafts(content, jsonl, source);
    }
    let worst: Band = 'good';
    const tally: BandTally = { good: 0, consider: 0, rework: 0 };
    // One line per draft that reached --fail-on, printed after the reports (kept small: no draft text).
    const failed: string[] = [];
    const reports = !opts.summary;
    // `--format json` is one array, written as it goes: "[", each object, "]". Holding every
    // result first took 1.55 GB for 100,000 lines (issue 11).
    if (reports && opts.format === 'json') io.stdout(drafts.length === 0 ? '[]\n' : '[\n');
    for (const [index, draft] of drafts.entries()) {
      const options: AnalyzeOptions = {
        lang: draft.lang ?? opts.lang,
        defaultLanguage: opts.defaultLang ?? brand?.defaultLanguage ?? 'en',
      };
      const platform = draft.platform ?? opts.platform;
      if (platform) options.platform = platform;
      if (brand) {
        options.extraRules = brand.rules;
        options.thresholds = brand.thresholds;
      }
      const register = chooseRegister(brand?.register, opts.register);
      if (register) options.register = register;
      const analysis = analyze(draft.text, options);
      if (BAND_RANK[analysis.band] > BAND_RANK[worst]) worst = analysis.band;
      tally[analysis.band] += 1;
      if (opts.failOn && BAND_RANK[analysis.band] >= BAND_RANK[opts.failOn])
        failed.push(failLine(analysis, { index, line: draft.line, total: drafts.length }, opts.failOn));
      if (!reports) continue;
      const chars = platform ? countChars(draft.text, platform) : null;
      if (opts.format === 'jsonl') io.stdout(`${JSON.stringify(toJson(analysis, draft, index, chars))}\n`);
      else if (opts.format === 'json') {
        // Exactly what JSON.stringify(results, null, 2) printed: each object indented one level.
        const json = JSON.stringify(toJson(analysis, draft, index, chars), null, 2).replace(/\n/g, '\n  ');
        io.stdout(`  ${json}${index < drafts.length - 1 ? ',' : ''}\n`);
      } else
        io.stdout(
          renderText(draft.text, analysis, {
            index,
            total: drafts.length,
            line: draft.line,
            color: io.color,
            chars,
          }),
        );
      await io.drain?.();
    }
    if (reports && opts.format === 'json' && drafts.length > 0) io.stdout(']\n');
    if (opts.format === 'text' && drafts.length === 0)
      io.stdout('No drafts found (empty lines are skipped).\n');
    else if (opts.format === 'text') io.stdout(`${summaryLine(tally)}\n`);
    else if (opts.summary) io.stdout(`${JSON.stringify({ drafts: drafts.length, ...tally })}\n`);
    if (opts.failOn && BAND_RANK[worst] >= BAND_RANK[opts.failOn]) {
      for (const line of failed) io.stderr(`steady: ${line}\n`);
      return EXIT.failOn;
    }
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`steady: ${sanitizeForTerminal(e.message)}\n`);
      return EXIT.usage;
    }
    // Not the user's doing: a code of its own, so scripts can tell it from --fail-on's 1.
    const why = e instanceof Error ? (e.stack ?? e.message) : String(e);
    io.stderr(`steady: internal error (please report it): ${why}\n`);
    return EXIT.internal;
  }
}
