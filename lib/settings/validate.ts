import { compileBrandRules } from '../brand/compile';
import { type BrandRules, emptyBrandRules, validateBrandRules } from '../brand/schema';
import {
  accountId,
  HANDLE_FORMATS,
  isLanguage,
  isPlatform,
  LANGUAGES,
  type Language,
  PLATFORM_NAMES,
  PLATFORMS,
} from '../core';
import {
  describeValue as describe,
  type ErrorCode,
  errorAt,
  fieldList,
  nestErrors as nest,
  type Validated,
  type ValidationError,
} from '../validation/errors';
import { migrateSettings } from './migrations';
import {
  type Account,
  type Brand,
  type Budget,
  defaultSettings,
  SETTINGS_VERSION,
  type Settings,
} from './types';

/**
 * Validation of everything a user can configure, for the options page (every keystroke), the
 * storage boundary (what was stored may be corrupt or from another version) and imported files
 * (which may be hostile). Pure: no `browser.*`, so it runs in vitest and the CLI alike. Like
 * `validateBrandRules`, it never throws and reports every problem with the path of its field,
 * as a code the UI renders in its language (lib/validation/errors.ts).
 */

/** The marker that tells a Steady settings export from any other JSON (brand rules, foreign files). */
export const SETTINGS_FORMAT = 'steady-settings';
/**
 * Settings files and saved settings are capped at 1 MB of JSON: fifty brands with hundreds of
 * rules stay far below it, it keeps `storage.local` (10 MB without `unlimitedStorage`) safe, and
 * anything that was saved can be exported and imported again.
 */
export const MAX_SETTINGS_CHARS = 1_000_000;
export const MAX_BRANDS = 50;
export const MAX_ACCOUNTS = 50;
export const MAX_INSTANCES = 100;
const MAX_NAME = 80;
/** As long as the post log lets an account be (lib/budget/log.ts MAX_ACCOUNT_CHARS). */
const MAX_DISPLAY_NAME = 200;
const MAX_PER_DAY = 100;
const MAX_SPACING_MINUTES = 24 * 60;
const BRAND_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Text that a browser would parse as a tag. User strings are always rendered as text, but a
 *  brand name or handle has no reason to contain markup, so a file that carries some is refused. */
