import { render } from '../i18n/render';
import { createDoc, type Doc } from '../nlp/doc';
import { lastSentenceSpan } from '../rules/helpers';
import type { RawFinding, Rule, RuleContext } from '../rules/types';
import {
  LANGUAGES,
  type Language,
  type Level,
  type RegisterChoice,
  type ScoreKey,
  type Thresholds,
} from '../scoring/types';
import { errorAt, type Validated, type ValidationError } from '../validation/errors';
import { compileUserPattern, findAll, PatternBudget, re2Text, type UserPattern } from './pattern';
import {
  type BrandRules,
  LIMIT_KEYS,
  type LimitKey,
  type RequiredElement,
  type RuleExamplesInput,
  validateBrandRules,
} from './schema';

export interface CompiledBrand {
  rules: Rule[];
  thresholds: Partial<Record<ScoreKey, Thresholds>>;
  defaultLanguage: Language;
  /** The brand's form of address per language (`AnalyzeOptions.register`); empty: as each draft does. */
  register: RegisterChoice;
}

const LEVEL_WEIGHT: Record<Level, number> = { suggestion: 6, warning: 15, error: 30 };
/** Findings per brand rule per draft: enough to show, bounded for a pasted novel. */
const MAX_HITS = 20;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal phrase as a case-insensitive whole-word regex ("sale" does not match "wholesale"). */
function phraseRegExp(phrase: string): RegExp {
  const body = escapeRegExp(phrase.trim()).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'giu');
}

/**
 * One budget per draft (the `Doc` of one analysis), shared by all of a brand's pattern and phrase
 * rules, so the pass over them is bounded as a whole; `brand:budget` reports what it cut.
 */
const budgets = new WeakMap<Doc, { budget: PatternBudget; re2Text?: string }>();

function passOf(doc: Doc): { budget: PatternBudget; re2Text?: string } {
  let pass = budgets.get(doc);
  if (!pass) {
    pass = { budget: new PatternBudget() };
    budgets.set(doc, pass);
  }
  return pass;
}

function matchPattern(p: UserPattern, doc: Doc): Array<{ start: number; end: number }> {
  const pass = passOf(doc);
  if (!pass.budget.admit()) return [];
  pass.re2Text ??= re2Text(doc.text);
  return findAll(p, pass.re2Text, MAX_HITS, pass.budget.limitFor(p.size, doc.text.length));
}

/**
 * Phrases run on RegExp: an escaped literal has no alternatives to backtrack into, so one scan
 * is at worst O(phrase length × text) (30 ms for a 500-character phrase on 50,000 characters of
 * its own near-misses); the pass's time box bounds a thousand of them.
 */
function matchPhrase(re: RegExp, doc: Doc): Array<{ start: number; end: number }> {
  if (!passOf(doc).budget.admit()) return [];
  return matchAll(re, doc.text);
}

