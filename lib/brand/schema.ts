import {
  LANGUAGES,
  type Language,
  type Level,
  normalisePhrase,
  PLATFORMS,
  type Platform,
  type RegisterChoice,
  SCORE_KEYS,
  type ScoreKey,
  type Thresholds,
} from '../scoring/types';
import {
  describeValue as describe,
  type ErrorCode,
  errorAt,
  fieldList as fields,
  type Validated,
  type ValidationError,
} from '../validation/errors';
import { compileUserPattern } from './pattern';

/**
 * Brand rules as data (Vale's `existence`, `substitution`, `occurrence`), validated at every
 * boundary: the CLI's `--rules` file, the options page, imported settings. Validation never
 * throws on bad input; it returns every problem with the path of the field.
 */

export const BRAND_RULES_VERSION = 1;

export interface RuleExamplesInput {
  flagged?: string[];
  fine?: string[];
}

export interface BannedPhrase {
  /** A literal phrase (case-insensitive, whole words) … */
  phrase?: string;
  /** … or a regular expression (JavaScript syntax, matched case-insensitively). */
  pattern?: string;
  level?: Level;
  /** The score the finding feeds; default `pushiness`. */
  score?: ScoreKey;
  /** Why the brand bans it, shown as the suggestion. */
  reason?: string;
  /**
   * What to write instead, when there is one right word for it: the card then offers to apply it
   * (lib/apply/fix.ts). Optional within version 1.
   */
  replacement?: string;
  examples?: RuleExamplesInput;
}

export interface PreferredTerm {
  /** What to write. */
  use: string;
  /** What not to write (one or more literal phrases). */
  instead: string[];
  level?: Level;
  examples?: RuleExamplesInput;
}

export const LIMIT_KEYS = ['hashtags', 'exclamations', 'links', 'emoji'] as const;
export type LimitKey = (typeof LIMIT_KEYS)[number];
export type Limits = Partial<Record<LimitKey, number>>;

export const REQUIRED_ELEMENTS = ['question', 'value', 'link', 'hashtag'] as const;
export type RequiredElement = (typeof REQUIRED_ELEMENTS)[number];

export interface BrandRules {
  version: typeof BRAND_RULES_VERSION;
  banned: BannedPhrase[];
  preferred: PreferredTerm[];
  limits: Limits;
  /** Limits per platform override `limits` (e.g. more hashtags on Instagram). */
  platformLimits: Partial<Record<Platform, Limits>>;
  required: RequiredElement[];
  /** What the brand stands for: drafts that reflect none of the words get a gentle suggestion. */
  values: { words: string[]; statement: string };
  thresholds: Partial<Record<ScoreKey, Thresholds>>;
  defaultLanguage: Language;
  /**
   * How the brand addresses readers in German (`sie`/`du`) and Dutch (`u`/`je`); a language
   * left out follows each draft. Optional within version 1: files and settings saved before it
   * have none and mean "as the draft does".
   */
  register?: RegisterChoice;
}

export const REGISTER_VALUES = { de: ['sie', 'du'], nl: ['u', 'je'] } as const;

export function emptyBrandRules(): BrandRules {
  return {
    version: BRAND_RULES_VERSION,
    banned: [],
    preferred: [],
    limits: {},
    platformLimits: {},
    required: [],
    values: { words: [], statement: '' },
    thresholds: {},
    defaultLanguage: 'en',
  };
}

/** Strings longer than this are refused: a rule is a phrase, not a document. */
const MAX_STRING = 500;
const MAX_ITEMS = 1_000;
const LEVELS: readonly Level[] = ['suggestion', 'warning', 'error'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Checker {
  readonly errors: ValidationError[] = [];
  /** Records a problem and returns `value`, so callers can `return this.fail(…, undefined)`. */
  fail<T = undefined>(path: string, code: ErrorCode, args: Array<string | number> = [], value?: T): T {
    this.errors.push(errorAt(path, code, ...args));
    return value as T;
  }
  string(
    v: unknown,
    path: string,
    opts: { required?: boolean; allowEmpty?: boolean } = {},
  ): string | undefined {
    if (v === undefined) {
      if (opts.required) this.fail(path, 'required');
      return undefined;
    }
    if (typeof v !== 'string') return this.fail(path, 'not_string', [describe(v)], undefined);
    if (!opts.allowEmpty && v.trim() === '') return this.fail(path, 'empty', [], undefined);
    if (v.length > MAX_STRING) return this.fail(path, 'too_long', [MAX_STRING], undefined);
    return v;
  }
  strings(v: unknown, path: string): string[] {
    if (v === undefined) return [];
    if (typeof v === 'string') return [this.string(v, path)].filter((s): s is string => s !== undefined);
    if (!Array.isArray(v)) return this.fail(path, 'not_string_list', [describe(v)], []);
    if (v.length > MAX_ITEMS) return this.fail(path, 'too_many', [MAX_ITEMS], []);
    return v.map((s, i) => this.string(s, `${path}[${i}]`)).filter((s): s is string => s !== undefined);
  }
  count(v: unknown, path: string): number | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v))
      return this.fail(path, 'whole_number', [describe(v)], undefined);
    if (v < 0) return this.fail(path, 'negative', [], undefined);
    if (v > 1000) return this.fail(path, 'at_most', [1000], undefined);
    return v;
  }
  oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T | undefined {
    if (v === undefined) return undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.fail(path, 'one_of', [allowed.join(', '), describe(v)]);
    return undefined;
  }
  list(v: unknown, path: string): unknown[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) return this.fail(path, 'not_list', [describe(v)], []);
    if (v.length > MAX_ITEMS) return this.fail(path, 'too_many', [MAX_ITEMS], []);
    return v;
  }
  unknownKeys(obj: Record<string, unknown>, known: readonly string[], path: string): void {
    for (const k of Object.keys(obj)) {
      if (!known.includes(k)) this.fail(path ? `${path}.${k}` : k, 'unknown_field');
    }
  }
}

