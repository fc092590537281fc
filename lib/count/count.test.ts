import { describe, expect, it } from 'vitest';
import type { Platform } from '../core';
import { countChars, countThread, graphemes, hashtagCount, mastodonCountable } from './count';
import { isCharCount, stateOf, worstState } from './types';

const FAMILY = '👨‍👩‍👧‍👦'; // 4 emoji joined by 3 ZWJ: 11 UTF-16 units, 1 grapheme
const THUMB = '👍🏽'; // emoji + skin tone modifier: 4 units, 1 grapheme
const FLAG = '🇩🇪'; // two regional indicators: 4 units, 1 grapheme
const LONG_URL = `https://example.com/${'a'.repeat(100)}`; // 120 characters

/**
 * The tricky strings, with what each site counts. Expected figures are worked out by hand from each
 * site's rule (lib/count/count.ts), not copied from the output: X = twitter-text's weights (CJK and
 * emoji 2, URL 23, NFC first), Bluesky = graphemes, Mastodon = graphemes with http(s) URLs as 23,
 * the others = UTF-16 code units.
 */
const TABLE: Array<{
  name: string;
  text: string;
  x: number;
  bluesky: number;
  mastodon: number;
  utf16: number;
}> = [
  { name: 'empty', text: '', x: 0, bluesky: 0, mastodon: 0, utf16: 0 },
  { name: 'plain ASCII', text: 'hello', x: 5, bluesky: 5, mastodon: 5, utf16: 5 },
  { name: 'a long URL with a scheme', text: LONG_URL, x: 23, bluesky: 120, mastodon: 23, utf16: 120 },
  // X links a bare domain; Mastodon only links (and shortens) URLs with a scheme.
  { name: 'a URL without a scheme', text: 'example.com/path', x: 23, bluesky: 16, mastodon: 16, utf16: 16 },
  {
    name: 'two URLs in a sentence',
    text: 'Read https://example.com/a and https://example.org/b',
    x: 5 + 23 + 5 + 23,
    bluesky: 52,
    mastodon: 5 + 23 + 5 + 23,
    utf16: 52,
  },
  { name: 'a ZWJ family', text: FAMILY, x: 2, bluesky: 1, mastodon: 1, utf16: 11 },
  { name: 'an emoji with a skin tone', text: THUMB, x: 2, bluesky: 1, mastodon: 1, utf16: 4 },
  { name: 'a flag', text: FLAG, x: 2, bluesky: 1, mastodon: 1, utf16: 4 },
  {
    name: 'emoji in a sentence',
    text: `Hi ${FAMILY}${THUMB}${FLAG}!`,
    x: 3 + 6 + 1,
    bluesky: 7,
    mastodon: 7,
    utf16: 3 + 19 + 1,
  },
  { name: 'CJK', text: '日本語のテキスト', x: 16, bluesky: 8, mastodon: 8, utf16: 8 },
  { name: 'Hangul', text: '안녕하세요', x: 10, bluesky: 5, mastodon: 5, utf16: 5 },
  // "é" as e + U+0301: X normalises to NFC (one character); one grapheme; two code units.
  { name: 'a combining accent', text: 'cafe\u0301', x: 4, bluesky: 4, mastodon: 4, utf16: 5 },
  // Hebrew points do not compose under NFC: each is a code point of weight 1 on X, one grapheme with its letter.
  { name: 'Hebrew with points', text: 'שָׁלוֹם', x: 7, bluesky: 4, mastodon: 4, utf16: 7 },
  { name: 'Arabic (RTL)', text: 'مرحبا بالعالم', x: 13, bluesky: 13, mastodon: 13, utf16: 13 },
  {
    name: 'RTL with a URL',
    text: 'مرحبا https://example.com',
    x: 6 + 23,
    bluesky: 25,
    mastodon: 6 + 23,
    utf16: 25,
  },
  // Mastodon counts a remote mention without its domain; an e-mail address stays whole.
  { name: 'a remote mention', text: '@alice@mastodon.social hi', x: 25, bluesky: 25, mastodon: 9, utf16: 25 },
  { name: 'an e-mail address', text: 'mail bob@example.com', x: 20, bluesky: 20, mastodon: 20, utf16: 20 },
];

const UTF16: Platform[] = ['threads', 'linkedin', 'instagram', 'facebook', 'reddit'];

