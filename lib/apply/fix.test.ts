import { describe, expect, it } from 'vitest';
import { analyze } from '../scoring/analyze';
import type { Finding } from '../scoring/types';
import { applyEdit, type FixableFinding, fixFor, isCurrent, onBoundary } from './fix';

/** A finding of `rule` over every occurrence of `words` in `draft` (the shape the scorer sends). */
function finding(draft: string, rule: string, words: string[], replacement?: string): FixableFinding {
  const spans = words.map((w) => {
    const start = draft.indexOf(w);
    if (start < 0) throw new Error(`${w} not in ${draft}`);
    return { start, end: start + w.length, text: w };
  });
  return replacement === undefined ? { rule, spans } : { rule, spans, replacement };
}

function fixed(draft: string, f: FixableFinding, span = 0, lang: 'en' | 'de' | 'nl' = 'en'): string | null {
  return fixFor(draft, f, span, lang)?.expected ?? null;
}

function scored(draft: string, rule: string, platform?: 'x' | 'instagram'): Finding {
  const f = analyze(draft, platform ? { platform } : {}).findings.find((x) => x.rule === rule);
  if (!f) throw new Error(`${rule} did not flag ${draft}`);
  return f;
}

describe('fixFor: brand replacements', () => {
  it('puts the preferred term for the discouraged one, keeping a sentence-initial capital', () => {
    const d = 'We utilize AI. Utilize it too.';
    expect(fixed(d, finding(d, 'brand:preferred:0', ['utilize'], 'use'))).toBe('We use AI. Utilize it too.');
    const second = {
      rule: 'brand:preferred:0',
      replacement: 'use',
      spans: [{ start: 15, end: 22, text: 'Utilize' }],
    };
    expect(fixed(d, second)).toBe('We utilize AI. Use it too.');
  });

  it('replaces a banned phrase only when the brand gave a replacement', () => {
    const d = 'Flash sale on oat lattes';
    expect(fixed(d, finding(d, 'brand:banned:2', ['Flash sale'], 'offer'))).toBe('Offer on oat lattes');
    expect(fixFor(d, finding(d, 'brand:banned:2', ['Flash sale']), 0)).toBeNull();
    expect(fixFor(d, finding(d, 'brand:banned:2', ['Flash sale'], '  '), 0)).toBeNull();
  });

  it('labels the fix with what goes and what comes', () => {
    const d = 'We utilize AI';
    expect(fixFor(d, finding(d, 'brand:preferred:0', ['utilize'], 'use'), 0)?.label).toEqual({
      kind: 'replace',
      from: 'utilize',
      to: 'use',
    });
  });
});

describe('fixFor: exclamation marks', () => {
  it('turns a run into one mark, keeps other punctuation', () => {
    const d = 'Big sale!!! Really?!!';
    const runs = analyze(d).findings.filter((x) => x.rule === 'exclamation-marks');
    expect(runs.map((f) => f.text)).toEqual(['!!!', '?!!']);
    const [first, second] = runs;
    if (!first || !second) throw new Error('two runs');
    expect(fixed(d, first)).toBe('Big sale! Really?!!');
    expect(fixed(d, second)).toBe('Big sale!!! Really?!');
  });

  it('offers nothing for a second single mark', () => {
    const d = 'New! Better!';
    expect(fixFor(d, finding(d, 'exclamation-marks', ['!']), 0)).toBeNull();
  });

  it('works next to a ZWJ emoji and in right-to-left text', () => {
    const family = 'Family day!!! 👨‍👩‍👧';
    expect(fixed(family, scored(family, 'exclamation-marks'))).toBe('Family day! 👨‍👩‍👧');
    const arabic = 'عرض رائع!!! تعال اليوم';
    expect(fixed(arabic, finding(arabic, 'exclamation-marks', ['!!!']))).toBe('عرض رائع! تعال اليوم');
  });
});

describe('fixFor: capitals', () => {
  it('lower-cases a shouted word, capital at the start of a sentence', () => {
    const d = 'FREE shipping. This is HUGE.';
    const huge = finding(d, 'all-caps', ['HUGE']);
    expect(fixed(d, huge)).toBe('FREE shipping. This is huge.');
    expect(fixed(d, finding(d, 'all-caps', ['FREE']))).toBe('Free shipping. This is HUGE.');
    const emoji = '🎉 FREE coffee';
    expect(fixed(emoji, finding(emoji, 'all-caps', ['FREE']))).toBe('🎉 Free coffee');
  });

  it('uses the language of the draft and keeps combining marks with their letter', () => {
    const de = 'Nur HEUTE: GRATIS Versand.';
    expect(fixed(de, finding(de, 'all-caps', ['GRATIS']), 0, 'de')).toBe('Nur HEUTE: gratis Versand.');
    const decomposed = 'Ein CAFE\u0301 heute';
    const word = 'CAFE\u0301';
    expect(fixed(decomposed, finding(decomposed, 'all-caps', [word]), 0, 'de')).toBe('Ein cafe\u0301 heute');
    // A span that would split the E from its accent is refused, not half-applied.
    const split = { rule: 'all-caps', spans: [{ start: 4, end: 8, text: 'CAFE' }] };
    expect(fixFor(decomposed, split, 0, 'de')).toBeNull();
  });

  it('comes from the scorer the same way', () => {
    const d = 'This is HUGE. FREE shipping TODAY.';
    const f = analyze(d).findings.filter((x) => x.rule === 'all-caps');
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) {
      const out = fixed(d, x);
      expect(out).not.toBeNull();
      expect(out?.length).toBe(d.length); // case only: same length, same offsets for everything else
    }
  });
});

