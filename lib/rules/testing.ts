/**
 * Test helpers for rules (imported only by *.test.ts). `runRule` runs one rule the way the
 * engine does, with the strengths of the match phase in context for absence rules.
 */
import { createDoc } from '../nlp/doc';
import type { Language, Platform } from '../scoring/types';
import { RULES } from '.';
import type { RawFinding, RawStrength, Rule, RuleContext } from './types';

export interface RuleRun {
  findings: Array<RawFinding & { text: string }>;
  strengths: Array<RawStrength & { text: string }>;
}

export function runRule(rule: Rule, text: string, lang: Language = 'en', platform?: Platform): RuleRun {
  const doc = createDoc(text, lang, platform);
  const empty: RuleContext = { strengths: [], findingsByRule: new Map() };
  const strengths: RawStrength[] = [];
  if (rule.phase === 'absence') {
    for (const other of RULES) {
      if (other.phase === 'absence' || !other.languages.includes(lang)) continue;
      strengths.push(...(other.check(doc, empty).strengths ?? []));
    }
  }
  const result = rule.check(doc, { strengths, findingsByRule: new Map() });
  return {
    findings: (result.findings ?? []).map((f) => ({ ...f, text: text.slice(f.start, f.end) })),
    strengths: (result.strengths ?? []).map((s) => ({ ...s, text: text.slice(s.start, s.end) })),
  };
}

/** Every example of a rule, as `[language, kind, text]` rows for `it.each`. */
export function exampleRows(rule: Rule): Array<[Language, 'flagged' | 'fine' | 'strong', string]> {
  const rows: Array<[Language, 'flagged' | 'fine' | 'strong', string]> = [];
  for (const lang of rule.languages) {
    const ex = rule.examples[lang];
    if (!ex) continue;
    for (const t of ex.flagged) rows.push([lang, 'flagged', t]);
    for (const t of ex.fine) rows.push([lang, 'fine', t]);
    for (const t of ex.strong ?? []) rows.push([lang, 'strong', t]);
  }
  return rows;
}

/** Checks one example row; returns a failure message or undefined. */
export function checkExample(
  rule: Rule,
  lang: Language,
  kind: 'flagged' | 'fine' | 'strong',
  text: string,
): string | undefined {
  const run = runRule(rule, text, lang);
  if (kind === 'flagged' && run.findings.length === 0) return `${rule.id} (${lang}) does not flag: ${text}`;
  if (kind === 'fine' && run.findings.length > 0) {
    return `${rule.id} (${lang}) flags "${run.findings.map((f) => f.text).join('", "')}" in: ${text}`;
  }
  if (kind === 'strong' && run.strengths.length === 0)
    return `${rule.id} (${lang}) finds no strength in: ${text}`;
  return undefined;
}