describe('countChars on tricky strings', () => {
  for (const row of TABLE) {
    it(`${row.name}: X ${row.x}, Bluesky ${row.bluesky}, Mastodon ${row.mastodon}, others ${row.utf16}`, () => {
      expect(countChars(row.text, 'x').used).toBe(row.x);
      expect(countChars(row.text, 'bluesky').used).toBe(row.bluesky);
      expect(countChars(row.text, 'mastodon').used).toBe(row.mastodon);
      for (const p of UTF16) expect(countChars(row.text, p).used, p).toBe(row.utf16);
    });
  }

  it('names the unit and the limit of every site', () => {
    const limits = Object.fromEntries(
      (['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'instagram', 'facebook', 'reddit'] as const).map(
        (p) => {
          const c = countChars('', p);
          return [p, [c.limit, c.unit]];
        },
      ),
    );
    expect(limits).toEqual({
      x: [280, 'weighted'],
      bluesky: [300, 'graphemes'],
      mastodon: [500, 'graphemes'],
      threads: [500, 'utf16'],
      linkedin: [3000, 'utf16'],
      instagram: [2200, 'utf16'],
      facebook: [63206, 'utf16'],
      reddit: [40000, 'utf16'],
    });
  });

  it('is near from 90% of the limit and over past it', () => {
    expect(countChars('a'.repeat(251), 'x').state).toBe('ok');
    expect(countChars('a'.repeat(252), 'x').state).toBe('near');
    expect(countChars('a'.repeat(280), 'x').state).toBe('near');
    expect(countChars('a'.repeat(281), 'x').state).toBe('over');
    // 141 CJK characters weigh 282 on X, but are 141 of Bluesky's 300.
    const cjk = '語'.repeat(141);
    expect(countChars(cjk, 'x')).toMatchObject({ used: 282, state: 'over' });
    expect(countChars(cjk, 'bluesky')).toMatchObject({ used: 141, state: 'ok' });
    // 300 family emoji: one grapheme each on Bluesky (300, at the limit), 3,300 code units on LinkedIn.
    expect(countChars(FAMILY.repeat(300), 'bluesky')).toMatchObject({ used: 300, state: 'near' });
    expect(countChars(FAMILY.repeat(300), 'linkedin')).toMatchObject({ used: 3300, state: 'over' });
    // A 500-character URL is 23 on Mastodon.
    expect(countChars(`https://example.com/${'a'.repeat(480)}`, 'mastodon')).toMatchObject({
      used: 23,
      state: 'ok',
    });
  });

  it("counts Instagram's hashtags against 30, as an extra limit", () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `#tag${i}`).join(' ');
    expect(countChars(tags(26), 'instagram').extra).toEqual([
      { kind: 'hashtags', used: 26, limit: 30, state: 'ok' },
    ]);
    expect(countChars(tags(27), 'instagram').extra[0]?.state).toBe('near');
    const over = countChars(tags(31), 'instagram');
    expect(over.state).toBe('ok'); // the length is fine…
    expect(worstState(over)).toBe('over'); // …the hashtags are not
    expect(countChars(tags(31), 'x').extra).toEqual([]);
  });

  it('counts hashtags the way the scorer tokenises them', () => {
    expect(hashtagCount('#one #two #über #日本')).toBe(4);
    expect(hashtagCount('#2024 a#b &#39; ##')).toBe(0);
    expect(hashtagCount('(#one),#two')).toBe(2);
  });

  it("counts Reddit's title against 300 and its body by kind", () => {
    expect(countChars('x', 'reddit', { field: 'title' })).toMatchObject({ field: 'title', limit: 300 });
    expect(countChars('x', 'reddit')).toMatchObject({ field: 'body', limit: 40000 });
    expect(countChars('x', 'reddit', { kind: 'reply' })).toMatchObject({ field: 'body', limit: 10000 });
    // Only Reddit has a title field: elsewhere it is the body.
    expect(countChars('x', 'x', { field: 'title' })).toMatchObject({ field: 'body', limit: 280 });
  });

  it("takes an instance's own limit (Mastodon) when given, and ignores a nonsense one", () => {
    expect(countChars('a'.repeat(600), 'mastodon', { limit: 5000 })).toMatchObject({
      limit: 5000,
      state: 'ok',
    });
    expect(countChars('a'.repeat(600), 'mastodon', { limit: 0 })).toMatchObject({
      limit: 500,
      state: 'over',
    });
    expect(countChars('a', 'mastodon', { limit: 1.5 }).limit).toBe(500);
  });

  it('gives a result its own guard accepts', () => {
    for (const row of TABLE)
      for (const p of ['x', 'bluesky', 'mastodon', 'instagram'] as const)
        expect(isCharCount(countChars(row.text, p))).toBe(true);
  });
});

describe('countThread', () => {
  it('shows the item nearest its limit, and which one it is', () => {
    const c = countThread(['a'.repeat(100), 'a'.repeat(270), 'b'], 'x');
    expect(c).toMatchObject({ used: 270, limit: 280, state: 'near', part: { index: 1, of: 3 } });
    // Three items of 250 are fine on X, although together they are 754.
    expect(countThread(['a'.repeat(250), 'a'.repeat(250), 'a'.repeat(250)], 'x').state).toBe('ok');
  });

  it('prefers an item over its limit to one nearer in share, and a single item has no part', () => {
    expect(countThread(['a'.repeat(279), 'a'.repeat(281)], 'x').part).toEqual({ index: 1, of: 2 });
    expect(countThread(['hello'], 'x')).not.toHaveProperty('part');
    expect(countThread([], 'x')).toMatchObject({ used: 0 });
  });
});

describe('helpers', () => {
  it('graphemes: clusters, not code points', () => {
    expect(graphemes(`${FAMILY}${THUMB}${FLAG}e\u0301`)).toBe(4);
  });

  it('mastodonCountable: URLs as 23 characters, mentions without the domain', () => {
    expect(mastodonCountable('@bob@example.social see https://example.com/very/long/path')).toBe(
      `@bob see ${'x'.repeat(23)}`,
    );
  });

  it('stateOf and isCharCount refuse what is not a count', () => {
    expect(stateOf(0, 10)).toBe('ok');
    expect(stateOf(9, 10)).toBe('near');
    expect(stateOf(11, 10)).toBe('over');
    const good = countChars('hi', 'x');
    expect(isCharCount(good)).toBe(true);
    for (const bad of [
      null,
      { ...good, platform: 'myspace' },
      { ...good, used: -1 },
      { ...good, used: 1.5 },
      { ...good, limit: 0 },
      { ...good, state: 'fine' },
      { ...good, unit: 'bytes' },
      { ...good, extra: [{ kind: 'links', used: 1, limit: 2, state: 'ok' }] },
      { ...good, part: { index: 2, of: 2 } },
      { ...good, part: { index: 0, of: 1 } },
    ])
      expect(isCharCount(bad)).toBe(false);
  });
});
