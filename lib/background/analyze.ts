import type { AnalyzeReply, Message } from '../messages';
import { type AnalyzeOptions, analyze } from '../scoring/analyze';
import { brandFor, compiledRules } from '../settings/resolve';
import type { Settings } from '../settings/types';

/** The background's answer to `analyze`: the built-in rules plus the brand's, with its thresholds. */
export function handleAnalyze(
  message: Extract<Message, { type: 'analyze' }>,
  settings: Settings,
): AnalyzeReply {
  const brand = brandFor(settings, message.platform);
  const compiled = compiledRules(brand);
  const options: AnalyzeOptions = { lang: message.lang ?? 'auto' };
  if (message.platform) options.platform = message.platform;
  if (compiled) {
    options.extraRules = compiled.rules;
    options.thresholds = compiled.thresholds;
    options.defaultLanguage = compiled.defaultLanguage;
    options.register = compiled.register;
  }
  return { ok: true, analysis: analyze(message.text, options) };
}
