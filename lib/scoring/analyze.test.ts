import { describe, expect, it } from 'vitest';
import type { Rule } from '../rules/types';
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
  const causes = new Set<string>();
  for (const f of a.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.spans[0]).toEqual({ start: f.start, end: f.end, text: f.text });
    for (const [i, s] of f.spans.entries()) {
      expect(s.text).toBe(text.slice(s.start, s.end));
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual((f.spans[i - 1] as typeof s).start);
    }
    const cause = `${f.rule}|${f.message.key}|${f.message.text.toLowerCase()}`;
    expect(causes.has(cause), `${cause} is listed twice`).toBe(false);
    causes.add(cause);
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

describe('one finding per cause', () => {
  it('merges the extra hashtags of "6 hashtags where about 3 …" into one finding with every span', () => {
    const text = 'New autumn blend is in. #coffee #autumn #roast #beans #latte #cosy';
    const a = analyze(text, { lang: 'en', platform: 'x' });
    checkContract(text, a);
    const stuffing = a.findings.filter((f) => f.rule === 'hashtag-stuffing');
    expect(stuffing).toHaveLength(1);
    const spans = stuffing[0]?.spans.map((s) => s.text) ?? [];
    // Every hashtag over the platform's limit, in draft order, the last one included.
    expect(spans.length).toBeGreaterThanOrEqual(2);
    expect(spans.slice(-3)).toEqual(['#beans', '#latte', '#cosy']);
    expect(stuffing[0]?.message.text).toMatch(/^6 hashtags/);
  });

  it('merges every "wir/unser" of a we-centred German post, and the weight is what the cause adds', () => {
    const text =
      'Wir haben unser Team, unsere Werte und unser Produkt für unsere Kunden mit unserer Erfahrung verbessert.';
    const a = analyze(text, { lang: 'de' });
    checkContract(text, a);
    const we = a.findings.filter((f) => f.rule === 'we-centred');
    expect(we).toHaveLength(1);
    expect(we[0]?.spans.map((s) => s.text)).toEqual(['Wir', 'unser', 'unsere', 'unser', 'unsere', 'unserer']);
  });

  it('merges a word repeated in another case, worded as its first occurrence', () => {
    const text = 'Synergy matters. We bring synergy to every team, and synergy to you.';
    const a = analyze(text, { lang: 'en' });
    const vocab = a.findings.filter((f) => f.rule === 'press-release-vocabulary');
    expect(vocab).toHaveLength(1);
    expect(vocab[0]?.message.text).toMatch(/^"Synergy"/);
    expect(vocab[0]?.spans.map((s) => s.start)).toEqual([
      0,
      text.indexOf('synergy'),
      text.lastIndexOf('synergy'),
    ]);
  });

  it('keeps different causes of one rule apart and sums points per cause', () => {
    const twice: Rule = {
      id: 'brand:banned:0',
      score: 'pushiness',
      level: 'warning',
      languages: ['en'],
      examples: {},
      check: (doc) => ({
        findings: [...doc.text.matchAll(/cheap|bargain/g)].map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
          weight: 10,
          args: [m[0], ''],
        })),
      }),
    };
    const a = analyze('cheap, cheap, a bargain and cheap again', { lang: 'en', extraRules: [twice] });
    const banned = a.findings.filter((f) => f.rule === 'brand:banned:0');
    expect(banned.map((f) => [f.text, f.spans.length, f.weight])).toEqual([
      ['cheap', 3, 30],
      ['bargain', 1, 10],
    ]);
  });
});

