import { brandForAccount, type Language, type Platform } from '../core';
import { countChars } from '../count/count';
import type { AnalyzeReply, AnalyzeRequest } from '../protocol';
import { type AnalyzeOptions, analyze } from '../scoring/analyze';
import type { Analysis, IgnoreScope } from '../scoring/types';
import { compiledRules } from '../settings/resolve';
import type { Brand, Settings } from '../settings/types';

/**
 * Scores `text` with the built-in rules plus `brand`'s, with its thresholds, default language and
 * register. Also says whether the brand's rules applied: stored rules that no longer compile are
 * ignored (built-in rules only) instead of failing the draft.
 */
export function scoreText(
  text: string,
  brand: Brand | undefined,
  options: { platform?: Platform; lang?: Language | 'auto'; ignore?: readonly IgnoreScope[] } = {},
): { analysis: Analysis; applied: Brand | undefined } {
  const compiled = compiledRules(brand);
  const opts: AnalyzeOptions = { lang: options.lang ?? 'auto' };
  if (options.platform) opts.platform = options.platform;
  // What the brand never wants to see, and what the person ignored in this draft (issue 10).
  const ignore = [...(brand?.ignores ?? []), ...(options.ignore ?? [])];
  if (ignore.length > 0) opts.ignore = ignore;
  if (compiled) {
    opts.extraRules = compiled.rules;
    opts.thresholds = compiled.thresholds;
    opts.defaultLanguage = compiled.defaultLanguage;
    opts.register = compiled.register;
  }
  return { analysis: analyze(text, opts), applied: compiled ? brand : undefined };
}

/**
 * The background's answer to `analyze` (the popup's pasted text): it has no account, so the rules are
 * the active brand's, else the only brand's (lib/core brandForAccount).
 */
export function handleAnalyze(
  message: AnalyzeRequest,
  settings: Settings,
): Extract<AnalyzeReply, { ok: true }> {
  const brand = brandForAccount(settings, message.platform);
  const options: { platform?: Platform; lang?: Language | 'auto' } = {};
  if (message.platform) options.platform = message.platform;
  if (message.lang) options.lang = message.lang;
  const analysis = scoreText(message.text, brand, options).analysis;
  // With a platform (the popup's tab draft), also its length as that site counts it.
  return message.platform
    ? { ok: true, analysis, chars: countChars(message.text, message.platform) }
    : { ok: true, analysis };
}
