/**
 * What a validator says is wrong, as data: where (`path`), what (`code`) and the variable parts
 * (`args`). The validators (`validateBrandRules`, `compileBrandRules`, `validateSettings`,
 * `importSettings`, `migrateSettings`, `recoverSettings`) never write sentences; each reader
 * renders the code in its own language:
 *
 * - the extension UI through i18n, key `ui.error.<code>` in locales/{en,de,nl}.yml with `args`
 *   as `$1`, `$2` … (components/fields.tsx `errorText`);
 * - the CLI and logs in English, through `englishError` below, which reads as a predicate of
 *   the path: `banned[0].pattern is not a valid regular expression: …`.
 *
 * A new problem is a new entry in `ENGLISH` (which defines the codes) plus its three locale
 * keys; errors.test.ts fails until both exist and agree on the number of placeholders.
 */

/** The English form of every code, `$1` … for its args. The CLI prints these. */
const ENGLISH = {
  // Shapes (most only come from files: the options form cannot produce them).
  required: 'is required',
  empty: 'must not be empty',
  too_long: 'is longer than $1 characters',
  too_many: 'has more than $1 entries',
  unknown_field: 'is not a known field',
  not_string: 'must be a string, got $1',
  not_string_list: 'must be a list of strings, got $1',
  not_list: 'must be a list, got $1',
  not_object: 'must be an object, got $1',
  not_object_with: 'must be an object with the fields $1, got $2',
  not_boolean: 'must be true or false, got $1',
  whole_number: 'must be a whole number, got $1',
  negative: 'must not be negative',
  at_least: 'must be at least $1',
  at_most: 'must be at most $1',
  one_of: 'must be one of $1, got $2',
  version: 'must be $1, got $2',
  markup: 'must be plain text, not HTML',
  listed_twice: 'is listed twice',
  // Brand rules.
  not_phrase: 'must be a phrase or an object, got $1',
  phrase_or_pattern: 'needs a "phrase" or a "pattern"',
  phrase_and_pattern: 'has both "phrase" and "pattern"; use one',
  list_empty: 'must list at least one phrase',
  regex: 'is not a valid regular expression: $1',
  regex_lookahead:
    'uses lookaheads ((?=…), (?!…)), which Steady does not support: they can make matching take exponential time',
  regex_backref:
    'uses back-references ($1), which Steady does not support: they can make matching take exponential time',
  regex_unsupported: 'uses $1, which Steady does not support: they can make matching take exponential time',
  regex_complex: 'is too complex ($1 steps, at most $2); split it into several rules',
  regex_empty: 'matches the empty string, so it would flag every draft',
  example_not_flagged: 'is not flagged by this rule',
  example_flagged: 'is flagged by this rule but should be fine',
  threshold_range: 'thresholds are scores from 0 to 100',
  threshold_order: '"consider" must be below "rework"',
  replacement_same: 'is the banned phrase itself',
  // Ignored findings (Brand.ignores).
  ignore_rule: 'is not a rule id like "all-caps" or "brand:banned:0", got $1',
  ignore_at: 'must be a time in milliseconds, got $1',
  // Brands, accounts, sites.
  bad_id: 'must be 1–64 letters, digits, "-" or "_", got $1',
  id_taken: 'is the same as the id of $1',
  name_taken: 'is already the name of another brand',
  no_language: 'must include at least one language',
  default_language: "must be one of the brand's languages",
  handle: 'is not a valid $1 account; write it like $2',
  account_twice: 'is listed twice for this brand',
  account_taken: 'is already an account of the brand "$1"',
  active_brand: 'must be the id of one of the brands, got $1',
  instance_https: 'must start with https://',
  instance_origin: 'must be just the instance, like $1',
  instance: 'is not a web address like https://mastodon.social, got $1',
  // Team sync (issue 13, lib/team/config.ts).
  team_server: 'must be a server address like https://couch.example.com (http:// only for localhost), got $1',
  team_database_taken: 'is already the team database of the brand "$1"; each brand needs its own',
  team_database:
    'must be a CouchDB database name: a lower-case letter, then a–z, 0–9 or _ $ ( ) + - /, got $1',
  // Whole values and files (path '').
  too_big: 'The settings are $1; at most 1 MB can be saved.',
  file_too_big: 'The file is $1; a Steady settings file is at most 1 MB.',
  file_json: 'The file is not valid JSON: $1',
  file_not_object: 'The file must contain a JSON object, got $1.',
  file_brand_rules:
    'This is a brand-rules file, not a Steady settings file: add its rules to a brand instead.',
  file_foreign: 'This is not a Steady settings file: it has no "format": "steady-settings".',
  file_no_version: 'The file has no valid settings version, got $1.',
  // Settings versions (path 'version').
  version_unknown: '$1 is not a settings version Steady ever used',
  version_newer: '$1 comes from a newer Steady; this one reads settings up to version $2',
  version_no_step: '$1 cannot be upgraded: there is no step to version $2',
  version_failed: '$1 could not be upgraded to version $2: $3',
  // The backup of unreadable settings (lib/settings/recover.ts).
  backup_not_object: 'The backup is not a settings object.',
  backup_too_complex: 'The backup could not be read within the limits.',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ENGLISH;

/** Every code, for the test that each has an i18n key in every locale. */
export const ERROR_CODES = Object.keys(ENGLISH) as readonly ErrorCode[];

/** A problem without its place: what a checker of one value returns (`compilePattern`). */
export interface Problem {
  code: ErrorCode;
  /** The variable parts, in the order of the placeholders `$1`, `$2` …; plain text. */
  args: string[];
}

export interface ValidationError extends Problem {
  /**
   * Where the problem is, as one string in JavaScript accessor syntax relative to the validated
   * value: `brands[0].accounts[1].handle`, `banned[2].pattern`; '' for the value as a whole.
   * A string (not an array of segments) because it doubles as the options page's DOM id
   * (`fieldId`) and is what people read in the CLI; lib/settings/recover.ts splits it.
   */
  path: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

export function problem(code: ErrorCode, ...args: Array<string | number>): Problem {
  return { code, args: args.map(String) };
}

export function errorAt(path: string, code: ErrorCode, ...args: Array<string | number>): ValidationError {
  return { path, ...problem(code, ...args) };
}

/** Field names as an error quotes them: `"use", "instead"` (JSON keys read the same in every language). */
export function fieldList(...names: string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

/** Prefixes the paths of a nested validator's errors (`banned[0]` → `brands[2].rules.banned[0]`). */
export function nestErrors(errors: readonly ValidationError[], prefix: string): ValidationError[] {
  return errors.map((e) => ({ ...e, path: e.path ? `${prefix}.${e.path}` : prefix }));
}

/** Fills `$1` … of a template with `args` (Chrome's placeholder syntax, as in the locales). */
export function fillPlaceholders(template: string, args: readonly string[]): string {
  return template.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
}

/** The English template of a code (for the placeholder count tests and `englishError`). */
export function englishTemplate(code: ErrorCode): string {
  return ENGLISH[code];
}

/** The problem in English, without its path: `must not be negative`. */
export function englishError(e: Problem): string {
  return fillPlaceholders(ENGLISH[e.code], e.args);
}

/** All errors in English on one line, each after its path: what the CLI prints. */
export function formatErrors(errors: readonly ValidationError[]): string {
  return errors.map((e) => (e.path ? `${e.path} ${englishError(e)}` : englishError(e))).join('; ');
}

/**
 * A value as quoted back in an error ("got …"): short and without words, so it reads the same in
 * every language. Strings are quoted, anything else is shown as JSON, both cut at 40 characters.
 */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return `"${cut(v)}"`;
  if (v === undefined || typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'function' || typeof v === 'symbol') return typeof v;
  try {
    return cut(JSON.stringify(v) ?? String(v));
  } catch {
    // Cycles cannot come from JSON or storage, but the guard costs nothing.
    return Array.isArray(v) ? '[…]' : '{…}';
  }
}

function cut(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
