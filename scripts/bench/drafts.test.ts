import { describe, expect, it } from 'vitest';
import { BRAND_SENTENCES, buildDraft, DRAFT_LENGTHS } from './drafts';

describe('buildDraft', () => {
  it.each(DRAFT_LENGTHS.map((n) => [n]))('builds a %d-character draft cut at a word boundary', (n) => {
    const draft = buildDraft(n);
    const longestWord = Math.max(
      ...BRAND_SENTENCES.join(' ')
        .split(/\s+/u)
        .map((w) => w.length),
    );
    expect(draft.length).toBeLessThanOrEqual(n);
    expect(draft.length).toBeGreaterThan(n - longestWord - 2);
    // The next character in the uncut cycle is whitespace, i.e. no word was split.
    const longer = buildDraft(n + 400);
    expect(longer.startsWith(draft)).toBe(true);
    expect(longer.charAt(draft.length)).toMatch(/\s/u);
    expect(draft).toBe(draft.trim());
  });

  it('is deterministic and contains the features a brand post has', () => {
    const draft = buildDraft(3000);
    expect(buildDraft(3000)).toBe(draft);
    expect(draft).toMatch(/#\w+/u);
    expect(draft).toMatch(/https:\/\//u);
    expect(draft).toMatch(/\?/u);
    expect(draft).toMatch(/\p{Extended_Pictographic}/u);
    expect(draft).toContain('\n\n');
  });

  it('never leaves a lone surrogate', () => {
    for (let n = 20; n < 600; n += 7) expect(buildDraft(n).isWellFormed()).toBe(true);
  });

  it('starts elsewhere in the cycle with an offset and rejects a bad length', () => {
    expect(buildDraft(100, 1).startsWith(BRAND_SENTENCES[1] ?? '')).toBe(true);
    expect(() => buildDraft(0)).toThrow(RangeError);
  });

  it('has about thirty varied sentences', () => {
    expect(BRAND_SENTENCES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BRAND_SENTENCES).size).toBe(BRAND_SENTENCES.length);
  });
});
