import { describe, expect, it } from 'vitest';
import { analyze } from '../scoring/analyze';
import { englishError } from '../validation/errors';
import { loadBrandRules } from './compile';
import { validateBrandRules } from './schema';

function compiled(input: unknown) {
  const r = loadBrandRules(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('validateBrandRules', () => {
  it('accepts a complete rule set', () => {
    const r = validateBrandRules({
      version: 1,
      banned: [
        'cheap',
        { pattern: 'best[- ]ever', level: 'error', reason: 'We never claim to be the best.' },
      ],
      preferred: [{ use: 'team members', instead: ['staff', 'employees'] }],
      limits: { hashtags: 3, exclamations: 1 },
      platformLimits: { instagram: { hashtags: 10 } },
      required: ['question'],
      values: { words: ['sustainable', 'local'], statement: 'Coffee that does right by farmers.' },
      thresholds: { pushiness: { consider: 30, rework: 60 } },
      defaultLanguage: 'nl',
    });
    expect(r.ok).toBe(true);
  });

  it.each([
    [[], '', /must be an object, got \[\]/],
    [{ version: 2 }, 'version', /must be 1/],
    [{ banned: 'cheap' }, 'banned', /must be a list/],
    [{ banned: [{}] }, 'banned[0]', /needs a "phrase" or a "pattern"/],
    [{ banned: [{ pattern: '[a-' }] }, 'banned[0].pattern', /not a valid regular expression/],
    [{ banned: [{ pattern: 'x*' }] }, 'banned[0].pattern', /matches the empty string/],
    [
      { banned: [{ phrase: 'a', level: 'fatal' }] },
      'banned[0].level',
      /must be one of suggestion, warning, error/,
    ],
    [{ banned: [''] }, 'banned[0].phrase', /must not be empty/],
    [{ preferred: [{ use: 'x' }] }, 'preferred[0].instead', /is required/],
    [{ limits: { hashtags: -1 } }, 'limits.hashtags', /must not be negative/],
    [{ limits: { hashtags: 2.5 } }, 'limits.hashtags', /whole number/],
    [{ limits: { links: '3' } }, 'limits.links', /whole number/],
    [{ platformLimits: { myspace: {} } }, 'platformLimits.myspace', /not a known field/],
    [{ required: ['magic'] }, 'required[0]', /must be one of/],
    [{ thresholds: { pushiness: { consider: 70, rework: 50 } } }, 'thresholds.pushiness', /below "rework"/],
    [{ defaultLanguage: 'fr' }, 'defaultLanguage', /must be one of en, de, nl/],
    [{ colour: 'red' }, 'colour', /not a known field/],
    [{ banned: ['x'.repeat(501)] }, 'banned[0].phrase', /longer than 500/],
  ])('refuses %j at %s', (input, path, message) => {
    const r = validateBrandRules(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const error = r.errors.find((e) => e.path === path);
    expect(error && englishError(error)).toMatch(message);
  });

  it('treats HTML in strings as plain text, not markup', () => {
    const r = compiled({ banned: ['<img src=x onerror=alert(1)>'] });
    const a = analyze('Look: <img src=x onerror=alert(1)> here', { extraRules: r.rules });
    expect(a.findings.find((f) => f.rule === 'brand:banned:0')?.text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('compiled brand rules', () => {
  it('flags banned phrases as whole words, case-insensitively', () => {
    const r = compiled({ banned: ['sale'] });
    const a = analyze('Big SALE today, wholesale prices', { extraRules: r.rules, lang: 'en' });
    const hits = a.findings.filter((f) => f.rule === 'brand:banned:0').map((f) => f.text);
    expect(hits).toEqual(['SALE']);
  });

  it('lists a banned phrase once however often it occurs, with every span and the points of all', () => {
    const r = compiled({ banned: ['sale'] });
    const a = analyze('Sale! The sale of the year: sale prices.', { extraRules: r.rules, lang: 'en' });
    const hits = a.findings.filter((f) => f.rule === 'brand:banned:0');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.spans.map((s) => [s.start, s.text])).toEqual([
      [0, 'Sale'],
      [10, 'sale'],
      [28, 'sale'],
    ]);
    expect(hits[0]?.weight).toBe(36.6); // 15 + 12 + 9.6: each repeat weighs less
  });

  it('suggests the preferred term', () => {
    const r = compiled({ preferred: [{ use: 'team members', instead: ['staff'] }] });
    const a = analyze('Our staff will help you.', { extraRules: r.rules, lang: 'en' });
    const f = a.findings.find((x) => x.rule === 'brand:preferred:0');
    expect(f?.text).toBe('staff');
    expect(f?.suggestion.text).toBe('Write "team members" instead of "staff".');
  });

  it('enforces limits, with platform overrides', () => {
    const r = compiled({ limits: { hashtags: 1 }, platformLimits: { instagram: { hashtags: 5 } } });
    const text = 'New menu #a #b #c';
    const onX = analyze(text, { extraRules: r.rules, platform: 'x', lang: 'en' });
    const f = onX.findings.find((x) => x.rule === 'brand:limit:hashtags');
    expect(f?.spans.map((s) => s.text)).toEqual(['#b', '#c']);
    expect(f?.weight).toBe(18);
    expect(f?.message.text).toBe('This post has 3 hashtags; the brand allows at most 1.');
    const onInstagram = analyze(text, { extraRules: r.rules, platform: 'instagram', lang: 'en' });
    expect(onInstagram.findings.some((x) => x.rule === 'brand:limit:hashtags')).toBe(false);
  });

  it('asks for required elements, in the draft language', () => {
    const r = compiled({ required: ['question', 'value'] });
    const a = analyze('Unsere neue Herbstkollektion ist ab sofort erhältlich.', {
      extraRules: r.rules,
      lang: 'de',
    });
    const q = a.findings.find((f) => f.rule === 'brand:required:question');
    expect(q?.message.text).toBe('Die Marke möchte in jedem Beitrag eine Frage an die Leser.');
    expect(a.findings.some((f) => f.rule === 'brand:required:value')).toBe(true);
  });

  it('suggests the brand values when none come through', () => {
    const r = compiled({ values: { words: ['local', 'fair'], statement: '' } });
    const a = analyze('Our new espresso blend is now in all stores across the country.', {
      extraRules: r.rules,
    });
    expect(a.findings.some((f) => f.rule === 'brand:values:0')).toBe(true);
    const b = analyze('Our new espresso blend comes from local roasters across the country.', {
      extraRules: r.rules,
    });
    expect(b.findings.some((f) => f.rule === 'brand:values:0')).toBe(false);
  });

  it('refuses a rule whose own examples fail, with the reason', () => {
    const r = loadBrandRules({
      banned: [
        { phrase: 'cheap', examples: { flagged: ['Cheap flights', 'Low prices'], fine: ['Cheapest ever'] } },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { path: 'banned[0].examples.flagged[1]', code: 'example_not_flagged', args: [] },
    ]);
  });

  it('stays bounded on a pathological pattern match count', () => {
    const r = compiled({ banned: [{ pattern: 'a' }] });
    const a = analyze('a '.repeat(10_000), { extraRules: r.rules, lang: 'en' });
    expect(a.findings.filter((f) => f.rule === 'brand:banned:0').length).toBeLessThanOrEqual(20);
  });
});
