import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/main';
import { handleAnalyze } from '../background/analyze';
import { createDoc } from '../nlp/doc';
import { analyze } from '../scoring/analyze';
import { defaultSettings, type Settings } from '../settings/types';
import { exportSettings, importSettings, validateSettings } from '../settings/validate';
import { englishError } from '../validation/errors';
import { loadBrandRules } from './compile';
import { MAX_PROGRAM_SIZE, PASS_MS } from './pattern';
import { emptyBrandRules, validateBrandRules } from './schema';

/**
 * Patterns known to backtrack catastrophically (exponential or high-degree polynomial) on a
 * backtracking engine: OWASP's ReDoS page, Davis et al. "The impact of ReDoS in practice"
 * (ESEC/FSE 2018), the recheck and scslre test suites, and issue 11's own finds.
 */
const CATASTROPHIC = [
  '(a+)+$',
  '(x+x+)+y',
  '^(\\w+\\s?)+$',
  '(a|aa)+$',
  '(.*a){20}',
  '([a-z]+)*$',
  '(\\d+)*x',
  '(a|a?)+$',
  '^(a+)+b',
  '(\\w+\\d+)+C',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '^(a|a)*$',
  '(\\w|\\d)+$',
  '((a+)+)+b',
  '(?:.*,){12}[A-Z]',
  '\\s*#?\\s*$',
  '^[\\w.-]+@([\\w-]+\\.)+[\\w-]{2,4}$',
  '(.*){1,32000}[bc]',
  '(a*)*\\1',
  '^(?=(a+))\\1b',
  '(?:[a-z]{1,50}\\s?){1,10}x',
  // Some above match the empty string and are refused for that; the same shapes anchored on a
  // character reach the matcher.
  'x([a-z]+)*$',
  'b(a|a?)+$',
  '1^(a|a)*$|(a|a)+$',
  'x\\s*#?\\s*$',
] as const;

const N = 50_000;
/** The attack strings those patterns are known for, each 50,000 characters. */
const INPUTS: Record<string, string> = {
  'a…': 'a'.repeat(N),
  'a…!': `${'a'.repeat(N - 1)}!`,
  'x…': 'x'.repeat(N),
  '1…': '1'.repeat(N),
  'a a …': 'a '.repeat(N / 2),
  'a,…': 'a,'.repeat(N / 2),
  'sentence…': 'Our best ever offer is here for you and your team today '.repeat(N / 56 + 1).slice(0, N),
  'aB…': `${'aB'.repeat(N / 2 - 1)}1!`,
};

