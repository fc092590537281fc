/**
 * The validators (`validateBrandRules`, `validateSettings`, `importSettings`) explain problems in
 * English, which the CLI prints as they are. The options page shows them in the UI language:
 * each known message maps to an i18n key under `ui.error.*` with its variable parts as
 * placeholders. error-keys.test.ts feeds the real validators, so a reworded message that falls
 * out of this table fails a test instead of silently showing English.
 */
const TABLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^is required$/, 'required'],
  [/^must not be empty$/, 'empty'],
  [/^needs a "phrase" or a "pattern"$/, 'empty'],
  [/^is longer than (\d+) characters$/, 'too_long'],
  [/^must be a whole number\b/, 'whole_number'],
  [/^must not be negative$/, 'negative'],
  [/^must be at least (\d+)$/, 'at_least'],
  [/^must be at most (\d+)$/, 'at_most'],
  [/^has more than (\d+) entries$/, 'too_many'],
  [/^is not a valid regular expression: (.*)$/s, 'regex'],
  [/^matches the empty string, so it would flag every draft$/, 'regex_empty'],
  [
    /^uses (.*), which Steady does not support: they can make matching take exponential time$/s,
    'regex_unsupported',
  ],
  [/^is too complex \((\d+) steps, at most (\d+)\); split it into several rules$/, 'regex_complex'],
  [/^is not flagged by this rule$/, 'example_not_flagged'],
  [/^is flagged by this rule but should be fine$/, 'example_flagged'],
  [/^"consider" must be below "rework"$/, 'threshold_order'],
  [/^thresholds are scores from 0 to 100$/, 'threshold_range'],
  [/^must list at least one phrase$/, 'list_empty'],
  [/^must be plain text, not HTML$/, 'markup'],
  [/^is listed twice for this brand$/, 'account_twice'],
  [/^is already an account of the brand "(.*)"$/s, 'account_taken'],
  [/^is already the name of another brand$/, 'name_taken'],
  [/^is not a valid (\S+) account; write it like (.+)$/, 'handle'],
  [/^must include at least one language$/, 'no_language'],
  [/^must be one of the brand's languages$/, 'default_language'],
  [/^is listed twice$/, 'listed_twice'],
  // Wrong shapes only come from files (the form cannot produce them); the value is quoted back.
  [/^is not a known field$/, 'unknown_field'],
  [/^must be one of (.*), got (.*)$/s, 'one_of'],
  [/^must be (?:a|an) [^,]*, got (.*)$/s, 'wrong_type'],
  [/^must be true or false, got (.*)$/s, 'wrong_type'],
  [/^must be 1–64 letters, digits, "-" or "_", got (.*)$/s, 'bad_id'],
  [/^is the same as the id of (.*)$/, 'bad_id'],
  [/^must be the id of one of the brands, got (.*)$/s, 'active_brand'],
  [/^must be (\d+), got (.*)$/s, 'version'],
  [/^must start with https:\/\/$/, 'instance'],
  [/^must be just the instance, like (\S+)$/, 'instance'],
  [/^is not a web address like https:\/\/mastodon\.social/, 'instance'],
  [/^are ([\d.]+ MB); settings are at most 1 MB$/, 'too_big'],
  [/^The file is ([\d.]+ MB); a Steady settings file is at most 1 MB\.$/, 'file_too_big'],
  [/^The file is not valid JSON: (.*)$/s, 'file_json'],
  [/^The file must contain a JSON object/, 'file_not_object'],
  [/^This is a brand-rules file, not a Steady settings file/, 'file_brand_rules'],
  [/^This is not a Steady settings file/, 'file_foreign'],
  [/^The file has no valid settings version/, 'file_no_version'],
  [/^(\d+) comes from a newer Steady; this one reads settings up to version (\d+)$/, 'file_newer'],
  [/^(.+) is not a settings version Steady ever used$/, 'file_bad_version'],
  [/^(\d+) cannot be upgraded/, 'file_bad_version'],
  [/^(\d+) could not be upgraded/, 'file_bad_version'],
];

export interface ErrorKey {
  /** An i18n key, `ui.error.<code>`. */
  key: string;
  /** The placeholders $1, $2 … taken from the English message. */
  args: string[];
}

/** V8 repeats the pattern in its message ("Invalid regular expression: /(/giu: Unterminated group"). */
function tidy(arg: string): string {
  return arg.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
}

/** The i18n key for a validator message, or null when the message is not in the table. */
export function errorKey(message: string): ErrorKey | null {
  for (const [re, code] of TABLE) {
    const m = re.exec(message);
    if (m) return { key: `ui.error.${code}`, args: m.slice(1).map(tidy) };
  }
  return null;
}

/** Every key `errorKey` can return, for the test that they exist in all three locales. */
export const ERROR_KEYS: readonly string[] = [...new Set(TABLE.map(([, code]) => `ui.error.${code}`))];
