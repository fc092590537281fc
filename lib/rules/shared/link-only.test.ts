import { describe, expect, it } from 'vitest';
import { createDoc } from '../../nlp/doc';
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

  it('leaves a link in a reply, a thank-you or a question alone', () => {
    for (const text of [
      'Great photo, thanks! https://example.com/p/42',
      'Sorry about that: https://example.com/help',
      'Which one? https://example.com/a',
    ]) {
      expect(runRule(linkOnly, text).findings, text).toEqual([]);
    }
    expect(runRule(linkOnly, 'Bedankt! https://example.nl/a', 'nl').findings).toEqual([]);
  });

  it('leaves a link that says what to do with it to the request and call-to-action rules', () => {
    expect(runRule(linkOnly, 'Please read this first: https://example.com/a').findings).toEqual([]);
    const doc = createDoc('Shop the sale: https://example.com/sale', 'en');
    const cta = {
      strengths: [],
      findingsByRule: new Map([['call-to-action', [{ start: 0, end: 4, weight: 10 }]]]),
    };
    expect(linkOnly.check(doc, cta).findings ?? []).toEqual([]);
    expect(linkOnly.check(doc, { strengths: [], findingsByRule: new Map() }).findings).toHaveLength(1);
  });
});