function bestOf(times: number, f: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('user patterns are safe from catastrophic backtracking', () => {
  // Warm the engine's code once, as the worker and the options page do after their first draft.
  loadBrandRules({ banned: [{ pattern: 'warm(up)+' }] });

  it.each(CATASTROPHIC)('%s is refused or runs in < 50 ms on 50,000 characters', (pattern) => {
    const loaded = loadBrandRules({ banned: [{ pattern }] });
    if (!loaded.ok) {
      // Refused: the message names the field and says why in words.
      expect(loaded.errors[0]?.path).toBe('banned[0].pattern');
      expect(loaded.errors.map(englishError)[0]).toMatch(
        /valid regular expression|does not support|too complex|matches the empty string/,
      );
      return;
    }
    const rules = loaded.value.rules;
    const context = { strengths: [], findingsByRule: new Map() };
    for (const [name, text] of Object.entries(INPUTS)) {
      // A fresh doc per run (the pass's budget is per draft), built outside the timing: only the
      // pattern's own work is measured. Best of five, as the machine is shared.
      const docs = Array.from({ length: 5 }, () => createDoc(text, 'en'));
      let best = Number.POSITIVE_INFINITY;
      for (const doc of docs) {
        const t = performance.now();
        for (const rule of rules) rule.check(doc, context);
        best = Math.min(best, performance.now() - t);
      }
      expect(best, `${pattern} on ${name}`).toBeLessThan(50);
    }
  });

  it('keeps what a backtracking regex would have found, in UTF-16 offsets', () => {
    const loaded = loadBrandRules({ banned: [{ pattern: 'best[- ]ever' }, { pattern: '^(\\w+\\s?)+$' }] });
    expect(loaded.ok).toBe(true);
    const a = analyze('🎉 Our BEST ever\u00a0deal, best-ever!', {
      extraRules: loaded.ok ? loaded.value.rules : [],
    });
    const spans = a.findings.filter((f) => f.rule === 'brand:banned:0').flatMap((f) => f.spans);
    expect(spans.map((s) => s.text)).toEqual(['BEST ever', 'best-ever']);
    // The no-break space counts as \s, as it does in JavaScript.
    expect(loadBrandRules({ banned: [{ pattern: 'ever\\sdeal' }] }).ok).toBe(true);
    const nbsp = loadBrandRules({ banned: [{ pattern: 'ever\\sdeal' }] });
    const b = analyze('Our best ever\u00a0deal', { extraRules: nbsp.ok ? nbsp.value.rules : [] });
    expect(b.findings.some((f) => f.rule === 'brand:banned:0' && f.text === 'ever\u00a0deal')).toBe(true);
    expect(a.findings.some((f) => f.rule === 'brand:banned:1')).toBe(false);
  });

  it('refuses lookaheads, back-references and huge programs with a message that names them', () => {
    const r = validateBrandRules({
      banned: [
        { pattern: 'buy(?= now)' },
        { pattern: '(a)x\\1' },
        { pattern: '(?<w>a)\\k<w>' },
        { pattern: 'x{200}y{200}' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.path} ${englishError(e)}`)).toEqual([
      expect.stringMatching(/^banned\[0\]\.pattern uses lookaheads .* does not support/),
      expect.stringMatching(/^banned\[1\]\.pattern uses back-references/),
      expect.stringMatching(/^banned\[2\]\.pattern uses back-references/),
      expect.stringMatching(
        new RegExp(`^banned\\[3\\]\\.pattern is too complex \\(\\d+ steps, at most ${MAX_PROGRAM_SIZE}\\)`),
      ),
    ]);
  });

  it('analyze() with compiled brand rules (the worker path) stays bounded', () => {
    const settings = defaultSettings();
    settings.brands.push({
      id: 'b',
      name: 'B',
      languages: ['en'],
      defaultLanguage: 'en',
      accounts: [],
      budgets: {},
      ignores: [],
      // Stored rules are re-validated before use: refused patterns never reach the matcher.
      rules: { ...emptyBrandRules(), banned: CATASTROPHIC.map((pattern) => ({ pattern })) },
    });
    settings.activeBrandId = 'b';
    const accepted: Settings = structuredClone(settings);
    const b = accepted.brands[0];
    if (b) b.rules.banned = b.rules.banned.filter((x) => validateBrandRules({ banned: [x] }).ok);
    expect(b?.rules.banned.length).toBeGreaterThan(10);
    for (const text of Object.values(INPUTS)) {
      const base = bestOf(1, () => analyze(text));
      for (const s of [settings, accepted]) {
        const ms = bestOf(1, () => handleAnalyze({ type: 'analyze', text }, s));
        // All accepted patterns together: within the pass's time box plus one pattern's run.
        expect(ms).toBeLessThan(base + PASS_MS + 100);
      }
    }
  });

  it('the pass reports what it could not check instead of freezing', () => {
    // 1,000 phrases that each cost O(phrase × text) on their own near-misses.
    const phrases = Array.from({ length: 1000 }, (_, i) => `${'a '.repeat(240)}b${i}`);
    const loaded = loadBrandRules({ banned: phrases });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const text = 'a '.repeat(N / 2);
    const t = performance.now();
    const a = analyze(text, { extraRules: loaded.value.rules });
    expect(performance.now() - t).toBeLessThan(PASS_MS + 1000);
    const stopped = a.findings.find((f) => f.rule === 'brand:budget:0');
    expect(stopped?.message.text).toMatch(/took too long: \d+ of 1000 patterns and phrases were skipped/);
    expect(stopped?.weight).toBe(0);

    // A complex pattern on a long draft searches a prefix, and says so.
    const complex = loadBrandRules({ banned: [{ pattern: '(.*a){20}' }] });
    expect(complex.ok).toBe(true);
    if (!complex.ok) return;
    const b = analyze(text, { extraRules: complex.value.rules });
    expect(b.findings.find((f) => f.rule === 'brand:budget:0')?.message.text).toMatch(
      /1 of the brand's patterns checked only its first [\d,]+ characters/,
    );
    // A short post is checked whole: no such finding.
    const c = analyze('A short post with some text x', { extraRules: complex.value.rules });
    expect(c.findings.some((f) => f.rule === 'brand:budget:0')).toBe(false);
  });

  it('the CLI scores a 50,000-character draft with these rules in bounded time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'steady-redos-'));
    const rulesFile = join(dir, 'rules.json');
    writeFileSync(
      rulesFile,
      JSON.stringify({
        banned: [{ pattern: '^(\\w+\\s?)+$' }, { pattern: '(a+)+$' }, { pattern: '(x+x+)+y' }],
      }),
    );
    const drafts = join(dir, 'drafts.txt');
    writeFileSync(drafts, `${INPUTS['a…']}\n${INPUTS['x…']}\n${INPUTS['a a …']}\n`);
    let out = '';
    const t = performance.now();
    const code = await run(['score', '--file', drafts, '--rules', rulesFile, '--format', 'jsonl'], {
      stdout: (s) => {
        out += s;
      },
      stderr: () => {},
      readStdin: async () => '',
      color: false,
    });
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(3);
    expect(performance.now() - t).toBeLessThan(5_000);
    // A refused pattern in a rules file is a user error (exit 2) naming the rule.
    writeFileSync(rulesFile, JSON.stringify({ banned: [{ pattern: '(a)\\1' }] }));
    let err = '';
    const refused = await run(['score', 'x', '--rules', rulesFile], {
      stdout: () => {},
      stderr: (s) => {
        err += s;
      },
      readStdin: async () => '',
      color: false,
    });
    expect(refused).toBe(2);
    expect(err).toMatch(/banned\[0\]\.pattern uses back-references/);
  });

  it("the options page's validation (every keystroke) runs each rule's examples quickly", () => {
    // The longest examples a rule can carry (500 characters), made of the attack strings.
    const examples = { flagged: [], fine: [`${'a'.repeat(499)}!`, 'x'.repeat(500), 'a '.repeat(250)] };
    const draft: Settings = defaultSettings();
    draft.brands.push({
      id: 'b',
      name: 'B',
      languages: ['en'],
      defaultLanguage: 'en',
      accounts: [],
      budgets: {},
      ignores: [],
      rules: { ...emptyBrandRules(), banned: CATASTROPHIC.map((pattern) => ({ pattern, examples })) },
    });
    const t = performance.now();
    const r = validateSettings(draft);
    expect(performance.now() - t).toBeLessThan(500);
    expect(r.ok).toBe(false); // some are refused (and some flag their "fine" examples)
  });

  it('an import with such a rule is refused, naming the rule', () => {
    const s = defaultSettings();
    s.brands.push({
      id: 'b',
      name: 'B',
      languages: ['en'],
      defaultLanguage: 'en',
      accounts: [],
      budgets: {},
      ignores: [],
      rules: { ...emptyBrandRules(), banned: [{ phrase: 'cheap' }, { pattern: '^(?=(a+))\\1b' }] },
    });
    const r = importSettings(exportSettings(s));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.path} ${englishError(e)}`).join('\n')).toMatch(
      /brands\[0\]\.rules\.banned\[1\]\.pattern uses lookaheads/,
    );
  });
});
