import { createI18n } from '@wxt-dev/i18n';

/** The same catalog as `i18n` from '#i18n', without key types: for keys chosen at run time. */
const untyped = createI18n();

/**
 * A message chosen at run time (error codes, per-site or per-score labels), which the typed
 * `i18n.t` from '#i18n' cannot check. Returns `fallback` when the key is missing, so a gap shows
 * English text instead of an empty string (lib/validation/errors.test.ts keeps every error key present).
 */
export function tKey(key: string, args: readonly string[] = [], fallback = key): string {
  const message = args.length > 0 ? untyped.t(key, [...args]) : untyped.t(key);
  return message === '' ? fallback : message;
}