const MARKUP = /<\s*[a-z!/?]/i;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Errors {
  readonly list: ValidationError[] = [];
  add(path: string, code: ErrorCode, ...args: Array<string | number>): void {
    this.list.push(errorAt(path, code, ...args));
  }
  unknownKeys(obj: Record<string, unknown>, known: readonly string[], path: string): void {
    for (const k of Object.keys(obj)) if (!known.includes(k)) this.add(join(path, k), 'unknown_field');
  }
  /** A list of at most `max` items, or [] with an error. */
  items(v: unknown, path: string, max: number): unknown[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.add(path, 'not_list', describe(v));
      return [];
    }
    if (v.length > max) {
      this.add(path, 'too_many', max);
      return [];
    }
    return v;
  }
  /** A trimmed, non-empty plain-text string of at most `max` characters. */
  text(v: unknown, path: string, max: number): string | undefined {
    if (v === undefined) return this.fail(path, 'required');
    if (typeof v !== 'string') return this.fail(path, 'not_string', describe(v));
    const s = v.trim();
    if (s === '') return this.fail(path, 'empty');
    if (s.length > max) return this.fail(path, 'too_long', max);
    if (MARKUP.test(s)) return this.fail(path, 'markup');
    return s;
  }
  count(v: unknown, path: string, min: number, max: number): number | undefined {
    if (typeof v !== 'number' || !Number.isInteger(v)) return this.fail(path, 'whole_number', describe(v));
    if (v < 0) return this.fail(path, 'negative');
    if (v < min) return this.fail(path, 'at_least', min);
    if (v > max) return this.fail(path, 'at_most', max);
    return v;
  }
  fail(path: string, code: ErrorCode, ...args: Array<string | number>): undefined {
    this.add(path, code, ...args);
    return undefined;
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function validateAccount(e: Errors, raw: unknown, path: string): Account | undefined {
  if (!isRecord(raw)) return e.fail(path, 'not_object_with', fieldList('platform', 'handle'), describe(raw));
  e.unknownKeys(raw, ['platform', 'handle', 'displayName'], path);
  if (!isPlatform(raw.platform)) {
    e.add(`${path}.platform`, 'one_of', PLATFORMS.join(', '), describe(raw.platform));
    return undefined;
  }
  const handle = e.text(raw.handle, `${path}.handle`, 253);
  if (handle === undefined) return undefined;
  const format = HANDLE_FORMATS[raw.platform];
  if (!format.pattern.test(handle))
    return e.fail(`${path}.handle`, 'handle', PLATFORM_NAMES[raw.platform], format.example);
  // Optional within version 1 (settings saved before it existed have none): shown, never compared.
  if (raw.displayName === undefined) return { platform: raw.platform, handle };
  const displayName = e.text(raw.displayName, `${path}.displayName`, MAX_DISPLAY_NAME);
  if (displayName === undefined) return undefined;
  return { platform: raw.platform, handle, displayName };
}

function validateBudgets(e: Errors, raw: unknown, path: string): Brand['budgets'] {
  const out: Brand['budgets'] = {};
  if (raw === undefined) return out;
  if (!isRecord(raw)) {
    e.add(path, 'not_object', describe(raw));
    return out;
  }
  e.unknownKeys(raw, PLATFORMS, path);
  for (const p of PLATFORMS) {
    const b = raw[p];
    if (b === undefined) continue;
    const bp = `${path}.${p}`;
    if (!isRecord(b)) {
      e.add(bp, 'not_object_with', fieldList('perDay', 'spacingMinutes'), describe(b));
      continue;
    }
    e.unknownKeys(b, ['perDay', 'spacingMinutes'], bp);
    const perDay = e.count(b.perDay, `${bp}.perDay`, 1, MAX_PER_DAY);
    const spacingMinutes = e.count(b.spacingMinutes, `${bp}.spacingMinutes`, 0, MAX_SPACING_MINUTES);
    if (perDay !== undefined && spacingMinutes !== undefined)
      out[p] = { perDay, spacingMinutes } satisfies Budget;
  }
  return out;
}

function validateRules(e: Errors, raw: unknown, path: string, defaultLanguage: Language): BrandRules {
  if (raw === undefined) return { ...emptyBrandRules(), defaultLanguage };
  const validated = validateBrandRules(raw);
  if (!validated.ok) {
    e.list.push(...nest(validated.errors, path));
    return emptyBrandRules();
  }
  // The brand's own default language is the one the options page edits; the rules carry a copy
  // because the CLI reads brand-rules files on their own.
  const rules: BrandRules = { ...validated.value, defaultLanguage };
  for (const [i, word] of rules.values.words.entries())
    if (MARKUP.test(word)) e.add(`${path}.values.words[${i}]`, 'markup');
  if (MARKUP.test(rules.values.statement)) e.add(`${path}.values.statement`, 'markup');
  // A rule whose own examples fail is refused (compileBrandRules runs them), so nothing stored
  // can fail to compile later.
  const compiled = compileBrandRules(rules);
  if (!compiled.ok) e.list.push(...nest(compiled.errors, path));
  return rules;
}

/** What earlier brands used, so ids, names and accounts stay unique across brands. */
interface Seen {
  ids: Map<string, number>;
  names: Set<string>;
  accounts: Map<string, { brand: number; name: string }>;
}

function validateBrand(e: Errors, raw: unknown, index: number, seen: Seen): Brand | undefined {
  const path = `brands[${index}]`;
  if (!isRecord(raw)) return e.fail(path, 'not_object', describe(raw));
  e.unknownKeys(raw, ['id', 'name', 'languages', 'defaultLanguage', 'accounts', 'budgets', 'rules'], path);
  let id: string | undefined;
  if (typeof raw.id !== 'string' || !BRAND_ID.test(raw.id)) e.add(`${path}.id`, 'bad_id', describe(raw.id));
  else if (seen.ids.has(raw.id)) e.add(`${path}.id`, 'id_taken', `brands[${seen.ids.get(raw.id)}]`);
  else {
    id = raw.id;
    seen.ids.set(id, index);
  }
  const name = e.text(raw.name, `${path}.name`, MAX_NAME);
  if (name !== undefined) {
    if (seen.names.has(name.toLowerCase())) e.add(`${path}.name`, 'name_taken');
    seen.names.add(name.toLowerCase());
  }

  const languages: Language[] = [];
  if (raw.languages === undefined) e.add(`${path}.languages`, 'required');
  else if (Array.isArray(raw.languages) && raw.languages.length === 0)
    e.add(`${path}.languages`, 'no_language');
  e.items(raw.languages, `${path}.languages`, LANGUAGES.length * 2).forEach((l, i) => {
    if (!isLanguage(l)) e.add(`${path}.languages[${i}]`, 'one_of', LANGUAGES.join(', '), describe(l));
    else if (!languages.includes(l)) languages.push(l);
  });

  let defaultLanguage: Language = languages[0] ?? 'en';
  if (!isLanguage(raw.defaultLanguage))
    e.add(`${path}.defaultLanguage`, 'one_of', LANGUAGES.join(', '), describe(raw.defaultLanguage));
  else if (languages.length > 0 && !languages.includes(raw.defaultLanguage))
    e.add(`${path}.defaultLanguage`, 'default_language');
  else defaultLanguage = raw.defaultLanguage;

  const accounts: Account[] = [];
  e.items(raw.accounts, `${path}.accounts`, MAX_ACCOUNTS).forEach((a, i) => {
    const account = validateAccount(e, a, `${path}.accounts[${i}]`);
    if (!account) return;
    const key = accountId(account.platform, account.handle);
    const owner = seen.accounts.get(key);
    if (owner === undefined) seen.accounts.set(key, { brand: index, name: name ?? '' });
    else if (owner.brand === index) e.add(`${path}.accounts[${i}].handle`, 'account_twice');
    else e.add(`${path}.accounts[${i}].handle`, 'account_taken', owner.name);
    accounts.push(account);
  });
  const budgets = validateBudgets(e, raw.budgets, `${path}.budgets`);
  const rules = validateRules(e, raw.rules, `${path}.rules`, defaultLanguage);
  if (id === undefined || name === undefined) return undefined;
  return { id, name, languages, defaultLanguage, accounts, budgets, rules };
}

/** `https://host[:port]` with nothing after it, lower-case: how Mastodon instances are stored. */
function validateOrigin(e: Errors, raw: unknown, path: string): string | undefined {
  if (typeof raw !== 'string') return e.fail(path, 'not_string', describe(raw));
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return e.fail(path, 'instance', describe(raw));
  }
  if (url.protocol !== 'https:') return e.fail(path, 'instance_https');
  if (url.origin !== raw.replace(/\/$/, '') || url.username || url.password)
    return e.fail(path, 'instance_origin', `https://${url.hostname}`);
  if (!/^[a-z0-9.-]+$/.test(url.hostname) || !url.hostname.includes('.'))
    return e.fail(path, 'instance', describe(raw));
  return url.origin;
}