function examples(c: Checker, v: unknown, path: string): RuleExamplesInput | undefined {
  if (v === undefined) return undefined;
  if (!isRecord(v))
    return c.fail(path, 'not_object_with', [fields('flagged', 'fine'), describe(v)], undefined);
  c.unknownKeys(v, ['flagged', 'fine'], path);
  return { flagged: c.strings(v.flagged, `${path}.flagged`), fine: c.strings(v.fine, `${path}.fine`) };
}

function limits(c: Checker, v: unknown, path: string): Limits {
  if (v === undefined) return {};
  if (!isRecord(v)) return c.fail(path, 'not_object', [describe(v)], {});
  c.unknownKeys(v, LIMIT_KEYS, path);
  const out: Limits = {};
  for (const k of LIMIT_KEYS) {
    const n = c.count(v[k], `${path}.${k}`);
    if (n !== undefined) out[k] = n;
  }
  return out;
}

export function validateBrandRules(input: unknown): Validated<BrandRules> {
  const c = new Checker();
  if (!isRecord(input)) return { ok: false, errors: [errorAt('', 'not_object', describe(input))] };
  c.unknownKeys(
    input,
    [
      'version',
      'banned',
      'preferred',
      'limits',
      'platformLimits',
      'required',
      'values',
      'thresholds',
      'defaultLanguage',
      'register',
      '$schema',
    ],
    '',
  );
  if (input.version !== undefined && input.version !== BRAND_RULES_VERSION) {
    c.fail('version', 'version', [BRAND_RULES_VERSION, describe(input.version)]);
  }
  const rules = emptyBrandRules();

  c.list(input.banned, 'banned').forEach((raw, i) => {
    const path = `banned[${i}]`;
    const item: unknown = typeof raw === 'string' ? { phrase: raw } : raw;
    if (!isRecord(item)) {
      c.fail(path, 'not_phrase', [describe(raw)]);
      return;
    }
    c.unknownKeys(item, ['phrase', 'pattern', 'level', 'score', 'reason', 'replacement', 'examples'], path);
    const phrase = c.string(item.phrase, `${path}.phrase`);
    const pattern = c.string(item.pattern, `${path}.pattern`);
    if (
      phrase === undefined &&
      pattern === undefined &&
      item.phrase === undefined &&
      item.pattern === undefined
    ) {
      c.fail(path, 'phrase_or_pattern');
    }
    if (phrase !== undefined && pattern !== undefined) c.fail(path, 'phrase_and_pattern');
    if (pattern !== undefined) {
      const compiled = compileUserPattern(pattern);
      if (!('re' in compiled)) c.errors.push({ path: `${path}.pattern`, ...compiled });
      else if (compiled.re.test('')) c.fail(`${path}.pattern`, 'regex_empty');
    }
    const entry: BannedPhrase = {};
    if (phrase !== undefined) entry.phrase = phrase;
    if (pattern !== undefined) entry.pattern = pattern;
    const level = c.oneOf(item.level, LEVELS, `${path}.level`);
    if (level) entry.level = level;
    const score = c.oneOf(item.score, SCORE_KEYS, `${path}.score`);
    if (score) entry.score = score;
    const reason = c.string(item.reason, `${path}.reason`);
    if (reason !== undefined) entry.reason = reason;
    const replacement = c.string(item.replacement, `${path}.replacement`);
    if (replacement !== undefined) {
      // A replacement that is itself banned by the same entry would be applied and flagged again.
      if (phrase !== undefined && normalisePhrase(replacement) === normalisePhrase(phrase))
        c.fail(`${path}.replacement`, 'replacement_same');
      else entry.replacement = replacement;
    }
    const ex = examples(c, item.examples, `${path}.examples`);
    if (ex) entry.examples = ex;
    rules.banned.push(entry);
  });

  c.list(input.preferred, 'preferred').forEach((item, i) => {
    const path = `preferred[${i}]`;
    if (!isRecord(item)) {
      c.fail(path, 'not_object_with', [fields('use', 'instead'), describe(item)]);
      return;
    }
    c.unknownKeys(item, ['use', 'instead', 'level', 'examples'], path);
    const use = c.string(item.use, `${path}.use`, { required: true });
    const instead = c.strings(item.instead, `${path}.instead`);
    if (item.instead === undefined) c.fail(`${path}.instead`, 'required');
    else if (instead.length === 0 && Array.isArray(item.instead)) c.fail(`${path}.instead`, 'list_empty');
    const entry: PreferredTerm = { use: use ?? '', instead };
    const level = c.oneOf(item.level, LEVELS, `${path}.level`);
    if (level) entry.level = level;
    const ex = examples(c, item.examples, `${path}.examples`);
    if (ex) entry.examples = ex;
    if (use !== undefined) rules.preferred.push(entry);
  });

  rules.limits = limits(c, input.limits, 'limits');
  if (input.platformLimits !== undefined) {
    if (!isRecord(input.platformLimits))
      c.fail('platformLimits', 'not_object', [describe(input.platformLimits)]);
    else {
      c.unknownKeys(input.platformLimits, PLATFORMS, 'platformLimits');
      for (const p of PLATFORMS) {
        if (input.platformLimits[p] !== undefined)
          rules.platformLimits[p] = limits(c, input.platformLimits[p], `platformLimits.${p}`);
      }
    }
  }
  c.list(input.required, 'required').forEach((r, i) => {
    const el = c.oneOf(r, REQUIRED_ELEMENTS, `required[${i}]`);
    if (el && !rules.required.includes(el)) rules.required.push(el);
  });
  if (input.values !== undefined) {
    if (!isRecord(input.values))
      c.fail('values', 'not_object_with', [fields('words', 'statement'), describe(input.values)]);
    else {
      c.unknownKeys(input.values, ['words', 'statement'], 'values');
      rules.values = {
        words: c.strings(input.values.words, 'values.words'),
        statement: c.string(input.values.statement, 'values.statement', { allowEmpty: true }) ?? '',
      };
    }
  }
  if (input.thresholds !== undefined) {
    if (!isRecord(input.thresholds)) c.fail('thresholds', 'not_object', [describe(input.thresholds)]);
    else {
      c.unknownKeys(input.thresholds, SCORE_KEYS, 'thresholds');
      for (const k of SCORE_KEYS) {
        const t = input.thresholds[k];
        if (t === undefined) continue;
        const path = `thresholds.${k}`;
        if (!isRecord(t)) {
          c.fail(path, 'not_object_with', [fields('consider', 'rework'), describe(t)]);
          continue;
        }
        c.unknownKeys(t, ['consider', 'rework'], path);
        const consider = c.count(t.consider, `${path}.consider`);
        const rework = c.count(t.rework, `${path}.rework`);
        if (consider === undefined && t.consider === undefined) c.fail(`${path}.consider`, 'required');
        if (rework === undefined && t.rework === undefined) c.fail(`${path}.rework`, 'required');
        if (consider !== undefined && rework !== undefined) {
          if (consider > 100 || rework > 100) c.fail(path, 'threshold_range');
          else if (consider >= rework) c.fail(path, 'threshold_order');
          else rules.thresholds[k] = { consider, rework };
        }
      }
    }
  }
  const lang = c.oneOf(input.defaultLanguage, LANGUAGES, 'defaultLanguage');
  if (lang) rules.defaultLanguage = lang;
  if (input.register !== undefined) {
    if (!isRecord(input.register))
      c.fail('register', 'not_object_with', [fields('de', 'nl'), describe(input.register)]);
    else {
      c.unknownKeys(input.register, ['de', 'nl'], 'register');
      const register: RegisterChoice = {};
      const de = c.oneOf(input.register.de, REGISTER_VALUES.de, 'register.de');
      if (de) register.de = de;
      const nl = c.oneOf(input.register.nl, REGISTER_VALUES.nl, 'register.nl');
      if (nl) register.nl = nl;
      if (register.de || register.nl) rules.register = register;
    }
  }

  return c.errors.length > 0 ? { ok: false, errors: c.errors } : { ok: true, value: rules };
}
