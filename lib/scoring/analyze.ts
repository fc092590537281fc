import type { Analysis, Language, Platform } from './types';

export interface AnalyzeOptions {
  /** `auto` (default) detects en/de/nl; a language forces that language's rules. */
  lang?: Language | 'auto';
  /** Used when a draft is too short or too mixed to detect. Default `en`. */
  defaultLanguage?: Language;
  platform?: Platform;
}

// Placeholder until the rules land; replaced in the next commits.
export function analyze(text: string, _options: AnalyzeOptions = {}): Analysis {
  const zero = { value: 0, band: 'good' as const };
  return {
    language: 'und',
    rulesLanguage: 'en',
    languageSource: 'default',
    scores: { broadcast: zero, pushiness: zero, missingValue: zero },
    band: 'good',
    findings: [],
    strengths: [],
    stats: { characters: text.length, words: 0, hashtags: 0, links: 0, emoji: 0, exclamations: 0 },
    truncated: false,
  };
}