export function validateSettings(input: unknown): Validated<Settings> {
  const e = new Errors();
  if (!isRecord(input)) return { ok: false, errors: [errorAt('', 'not_object', describe(input))] };
  e.unknownKeys(
    input,
    ['version', 'brands', 'activeBrandId', 'sites', 'mastodonInstances', 'keepDraftText', 'defaultBudgets'],
    '',
  );
  if (input.version !== SETTINGS_VERSION)
    e.add('version', 'version', SETTINGS_VERSION, describe(input.version));
  const settings = defaultSettings();

  const seen: Seen = { ids: new Map(), names: new Set(), accounts: new Map() };
  e.items(input.brands, 'brands', MAX_BRANDS).forEach((raw, i) => {
    const brand = validateBrand(e, raw, i, seen);
    if (brand) settings.brands.push(brand);
  });

  if (input.activeBrandId !== undefined && input.activeBrandId !== null) {
    if (typeof input.activeBrandId !== 'string' || !seen.ids.has(input.activeBrandId))
      e.add('activeBrandId', 'active_brand', describe(input.activeBrandId));
    else settings.activeBrandId = input.activeBrandId;
  }

  if (input.sites !== undefined) {
    if (!isRecord(input.sites)) e.add('sites', 'not_object', describe(input.sites));
    else {
      e.unknownKeys(input.sites, PLATFORMS, 'sites');
      for (const p of PLATFORMS) {
        const on = input.sites[p];
        if (on === undefined) continue;
        if (typeof on !== 'boolean') e.add(`sites.${p}`, 'not_boolean', describe(on));
        else settings.sites[p] = on;
      }
    }
  }

  e.items(input.mastodonInstances, 'mastodonInstances', MAX_INSTANCES).forEach((raw, i) => {
    const origin = validateOrigin(e, raw, `mastodonInstances[${i}]`);
    if (origin === undefined) return;
    if (settings.mastodonInstances.includes(origin)) e.add(`mastodonInstances[${i}]`, 'listed_twice');
    else settings.mastodonInstances.push(origin);
  });

  // Optional within version 1: settings saved or exported before the post log have no such field
  // and mean "off", which is also what a migration would have written.
  if (input.keepDraftText !== undefined) {
    if (typeof input.keepDraftText !== 'boolean')
      e.add('keepDraftText', 'not_boolean', describe(input.keepDraftText));
    else settings.keepDraftText = input.keepDraftText;
  }

  // Optional within version 1, like keepDraftText: absent (settings from before it existed) is {},
  // which keeps every account on the built-in defaults, as they were.
  settings.defaultBudgets = validateBudgets(e, input.defaultBudgets, 'defaultBudgets');

  if (e.list.length > 0) return { ok: false, errors: e.list };
  const size = JSON.stringify(settings).length;
  if (size > MAX_SETTINGS_CHARS) return { ok: false, errors: [errorAt('', 'too_big', megabytes(size))] };
  return { ok: true, value: settings };
}

