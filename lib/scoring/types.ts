import { FITTED_THRESHOLDS } from './weights.generated';

/**
 * The public contract of the scorer. Everything the overlay, popup, CLI, eval and bench
 * consume is described here; nothing in this file touches the DOM or `browser.*`.
 */

export const LANGUAGES = ['en', 'de', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];
export type DetectedLanguage = Language | 'und';

export const SCORE_KEYS = ['broadcast', 'pushiness', 'missingValue'] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];

export const PLATFORMS = [
  'x',
  'linkedin',
  'facebook',
  'instagram',
  'threads',
  'mastodon',
  'bluesky',
  'reddit',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Vale's levels: a suggestion nudges, a warning matters, an error breaks a brand rule. */
export type Level = 'suggestion' | 'warning' | 'error';

export type Band = 'good' | 'consider' | 'rework';

/** A message in the draft's language plus the i18n key the UI can use instead. */
export interface Explained {
  /** i18n key (present in locales/en.yml, de.yml, nl.yml). */
  key: string;
  /** Placeholder values for the key ($1, $2 …), already in the draft's language. */
  args: string[];
  /** The rendered text in the language the rules ran in. */
  text: string;
}

export interface Finding {
  /** The rule id, equal to the rule's file name (or `brand:<id>` for brand rules). */
  rule: string;
  score: ScoreKey;
  level: Level;
  /** Half-open UTF-16 span into the draft: `text === draft.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** How many points this finding adds to its score before squashing (for explanations and tests). */
  weight: number;
  message: Explained;
  suggestion: Explained;
}

export type StrengthKind =
  | 'question'
  | 'invitation'
  | 'addressesReader'
  | 'conversation'
  | 'deal'
  | 'tip'
  | 'fact'
  | 'help'
  | 'privilege'
  | 'benefit';

export interface Strength {
  kind: StrengthKind;
  /** The rule that found it. */
  rule: string;
  /** Points it takes off its score before squashing. */
  relief: number;
  start: number;
  end: number;
  text: string;
  message: Explained;
}

export interface ScoreDetail {
  /** 0–100, higher is worse. */
  value: number;
  band: Band;
}

export interface Analysis {
  language: DetectedLanguage;
  /** The language whose rules ran (the detected one, the requested one or the brand's default). */
  rulesLanguage: Language;
  /** Where `language` came from. */
  languageSource: 'detected' | 'requested' | 'default';
  scores: Record<ScoreKey, ScoreDetail>;
  /** The worst of the three bands. */
  band: Band;
  findings: Finding[];
  strengths: Strength[];
  /**
   * Per rule: the points its findings added to its score and the points its strengths took off,
   * before squashing. The sums per score are what the 0–100 value is made of.
   */
  contributions: Record<string, { score: ScoreKey; added: number; relieved: number }>;
  /** Counts the UI shows next to the scores. */
  stats: {
    characters: number;
    words: number;
    hashtags: number;
    links: number;
    emoji: number;
    exclamations: number;
  };
  /** True when the draft was longer than the analysis limit and only its first part was scored. */
  truncated: boolean;
}

export interface Thresholds {
  /** A score at or above `consider` is amber, at or above `rework` red. */
  consider: number;
  rework: number;
}

/**
 * Default band thresholds, chosen by `npm run fit` on the labelled corpora: "rework" is reached by at
 * most 5 % of the negatives of every corpus of that score (and never below 55), "consider" by at
 * most 25 % (never below 30). Brands can set their own.
 */
export const DEFAULT_THRESHOLDS: Record<ScoreKey, Thresholds> = FITTED_THRESHOLDS;
