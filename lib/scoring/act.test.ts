import { describe, expect, it } from 'vitest';
import { compileBrandRules } from '../brand/compile';
import { type BrandRules, emptyBrandRules } from '../brand/schema';
import { analyze } from './analyze';
import { DEFAULT_THRESHOLDS } from './types';

/** Issue 10 in the scorer: brand rules at level `error` speak up; ignored findings leave the score. */

function rules(extra: Partial<BrandRules>): ReturnType<typeof compileBrandRules> & { ok: true } {
  const compiled = compileBrandRules({ ...emptyBrandRules(), ...extra });
  if (!compiled.ok) throw new Error('rules do not compile');
  return compiled;
}

const DRAFT = 'Our flash sale on oat lattes starts Monday. Which size do you take?';

describe('a brand rule at level error', () => {
  it('puts its score in rework by itself', () => {
    const warning = rules({ banned: [{ phrase: 'flash sale', reason: 'We never rush people.' }] });
    const error = rules({
      banned: [{ phrase: 'flash sale', level: 'error', reason: 'We never rush people.' }],
    });
    const asWarning = analyze(DRAFT, { extraRules: warning.value.rules });
    const asError = analyze(DRAFT, { extraRules: error.value.rules });
    // An absent level keeps meaning "warning": nothing changes for brands saved before.
    expect(asWarning.scores.pushiness.band).not.toBe('rework');
    expect(asError.scores.pushiness.band).toBe('rework');
    expect(asError.scores.pushiness.value).toBe(DEFAULT_THRESHOLDS.pushiness.rework);
    expect(asError.band).toBe('rework');
    // Only its own score: tone and value are what they were.
    expect(asError.scores.broadcast).toEqual(asWarning.scores.broadcast);
    expect(asError.scores.missingValue).toEqual(asWarning.scores.missingValue);
  });

  it("follows the brand's own thresholds and the score the rule feeds", () => {
    const r = rules({
      banned: [{ phrase: 'flash sale', level: 'error', score: 'broadcast' }],
      thresholds: { broadcast: { consider: 20, rework: 90 } },
    });
    const a = analyze(DRAFT, { extraRules: r.value.rules, thresholds: r.value.thresholds });
    expect(a.scores.broadcast).toEqual({ value: 90, band: 'rework' });
  });

  it('leaves built-in rules alone: none of them is at level error', () => {
    const a = analyze('We are SO excited to announce our new app!!! Download now 🎉 #launch');
    expect(a.findings.some((f) => f.level === 'error')).toBe(false);
  });

  it('stops speaking once the phrase is ignored', () => {
    const r = rules({ banned: [{ phrase: 'flash sale', level: 'error' }] });
    const a = analyze(DRAFT, {
      extraRules: r.value.rules,
      ignore: [{ rule: 'brand:banned:0', phrase: 'Flash  Sale' }],
    });
    expect(a.findings.some((f) => f.rule === 'brand:banned:0')).toBe(false);
    expect(a.scores.pushiness.band).not.toBe('rework');
  });
});

describe('ignored findings', () => {
  const shouty = 'This is HUGE. FREE shipping TODAY!!! Which size do you take?';

  it('drop a whole rule before scoring, so the score moves', () => {
    const before = analyze(shouty);
    const after = analyze(shouty, { ignore: [{ rule: 'all-caps' }] });
    expect(before.findings.some((f) => f.rule === 'all-caps')).toBe(true);
    expect(after.findings.some((f) => f.rule === 'all-caps')).toBe(false);
    expect(after.scores.pushiness.value).toBeLessThan(before.scores.pushiness.value);
    expect(after.contributions['all-caps']).toBeUndefined();
  });

  it('drop only the exact phrase, compared in lower case', () => {
    const after = analyze(shouty, { ignore: [{ rule: 'all-caps', phrase: 'huge' }] });
    const caps = after.findings.filter((f) => f.rule === 'all-caps').map((f) => f.text);
    expect(caps).not.toContain('HUGE');
    expect(caps).toContain('FREE');
  });

  it('carry the brand replacement on the finding for apply', () => {
    const r = rules({
      banned: [{ phrase: 'flash sale', replacement: 'offer' }],
      preferred: [{ use: 'customers', instead: ['users'] }],
    });
    const a = analyze('Our flash sale for users', { extraRules: r.value.rules });
    expect(a.findings.find((f) => f.rule === 'brand:banned:0')?.replacement).toBe('offer');
    expect(a.findings.find((f) => f.rule === 'brand:preferred:0')?.replacement).toBe('customers');
    expect(analyze('Big sale!!!').findings.every((f) => f.replacement === undefined)).toBe(true);
  });
});

describe('BannedPhrase.replacement', () => {
  it('is optional, kept when given, and refused when it is the banned phrase itself', async () => {
    const { validateBrandRules } = await import('../brand/schema');
    expect(validateBrandRules({ banned: ['flash sale'] })).toMatchObject({ ok: true });
    const kept = validateBrandRules({ banned: [{ phrase: 'flash sale', replacement: 'offer' }] });
    expect(kept.ok && kept.value.banned[0]?.replacement).toBe('offer');
    const same = validateBrandRules({ banned: [{ phrase: 'flash sale', replacement: ' Flash  SALE' }] });
    expect(same.ok ? [] : same.errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      'banned[0].replacement replacement_same',
    ]);
    const wrong = validateBrandRules({ banned: [{ phrase: 'flash sale', replacement: 7 }] });
    expect(wrong.ok).toBe(false);
  });
});