describe('fixFor: hashtag walls', () => {
  it('removes the tags over the allowance, keeping the first ones, in one edit', () => {
    const d = 'New menu #food #foodie #yum #delicious #eat #lunch';
    const f = scored(d, 'hashtag-stuffing', 'x');
    const fix = fixFor(d, f, 2);
    expect(fix?.expected).toBe('New menu #food #foodie');
    expect(fix?.label).toEqual({ kind: 'remove', count: 4 });
    expect(fix?.edit).toEqual({ start: 22, end: d.length, text: '' });
  });

  it('handles a wall on its own line and tags across lines', () => {
    const d = 'Oat latte is back\n#a #b #c\n#d #e';
    const f = finding(d, 'brand:limit:hashtags', ['#c', '#d', '#e']);
    expect(fixed(d, f)).toBe('Oat latte is back\n#a #b');
    const allGone = 'Oat latte\n#a #b';
    expect(fixed(allGone, finding(allGone, 'brand:limit:hashtags', ['#a', '#b']))).toBe('Oat latte\n');
  });

  it('refuses when the person wrote words between the extra tags', () => {
    const d = 'Hi #a #b #c and more #d';
    expect(fixFor(d, finding(d, 'hashtag-stuffing', ['#c', '#d']), 0)).toBeNull();
    const emoji = '#a #b #c 👨‍👩‍👧 #d';
    expect(fixFor(emoji, finding(emoji, 'hashtag-stuffing', ['#c', '#d']), 0)).toBeNull();
  });

  it('merges overlapping spans', () => {
    const d = 'Menu #a #b #cd #e';
    const overlapping = {
      rule: 'hashtag-stuffing',
      spans: [
        { start: 11, end: 14, text: '#cd' },
        { start: 12, end: 14, text: 'cd' },
        { start: 15, end: 17, text: '#e' },
      ],
    };
    expect(fixed(d, overlapping)).toBe('Menu #a #b');
  });

  it('works with right-to-left tags', () => {
    const d = 'מבצע חדש #קפה #חלב #שיבולת #בוקר';
    expect(fixed(d, finding(d, 'hashtag-stuffing', ['#שיבולת', '#בוקר']))).toBe('מבצע חדש #קפה #חלב');
  });
});

describe('stale drafts and span arithmetic', () => {
  it('gives no fix when the draft changed since the finding was scored', () => {
    const scoredText = 'Big sale!!!';
    const f = finding(scoredText, 'exclamation-marks', ['!!!']);
    expect(isCurrent(scoredText, f)).toBe(true);
    expect(fixFor('Big sale!!', f, 0)).toBeNull();
    expect(fixFor('A big sale!!!', f, 0)).toBeNull(); // shifted: the span no longer holds "!!!"
    expect(fixFor(scoredText, f, 3)).toBeNull(); // no such span
  });

  it('offers nothing for rules without a direct replacement', () => {
    const d = 'We are excited to announce our app';
    expect(fixFor(d, finding(d, 'announcement-formula', ['We are excited to announce']), 0)).toBeNull();
  });

  it('applies an edit by UTF-16 offsets', () => {
    expect(applyEdit('a👍b', { start: 1, end: 3, text: '!' })).toBe('a!b');
    expect(applyEdit('abc', { start: 3, end: 3, text: 'd' })).toBe('abcd');
  });

  it('knows grapheme boundaries: ZWJ sequences, skin tones, combining marks, flags', () => {
    const d = 'a👨‍👩‍👧b👍🏽c\u0301🇳🇱';
    expect(onBoundary(d, 0)).toBe(true);
    expect(onBoundary(d, 1)).toBe(true);
    expect(onBoundary(d, 3)).toBe(false); // inside the family
    expect(onBoundary(d, 9)).toBe(true); // before b
    expect(onBoundary(d, 12)).toBe(false); // between 👍 and its skin tone
    expect(onBoundary(d, 15)).toBe(false); // between c and its accent
    expect(onBoundary(d, 18)).toBe(false); // between the two regional indicators
    expect(onBoundary(d, d.length)).toBe(true);
  });
});