describe('a span is never both a problem and a strength', () => {
  it('does not count "Like and share" as an invitation: it is engagement bait', () => {
    const a = analyze('Like and share to win a year of free coffee!', { lang: 'en' });
    expect(a.findings.map((f) => f.rule)).toContain('engagement-bait');
    expect(a.strengths.filter((s) => s.kind === 'invitation')).toEqual([]);
    // With no invitation left, the post is a one-way announcement.
    expect(a.findings.map((f) => f.rule)).toContain('no-invitation');
  });

  it('never counts "#sale" or "#deal" as an offer; the price is the offer, stuffed or not', () => {
    // Issue 8: two hashtags were enough to zero the missing-value score. A deal needs a deal's
    // shape (a price, a percentage, a code); a hashtag names a topic.
    const within = analyze('New blend, 20% off this week #sale', { lang: 'en', platform: 'x' });
    expect(within.strengths.map((s) => s.text)).toContain('20% off');
    expect(within.strengths.map((s) => s.text)).not.toContain('#sale');
    const stuffed = analyze('New blend, 20% off this week #coffee #autumn #roast #sale #deal', {
      lang: 'en',
      platform: 'x',
    });
    expect(stuffed.findings.find((f) => f.rule === 'hashtag-stuffing')?.spans.map((s) => s.text)).toEqual(
      expect.arrayContaining(['#sale', '#deal']),
    );
    expect(stuffed.strengths.map((s) => s.text)).not.toContain('#sale');
    expect(stuffed.strengths.map((s) => s.text)).not.toContain('#deal');
  });

  it('drops an overlapping strength and its relief; a sentence around a flagged word stays a strength', () => {
    const strength = (kind: 'deal' | 'question', re: RegExp): Rule => ({
      id: `test-${kind}`,
      score: 'missingValue',
      level: 'suggestion',
      languages: ['en'],
      examples: {},
      check: (doc) => {
        const m = re.exec(doc.text);
        return m ? { strengths: [{ kind, start: m.index, end: m.index + m[0].length, relief: 40 }] } : {};
      },
    });
    const flag: Rule = {
      id: 'brand:banned:0',
      score: 'pushiness',
      level: 'warning',
      languages: ['en'],
      examples: {},
      check: (doc) => {
        const at = doc.text.indexOf('mega');
        return at < 0 ? {} : { findings: [{ start: at, end: at + 4, weight: 10, args: ['mega', ''] }] };
      },
    };
    const text = 'Our mega deal is back. Want one?';
    const base = analyze(text, { lang: 'en', extraRules: [strength('deal', /mega/)] });
    expect(base.strengths.some((s) => s.text === 'mega')).toBe(true);
    // The banned word itself, or part of it, is no offer and gives no relief.
    for (const re of [/mega/, /meg/, /a deal/]) {
      const over = analyze(text, { lang: 'en', extraRules: [flag, strength('deal', re)] });
      expect(
        over.strengths.some((s) => s.start < 8 && s.end > 4),
        String(re),
      ).toBe(false);
      expect(over.scores.missingValue.value).toBeGreaterThan(base.scores.missingValue.value);
    }
    // A whole sentence that merely contains the banned word keeps its strength.
    const around = analyze(text, {
      lang: 'en',
      extraRules: [flag, strength('question', /Our mega deal is back\./)],
    });
    expect(around.strengths.some((s) => s.text === 'Our mega deal is back.')).toBe(true);
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

describe('the form of address (German Sie/du, Dutch u/je)', () => {
  const FORMAL_DE = /(?<![\p{L}])(Sie|Ihnen|Ihre?[mnrs]?)(?![\p{L}])/u;
  const INFORMAL_DE = /(?<![\p{L}])(du|dich|dir|dein\p{L}*)(?![\p{L}])/iu;
  // Pushy, we-centred and passive at once: many suggestions in one panel.
  const DU =
    'Wir freuen uns, dir heute unser neues Produkt vorzustellen! Jetzt kaufen!!! Nur heute! #neu #shop #sale #deal';
  const SIE =
    'Wir freuen uns, Ihnen heute unser neues Produkt vorzustellen! Jetzt kaufen!!! Nur heute! #neu #shop #sale #deal';

  it('writes every suggestion in the draft’s own register, never both in one panel', () => {
    const du = analyze(DU, { lang: 'de' });
    expect(du.register).toEqual({ value: 'du', source: 'detected' });
    expect(du.findings.length).toBeGreaterThan(4);
    for (const f of du.findings) expect(f.suggestion.text).not.toMatch(FORMAL_DE);
    const sie = analyze(SIE, { lang: 'de' });
    expect(sie.register).toEqual({ value: 'sie', source: 'detected' });
    for (const f of sie.findings) expect(f.suggestion.text).not.toMatch(INFORMAL_DE);
    expect(sie.findings.find((f) => f.rule === 'call-to-action')?.suggestion.text).toMatch(/^Behalten Sie/);
    expect(du.findings.find((f) => f.rule === 'call-to-action')?.suggestion.text).toMatch(/^Behalte /);
  });

  it('uses the brand’s register over the draft’s, and the default when the draft has no address', () => {
    const brand = analyze(SIE, { lang: 'de', register: { de: 'du' } });
    expect(brand.register).toEqual({ value: 'du', source: 'requested' });
    for (const f of brand.findings) expect(f.suggestion.text).not.toMatch(FORMAL_DE);
    const none = analyze('Unser neues Produkt ist da. Jetzt kaufen!', { lang: 'de' });
    expect(none.register).toEqual({ value: 'sie', source: 'default' });
    expect(analyze('Onze nieuwe collectie is er. Bestel nu!', { lang: 'nl' }).register).toEqual({
      value: 'je',
      source: 'default',
    });
    expect(analyze('New collection. Buy now!', { lang: 'en', register: { de: 'du' } }).register).toBeNull();
  });

  it('writes Dutch examples with "u" for a formal brand and "je" by default', () => {
    const text = 'Met trots kondigen wij onze nieuwe collectie aan.';
    const je = analyze(text, { lang: 'nl' }).findings.find((f) => f.rule === 'announcement-formula');
    expect(je?.suggestion.text).toMatch(/kun je/);
    const u = analyze(text, { lang: 'nl', register: { nl: 'u' } }).findings.find(
      (f) => f.rule === 'announcement-formula',
    );
    expect(u?.suggestion.text).toMatch(/kunt u/);
  });

  it('flags a draft that mixes both, on the forms that differ from the brand register', () => {
    const text = 'Sichern Sie sich jetzt Ihren Platz im Workshop – wir freuen uns auf dich!';
    const auto = analyze(text, { lang: 'de' }).findings.find((f) => f.rule === 'mixed-register');
    expect(auto?.spans.map((s) => s.text)).toEqual(['dich']);
    const du = analyze(text, { lang: 'de', register: { de: 'du' } }).findings.find(
      (f) => f.rule === 'mixed-register',
    );
    expect(du?.spans.map((s) => s.text)).toEqual(['Sie', 'Ihren']);
    expect(du?.message.text).toBe('Der Beitrag spricht die Leser mal mit „du“, mal mit „Sie“ an.');
    expect(du?.suggestion.text).toMatch(/^Bleib bei einer Anrede: „du“/);
  });
});

describe('the pushy promo from issue 8', () => {
  const PROMO =
    'HUGE NEWS!!! We are SO excited to announce our new Summer Collection 🌞 Only TODAY: buy now before it is gone! ' +
    'Last chance, link in bio!!! Like and share to win 🎁 #sale #summer #fashion #newin #shopnow #deal';
  const a = analyze(PROMO, { platform: 'instagram' });

  it('praises nothing in it: no fact, tip, deal or invitation from a capital, a hashtag or bait', () => {
    // Before: "concrete information: TODAY", "tip: Last", "deal: #deal", "invites a reply: Like".
    expect(a.strengths).toEqual([]);
  });

  it('reads as rework on all three scores', () => {
    expect(a.scores.broadcast.band).toBe('rework');
    expect(a.scores.pushiness.band).toBe('rework');
    expect(a.scores.missingValue.band).not.toBe('good');
    expect(a.scores.missingValue.value).toBeGreaterThanOrEqual(70);
  });

  it('lists each cause once, with all its places', () => {
    const causes = a.findings.map((f) => `${f.rule}:${f.message.text}`);
    expect(new Set(causes).size).toBe(causes.length);
    expect(a.findings.find((f) => f.rule === 'exclamation-marks')?.spans.map((s) => s.text)).toEqual([
      '!!!',
      '!!!',
    ]);
  });

  it('explains every point: the findings add up to what the score is made of', () => {
    for (const key of ['broadcast', 'pushiness', 'missingValue'] as const) {
      const added = a.findings.filter((f) => f.score === key).reduce((sum, f) => sum + f.weight, 0);
      const made = Object.values(a.contributions)
        .filter((c) => c.score === key)
        .reduce((sum, c) => sum + c.added, 0);
      expect(added).toBeCloseTo(made, 0);
    }
  });
});