function megabytes(chars: number): string {
  return `${(chars / 1_000_000).toFixed(1)} MB`;
}

/**
 * The origin of a Mastodon instance from what people type: `mastodon.social`,
 * `https://mastodon.social/@acme` or `@acme@mastodon.social` all give `https://mastodon.social`.
 * Null when it is not a host name.
 */
export function instanceOrigin(input: string): string | null {
  let s = input.trim().replace(/^@?[^@\s/]+@(?=[^@\s/]+$)/, '');
  if (s === '') return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) s = `https://${s}`;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  if (!/^[a-z0-9.-]+$/.test(url.hostname) || !/\.[a-z]{2,}$/.test(url.hostname)) return null;
  return url.origin;
}

/** The error for a file too large to read, decided from its size before reading it. */
export function fileTooLarge(bytes: number): ValidationError | null {
  if (bytes <= MAX_SETTINGS_CHARS) return null;
  return errorAt('', 'file_too_big', megabytes(bytes));
}

/** A settings file: the settings plus the format marker, pretty-printed for people who diff them. */
export function exportSettings(s: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FORMAT, ...s }, null, 2)}\n`;
}

const BRAND_RULES_KEYS = ['banned', 'preferred', 'limits', 'platformLimits', 'required', 'thresholds'];

/**
 * Reads a settings file. The size is checked before parsing, the format marker and version before
 * anything else, then older versions are migrated and the result is validated like a save. On any
 * problem nothing is returned but the errors: the caller keeps the settings it has.
 */
export function importSettings(json: string): Validated<Settings> {
  const fail = (code: ErrorCode, ...args: string[]): Validated<Settings> => ({
    ok: false,
    errors: [errorAt('', code, ...args)],
  });
  const tooLarge = fileTooLarge(json.length);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (err) {
    return fail('file_json', err instanceof Error ? err.message : String(err));
  }
  if (!isRecord(parsed)) return fail('file_not_object', describe(parsed));
  if (parsed.format !== SETTINGS_FORMAT) {
    if (BRAND_RULES_KEYS.some((k) => k in parsed)) return fail('file_brand_rules');
    return fail('file_foreign');
  }
  const { format: _format, ...rest } = parsed;
  const version = rest.version;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return fail('file_no_version', describe(version));
  const migrated = migrateSettings(rest, version);
  if (!migrated.ok) return migrated;
  return validateSettings(migrated.value);
}
