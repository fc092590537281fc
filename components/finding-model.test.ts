import { describe, expect, it } from 'vitest';
import { highlightSpans } from '../entrypoints/content/highlights';
import { loadBrandRules } from '../lib/brand/compile';
import { analyze } from '../lib/scoring/analyze';
import type { Finding } from '../lib/scoring/types';
import { panelFindings, points, quotes, repeats } from './finding-model';

function brandRules(input: unknown) {
  const r = loadBrandRules(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.rules;
}

const DRAFT =
  'Synergy beans!!! Our synergy blend, your synergy mug. #coffee #beans #latte #autumn #cosy #deal';

describe('the panel lists each cause once', () => {
  const a = analyze(DRAFT, {
    lang: 'en',
    platform: 'x',
    extraRules: brandRules({ banned: ['synergy'] }),
  });
  const rows = panelFindings(a);

  it('has one row per rule and message, however often the cause occurs', () => {
    const causes = rows.map((f) => `${f.rule}|${f.message.text.toLowerCase()}`);
    expect(new Set(causes).size).toBe(causes.length);
    expect(rows.filter((f) => f.rule === 'brand:banned:0')).toHaveLength(1);
    expect(rows.filter((f) => f.rule === 'hashtag-stuffing')).toHaveLength(1);
  });

  it('says "(3×)" for a repeated word and quotes it once', () => {
    const banned = rows.find((f) => f.rule === 'brand:banned:0') as Finding;
    expect(repeats(banned)).toBe(3);
    expect(quotes(banned)).toEqual({ shown: ['Synergy'], more: 0 });
  });

  it('quotes the different words of a count rule and gives no "(n×)": its message has the count', () => {
    const stuffing = rows.find((f) => f.rule === 'hashtag-stuffing') as Finding;
    expect(repeats(stuffing)).toBe(1);
    expect(quotes(stuffing).shown).toEqual(stuffing.spans.map((s) => s.text));
    expect(stuffing.spans.length).toBeGreaterThanOrEqual(2);
  });

  it('quotes at most six different words and counts the rest', () => {
    const f = rows[0] as Finding;
    const many: Finding = {
      ...f,
      spans: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'A'].map((text, i) => ({ start: i, end: i + 1, text })),
    };
    expect(quotes(many)).toEqual({ shown: ['a', 'b', 'c', 'd', 'e', 'f'], more: 2 });
  });
});

describe('the overlay underlines every span', () => {
  it('gives one underline per span of every finding, coloured by its score', () => {
    const a = analyze(DRAFT, { lang: 'en', platform: 'x', extraRules: brandRules({ banned: ['synergy'] }) });
    const marks = highlightSpans(a);
    const texts = marks.map((m) => DRAFT.slice(m.start, m.end));
    // The banned word three times, each extra hashtag, and nothing sentence-long.
    expect(texts.filter((t) => t.toLowerCase() === 'synergy').length).toBeGreaterThanOrEqual(3);
    const stuffing = a.findings.find((f) => f.rule === 'hashtag-stuffing') as Finding;
    for (const s of stuffing.spans)
      expect(marks).toContainEqual(
        expect.objectContaining({ start: s.start, end: s.end, score: 'pushiness' }),
      );
    const total = a.findings.reduce((n, f) => n + f.spans.filter((s) => s.end - s.start <= 80).length, 0);
    expect(marks).toHaveLength(total);
    expect(marks.every((m) => m.end - m.start <= 80)).toBe(true);
  });
});

describe('the panel after a badge was clicked', () => {
  const a = analyze('We are SO excited to announce our new app!!! Download now 🎉 #launch', {
    lang: 'en',
    platform: 'x',
  });

  it.each([
    'broadcast',
    'pushiness',
    'missingValue',
  ] as const)('lists the %s findings first, then the rest by importance', (key) => {
    const rows = panelFindings(a, key);
    const own = rows.filter((f) => f.score === key);
    expect(own.length).toBeGreaterThan(0);
    expect(rows.slice(0, own.length).every((f) => f.score === key)).toBe(true);
    // Within each group the order is the unfocused one.
    const unfocused = panelFindings(a);
    expect(own).toEqual(unfocused.filter((f) => f.score === key));
    expect(rows.slice(own.length)).toEqual(unfocused.filter((f) => f.score !== key));
  });

  it('gives every finding the points it adds, rounded', () => {
    for (const f of a.findings) expect(points(f)).toBe(Math.round(f.weight));
    expect(points({ weight: 17.6 })).toBe(18);
    expect(a.findings.some((f) => points(f) > 0)).toBe(true);
  });
});