function matchAll(re: RegExp, text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < MAX_HITS; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1; // never loop on an empty match
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const ALL_LANGUAGES: readonly Language[] = LANGUAGES;

function bannedRule(index: number, entry: BrandRules['banned'][number]): Rule {
  const phrase = entry.phrase !== undefined ? phraseRegExp(entry.phrase) : undefined;
  const pattern = entry.pattern !== undefined ? compileUserPattern(entry.pattern) : undefined;
  const find = (doc: Doc): Array<{ start: number; end: number }> => {
    if (phrase) return matchPhrase(phrase, doc);
    if (pattern && 're' in pattern) return matchPattern(pattern, doc);
    return []; // refused by validation; never matches
  };
  const level = entry.level ?? 'warning';
  return {
    id: `brand:banned:${index}`,
    score: entry.score ?? 'pushiness',
    level,
    languages: ALL_LANGUAGES,
    examples: {},
    check(doc) {
      const findings: RawFinding[] = find(doc).map((s, n) => ({
        ...s,
        weight: LEVEL_WEIGHT[level] * 0.8 ** n,
        args: [doc.text.slice(s.start, s.end), entry.reason ?? ''],
        ...(entry.replacement === undefined ? {} : { replacement: entry.replacement }),
      }));
      return { findings };
    },
  };
}

function preferredRule(index: number, entry: BrandRules['preferred'][number]): Rule {
  const patterns = entry.instead.map(phraseRegExp);
  const level = entry.level ?? 'suggestion';
  return {
    id: `brand:preferred:${index}`,
    score: 'broadcast',
    level,
    languages: ALL_LANGUAGES,
    examples: {},
    check(doc) {
      const findings: RawFinding[] = [];
      for (const re of patterns) {
        for (const s of matchPhrase(re, doc)) {
          findings.push({
            ...s,
            weight: LEVEL_WEIGHT[level] * 0.8 ** findings.length,
            args: [doc.text.slice(s.start, s.end), entry.use],
            replacement: entry.use,
          });
        }
      }
      return { findings: findings.sort((a, b) => a.start - b.start) };
    },
  };
}

const LIMIT_TOKEN: Record<LimitKey, (doc: Doc) => Array<{ start: number; end: number }>> = {
  hashtags: (doc) => doc.tokens.filter((t) => t.kind === 'hashtag'),
  links: (doc) => doc.tokens.filter((t) => t.kind === 'url'),
  emoji: (doc) => doc.tokens.filter((t) => t.kind === 'emoji'),
  exclamations: (doc) => {
    const out: Array<{ start: number; end: number }> = [];
    for (const t of doc.tokens) {
      if (t.kind !== 'punct') continue;
      for (let i = 0; i < t.text.length; i++)
        if (t.text[i] === '!') out.push({ start: t.start + i, end: t.start + i + 1 });
    }
    return out;
  },
};

function limitRule(key: LimitKey, brand: BrandRules): Rule {
  return {
    id: `brand:limit:${key}`,
    score: 'pushiness',
    level: 'warning',
    languages: ALL_LANGUAGES,
    examples: {},
    check(doc) {
      const limit = (doc.platform && brand.platformLimits[doc.platform]?.[key]) ?? brand.limits[key];
      if (limit === undefined) return {};
      const items = LIMIT_TOKEN[key](doc);
      if (items.length <= limit) return {};
      const first = items[limit];
      const last = items[items.length - 1];
      if (!first || !last) return {};
      const noun = render(doc.lang, `brand.noun_${key}`).text;
      const excess = items.length - limit;
      const args = [
        doc.text.slice(first.start, last.end),
        String(items.length),
        noun,
        String(limit),
        String(excess),
      ];
      // One finding per item over the limit, all with the same message: the engine merges them
      // into one cause whose spans are exactly the extra items (not the text between them).
      return {
        findings: items.slice(limit).map((item, n) => ({
          start: item.start,
          end: item.end,
          weight: n === 0 ? LEVEL_WEIGHT.warning : 3,
          args,
        })),
      };
    },
  };
}

/**
 * Says when the brand's patterns could not all check the whole draft: a complex pattern searched
 * only the first characters of a long draft, or the pass ran out of time. It adds no points: the
 * scores are what was checked, and this tells the user what was not.
 */
function budgetRule(): Rule {
  return {
    id: 'brand:budget:0',
    score: 'pushiness',
    level: 'suggestion',
    phase: 'absence',
    languages: ALL_LANGUAGES,
    examples: {},
    check(doc) {
      const pass = budgets.get(doc);
      if (!pass || (pass.budget.skipped === 0 && pass.budget.partial === 0)) return {};
      const { budget } = pass;
      const span = lastSentenceSpan(doc);
      const text = doc.text.slice(span.start, span.end);
      if (budget.skipped > 0)
        return {
          findings: [
            {
              ...span,
              weight: 0,
              variant: 'stopped',
              args: [text, String(budget.skipped), String(budget.skipped + budget.ran)],
            },
          ],
        };
      return {
        findings: [
          {
            ...span,
            weight: 0,
            variant: 'partial',
            args: [text, String(budget.partial), budget.cut.toLocaleString('en')],
          },
        ],
      };
    },
  };
}

const VALUE_KINDS = new Set(['deal', 'tip', 'fact', 'help', 'privilege', 'benefit']);

function requiredRule(element: RequiredElement): Rule {
  const score: ScoreKey = element === 'question' || element === 'hashtag' ? 'broadcast' : 'missingValue';
  const present: Record<RequiredElement, (doc: Doc, ctx: RuleContext) => boolean> = {
    question: (doc) => doc.sentences.some((s) => s.terminal.includes('?')),
    value: (_doc, ctx) => ctx.strengths.some((s) => VALUE_KINDS.has(s.kind) && s.relief >= 10),
    link: (doc) => doc.tokens.some((t) => t.kind === 'url'),
    hashtag: (doc) => doc.tokens.some((t) => t.kind === 'hashtag'),
  };
  return {
    id: `brand:required:${element}`,
    score,
    level: 'warning',
    phase: 'absence',
    languages: ALL_LANGUAGES,
    examples: {},
    check(doc, ctx) {
      if (doc.words < 3 || present[element](doc, ctx)) return {};
      const span = lastSentenceSpan(doc);
      const name = render(doc.lang, `brand.element_${element}`).text;
      return {
        findings: [
          { ...span, weight: LEVEL_WEIGHT.warning, args: [doc.text.slice(span.start, span.end), name] },
        ],
      };
    },
  };
}

function valuesRule(brand: BrandRules): Rule | undefined {
  const words = brand.values.words.map((w) => w.trim().toLowerCase()).filter(Boolean);
  if (words.length === 0) return undefined;
  const patterns = words.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}`, 'iu'));
  return {
    id: 'brand:values:0',
    score: 'missingValue',
    level: 'suggestion',
    phase: 'absence',
    languages: ALL_LANGUAGES,
    examples: {},
    check(doc) {
      if (doc.words < 8 || patterns.some((re) => re.test(doc.text))) return {};
      const first = doc.sentences[0];
      if (!first) return {};
      return {
        findings: [
          {
            start: first.start,
            end: first.end,
            weight: 4,
            args: [
              doc.text.slice(first.start, first.end),
              brand.values.words.join(', '),
              brand.values.words[0] ?? '',
            ],
          },
        ],
      };
    },
  };
}

/** Runs a compiled rule on its own examples; returns the problems (empty when it behaves). */
function checkExamples(
  rule: Rule,
  ex: RuleExamplesInput | undefined,
  path: string,
  lang: Language,
): ValidationError[] {
  if (!ex) return [];
  const errors: ValidationError[] = [];
  const run = (text: string) =>
    rule.check(createDoc(text, lang), { strengths: [], findingsByRule: new Map() }).findings ?? [];
  (ex.flagged ?? []).forEach((text, i) => {
    if (run(text).length === 0) errors.push(errorAt(`${path}.examples.flagged[${i}]`, 'example_not_flagged'));
  });
  (ex.fine ?? []).forEach((text, i) => {
    if (run(text).length > 0) errors.push(errorAt(`${path}.examples.fine[${i}]`, 'example_flagged'));
  });
  return errors;
}

export function compileBrandRules(brand: BrandRules): Validated<CompiledBrand> {
  const rules: Rule[] = [];
  const errors: ValidationError[] = [];
  brand.banned.forEach((entry, i) => {
    const rule = bannedRule(i, entry);
    errors.push(...checkExamples(rule, entry.examples, `banned[${i}]`, brand.defaultLanguage));
    rules.push(rule);
  });
  brand.preferred.forEach((entry, i) => {
    const rule = preferredRule(i, entry);
    errors.push(...checkExamples(rule, entry.examples, `preferred[${i}]`, brand.defaultLanguage));
    rules.push(rule);
  });
  const limitKeys = new Set<LimitKey>();
  for (const k of LIMIT_KEYS) {
    if (brand.limits[k] !== undefined) limitKeys.add(k);
    for (const p of Object.values(brand.platformLimits)) if (p?.[k] !== undefined) limitKeys.add(k);
  }
  for (const k of limitKeys) rules.push(limitRule(k, brand));
  for (const el of brand.required) rules.push(requiredRule(el));
  const values = valuesRule(brand);
  if (values) rules.push(values);
  if (brand.banned.length > 0 || brand.preferred.length > 0) rules.push(budgetRule());
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      rules,
      thresholds: brand.thresholds,
      defaultLanguage: brand.defaultLanguage,
      register: { ...brand.register },
    },
  };
}

/** Validate and compile in one step: what the CLI, options page and import use. */
export function loadBrandRules(input: unknown): Validated<CompiledBrand> {
  const validated = validateBrandRules(input);
  if (!validated.ok) return validated;
  return compileBrandRules(validated.value);
}
