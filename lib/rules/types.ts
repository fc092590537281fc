import type { Doc } from '../nlp/doc';
import type { Language, Level, ScoreKey, StrengthKind } from '../scoring/types';

/** What a rule reports before the engine adds the text and renders messages. */
export interface RawFinding {
  start: number;
  end: number;
  /** Points this finding adds to the rule's score. */
  weight: number;
  /** Placeholder values for the rule's message ($1 …); default: the matched text. */
  args?: string[];
  /** Optional variant of the message key: `rule.<id>.<variant>.message`. */
  variant?: string;
  /** The brand's own words for it (a preferred term, a banned phrase's replacement): what "apply" writes. */
  replacement?: string;
}

export interface RawStrength {
  kind: StrengthKind;
  start: number;
  end: number;
  /** Points this strength takes off its score. */
  relief: number;
}

export interface RuleResult {
  findings?: RawFinding[];
  strengths?: RawStrength[];
}

export interface RuleExamples {
  /** Drafts this rule must flag (at least one finding). */
  flagged: string[];
  /** Drafts this rule must leave alone (no finding). */
  fine: string[];
  /** Drafts in which this rule must report a strength (for rules that find what is good). */
  strong?: string[];
}

export interface Rule {
  /** Equal to the file name, e.g. `announcement-formula`. */
  id: string;
  /** The score this rule's findings feed (and its strengths relieve). */
  score: ScoreKey;
  level: Level;
  languages: readonly Language[];
  /** Examples per language the rule runs in; the rule's test and the meta-test run them. */
  examples: Partial<Record<Language, RuleExamples>>;
  /**
   * Rules that look at the whole draft ("no question anywhere") run after the others and
   * see their results, e.g. the strengths found so far.
   */
  phase?: 'match' | 'absence';
  /**
   * The finding's span marks where its message points (a headline's subject and verb), not words
   * that are wrong in themselves, so a strength on the same words still counts ("Acme opens a
   * store in Leeds" is one-way and informative at once). Absence rules are anchors by nature.
   */
  anchorOnly?: boolean;
  check(doc: Doc, context: RuleContext): RuleResult;
}

export interface RuleContext {
  /** Strengths found by the rules of the `match` phase (empty during that phase). */
  strengths: readonly RawStrength[];
  /** Findings of the `match` phase, by rule id. */
  findingsByRule: ReadonlyMap<string, readonly RawFinding[]>;
  /** The form of address the brand chose for the draft's language (German, Dutch), if it chose one. */
  register?: 'formal' | 'informal';
}
