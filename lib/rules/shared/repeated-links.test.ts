import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { repeatedLinks } from './repeated-links';

describe('repeated-links', () => {
  it.each(exampleRows(repeatedLinks))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(repeatedLinks, lang, kind, text)).toBeUndefined();
  });

  it('lets the first link pass and weighs a repeat more than a new link', () => {
    const { findings } = runRule(
      repeatedLinks,
      'A https://a.example/x B https://a.example/y C https://A.example/x',
    );
    expect(findings).toMatchObject([
      { text: 'https://a.example/y', weight: 10 },
      { text: 'https://A.example/x', weight: 15, variant: 'same' },
    ]);
    expect(findings[0]!.variant).toBeUndefined();
  });

  it('keeps UTF-16 spans after an emoji', () => {
    const { findings } = runRule(repeatedLinks, '🎉 https://a.example/x https://a.example/x');
    expect(findings).toMatchObject([{ text: 'https://a.example/x', start: 23, end: 42, variant: 'same' }]);
  });

  it('reports at most five', () => {
    const text = [1, 2, 3, 4, 5, 6, 7].map((n) => `https://a.example/${n}`).join(' ');
    expect(runRule(repeatedLinks, text).findings).toHaveLength(5);
  });
});
