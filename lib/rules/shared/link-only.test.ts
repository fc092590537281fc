import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { linkOnly } from './link-only';

describe('link-only', () => {
  it.each(exampleRows(linkOnly))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(linkOnly, lang, kind, text)).toBeUndefined();
  });

  it('fires up to five words and not at six', () => {
    const five = runRule(linkOnly, 'One two three four five https://example.com/a.');
    expect(five.findings).toMatchObject([{ text: 'https://example.com/a', weight: 35 }]);
    expect(runRule(linkOnly, 'One two three four five six https://example.com/a').findings).toEqual([]);
  });

  it('points at the first link only; hashtags and mentions are not words', () => {
    const { findings } = runRule(linkOnly, '#news @acme https://example.com/a https://example.com/b');
    expect(findings.map((f) => f.text)).toEqual(['https://example.com/a']);
  });

  it('keeps UTF-16 spans after an emoji and leaves short drafts without a link alone', () => {
    const { findings } = runRule(linkOnly, '🎉 https://example.com/spring');
    expect(findings).toMatchObject([{ text: 'https://example.com/spring', start: 3, end: 29 }]);
    expect(runRule(linkOnly, 'Just five words, no link.').findings).toEqual([]);
  });

  it('flags a German teaser line with a bare link', () => {
    const { findings } = runRule(linkOnly, 'Neuer Artikel: https://example.de/blog/42', 'de');
    expect(findings.map((f) => f.text)).toEqual(['https://example.de/blog/42']);
  });
});
