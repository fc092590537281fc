import { describe, expect, it } from 'vitest';
import { analyze, MAX_ANALYZED_CHARS, squash } from './analyze';
import { type Analysis, SCORE_KEYS } from './types';

const DRAFTS = [
  'We are excited to announce our new partnership with Acme, the leading provider of innovative solutions.',
  'BUY NOW!!! Last chance 🔥🔥🔥🔥🔥 link in bio #sale #deal #shop #buy #now',
  'Tip: store your beans in an airtight jar, away from light. Which roast do you drink?',
  'Wir freuen uns, Ihnen heute unser neues Produkt vorzustellen. Jetzt kaufen!',
  'Met trots presenteren wij onze nieuwe collectie. Bestel nu met 20% korting!',
  '👨‍👩‍👧 Family weekend at the zoo: kids go free on Saturday 🦁 Who is coming?',
  'مرحبا! New store in Dubai — opening Monday 9am. שלום',
  '',
  '   ',
];

function checkContract(text: string, a: Analysis): void {
  for (const key of SCORE_KEYS) {
    const s = a.scores[key];
    expect(Number.isInteger(s.value)).toBe(true);
    expect(s.value).toBeGreaterThanOrEqual(0);
    expect(s.value).toBeLessThanOrEqual(100);
  }
  for (const f of a.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.message.text).not.toMatch(/^rule\.|\$\d/);
    expect(f.suggestion.text.length).toBeGreaterThan(0);
  }
  for (const s of a.strengths) expect(s.text).toBe(text.slice(s.start, s.end));
}

describe('analyze', () => {
  it.each(DRAFTS)('keeps the contract for %j', (text) => {
    checkContract(text, analyze(text));
  });

  it('ranks an announcement above a conversational post on broadcast tone', () => {
    const announce = analyze(DRAFTS[0] as string);
    const talk = analyze(DRAFTS[2] as string);
    expect(announce.scores.broadcast.value).toBeGreaterThan(60);
    expect(talk.scores.broadcast.value).toBeLessThan(20);
  });

  it('scores a hard sell as pushy and explains it with the words that caused it', () => {
    const a = analyze(DRAFTS[1] as string);
    expect(a.scores.pushiness.value).toBeGreaterThan(70);
    expect(a.scores.pushiness.band).toBe('rework');
    const rules = new Set(a.findings.filter((f) => f.score === 'pushiness').map((f) => f.rule));
    for (const r of [
      'call-to-action',
      'urgency',
      'exclamation-marks',
      'all-caps',
      'emoji-stuffing',
      'hashtag-stuffing',
    ]) {
      expect(rules).toContain(r);
    }
  });

  it('recognizes a concrete tip and a question as strengths', () => {
    const a = analyze(DRAFTS[2] as string);
    expect(a.strengths.map((s) => s.kind)).toEqual(expect.arrayContaining(['tip', 'question']));
    expect(a.scores.missingValue.value).toBeLessThan(20);
  });

  it('detects and scores German and Dutch with their own rules and messages', () => {
    const de = analyze(DRAFTS[3] as string);
    expect(de.language).toBe('de');
    expect(de.findings.find((f) => f.rule === 'announcement-formula')?.message.text).toMatch(
      /Pressemitteilung/,
    );
    const nl = analyze(DRAFTS[4] as string);
    expect(nl.language).toBe('nl');
    expect(nl.findings.find((f) => f.rule === 'call-to-action')?.suggestion.text).toMatch(/vriendelijke/);
  });

  it('falls back to the default language for drafts too short to detect', () => {
    const a = analyze('Nu!', { defaultLanguage: 'nl' });
    expect(a).toMatchObject({ language: 'und', rulesLanguage: 'nl', languageSource: 'default' });
  });

  it('uses the requested language when one is given', () => {
    expect(analyze('Buy now', { lang: 'de' })).toMatchObject({ language: 'de', languageSource: 'requested' });
  });

  it('returns good scores and no findings for an empty draft', () => {
    const a = analyze('');
    expect(a.findings).toEqual([]);
    expect(a.band).toBe('good');
  });

  it('bounds a 1 MB paste: scores the first part and says so', () => {
    const big = 'Buy now! Our amazing sale ends tonight. '.repeat(26_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const a = analyze(big);
    expect(a.truncated).toBe(true);
    expect(a.stats.characters).toBe(big.length);
    for (const f of a.findings) expect(f.end).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    checkContract(big, a);
  });

  it('never cuts a surrogate pair at the analysis limit', () => {
    const text = `${'a'.repeat(MAX_ANALYZED_CHARS - 1)}😀 tail`;
    const a = analyze(text);
    expect(a.truncated).toBe(true);
    checkContract(text, a);
  });

  it('applies brand thresholds to the bands', () => {
    const strict = analyze(DRAFTS[0] as string, { thresholds: { broadcast: { consider: 5, rework: 10 } } });
    expect(strict.scores.broadcast.band).toBe('rework');
  });

  it('counts what the UI shows', () => {
    expect(analyze(DRAFTS[1] as string).stats).toMatchObject({
      hashtags: 5,
      emoji: 5,
      exclamations: 3,
      links: 0,
    });
  });
});

describe('squash', () => {
  it('maps points to 0–100, monotonically', () => {
    expect(squash(-5)).toBe(0);
    expect(squash(0)).toBe(0);
    expect(squash(45)).toBe(63);
    expect(squash(1_000)).toBe(100);
    expect(squash(20)).toBeLessThan(squash(21));
  });
});
