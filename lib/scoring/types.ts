import type { Language } from '../core/platform';
import { FITTED_THRESHOLDS } from './weights.generated';

/**
 * The public contract of the scorer. Everything the overlay, popup, CLI, eval and bench
 * consume is described here; nothing in this file touches the DOM or `browser.*`.
 */

// Identity lives in lib/core; the scorer's public contract names it too.
export { LANGUAGES, type Language, PLATFORMS, type Platform } from '../core/platform';
export type DetectedLanguage = Language | 'und';

/** How a brand addresses its readers in German (formal "Sie" or "du") and Dutch ("u" or "je"). */
export type GermanRegister = 'sie' | 'du';
export type DutchRegister = 'u' | 'je';
export type Register = GermanRegister | DutchRegister;
/** A brand's choice per language; a missing language means "as the draft does". */
export interface RegisterChoice {
  de?: GermanRegister;
  nl?: DutchRegister;
}

/**
 * The register when neither the brand nor the draft says. German: "Sie", the safe default of
 * German business writing (Duden's advice when unsure, banks, insurers, B2B, LinkedIn), and the
 * form this extension's own German UI uses; a "du" brand sets it once. Dutch: "je", what most
 * Dutch brands write on social media (and the form of our Dutch UI); "u" is for brands that set it.
 */
export const DEFAULT_REGISTER: Required<RegisterChoice> = { de: 'sie', nl: 'je' };

export const SCORE_KEYS = ['broadcast', 'pushiness', 'missingValue'] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];

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

/** Half-open UTF-16 span into the draft: `text === draft.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * One cause of a problem: a rule with one rendered message. Repeats of the same cause (the same
 * banned phrase twice, each extra hashtag of "6 hashtags where about 3 …", each "wir/unser")
 * are one finding with several spans, so the panel lists the cause once and underlines every span.
 */
export interface Finding {
  /** The rule id, equal to the rule's file name (or `brand:<id>` for brand rules). */
  rule: string;
  score: ScoreKey;
  level: Level;
  /** The first span (`spans[0]`), kept flat for consumers that show one place. */
  start: number;
  end: number;
  text: string;
  /** Every place this cause occurs, in draft order; never empty, `spans[0]` is start/end/text. */
  spans: Span[];
  /** How many points this cause adds to its score before squashing: the sum over its spans. */
  weight: number;
  message: Explained;
  suggestion: Explained;
  /**
   * The brand's replacement for the words (its preferred term, a banned phrase's `replacement`), when
   * it has one; lib/apply/fix.ts turns it (or a built-in rule's own fix) into one edit.
   */
  replacement?: string;
}

/**
 * A finding the person chose not to see (issue 10): the whole rule, or only this exact phrase of it
 * (`normalisePhrase` of the finding's text). For one draft (the content script's session) or for a
 * brand (`Brand.ignores`).
 */
export interface IgnoreScope {
  rule: string;
  phrase?: string;
}

/** A built-in rule's id (its file name) or a brand rule's (`brand:<kind>:<n>`): what an ignore may name. */
export const RULE_ID = /^(?:[a-z][a-z0-9-]{0,63}|brand:[a-z]{1,16}:[a-z0-9]{1,16})$/;

/** How an ignored phrase is compared: lower case, runs of white space as one space, trimmed. */
export function normalisePhrase(text: string): string {
  // Not an account (tests/meta/protocol.test.ts looks for copies of lib/core's account key): words only.
  return text
    .split(/\s+/)
    .filter((w) => w !== '')
    .join(' ')
    .toLowerCase();
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
  /**
   * The form of address the suggestions are written in (German and Dutch; null for English):
   * the brand's choice (`requested`), the draft's own majority (`detected`) or `DEFAULT_REGISTER`.
   */
  register: { value: Register; source: 'requested' | 'detected' | 'default' } | null;
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
