import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { hashtagStuffing } from './hashtag-stuffing';

const NINE_TAGS = 'New menu #a #b #c #d #e #f #g #h #i';

describe('hashtag-stuffing', () => {
  it.each(exampleRows(hashtagStuffing))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(hashtagStuffing, lang, kind, text)).toBeUndefined();
  });

  it('allows three tags by default and flags each tag over the allowance', () => {
    expect(runRule(hashtagStuffing, 'New menu #a #b #c').findings).toEqual([]);
    const { findings } = runRule(hashtagStuffing, 'New menu #a #b #c #d #e');
    expect(findings.map((f) => f.text)).toEqual(['#d', '#e']);
    expect(findings[0]!.args).toEqual(['5', '3']);
  });

  it('allows eight on Instagram, two on X and three on LinkedIn', () => {
    expect(runRule(hashtagStuffing, 'New menu #a #b #c #d #e #f #g #h', 'en', 'instagram').findings).toEqual(
      [],
    );
    const insta = runRule(hashtagStuffing, NINE_TAGS, 'en', 'instagram').findings;
    expect(insta.map((f) => [f.text, ...(f.args ?? [])])).toEqual([['#i', '9', '8']]);
    expect(runRule(hashtagStuffing, 'New menu #a #b', 'en', 'x').findings).toEqual([]);
    const x = runRule(hashtagStuffing, 'New menu #a #b #c', 'en', 'x').findings;
    expect(x.map((f) => [f.text, ...(f.args ?? [])])).toEqual([['#c', '3', '2']]);
    expect(
      runRule(hashtagStuffing, 'New menu #a #b #c #d', 'en', 'linkedin').findings.map((f) => f.text),
    ).toEqual(['#d']);
    expect(runRule(hashtagStuffing, NINE_TAGS).findings).toHaveLength(6);
  });

  it('keeps UTF-16 spans for tags with umlauts after an emoji', () => {
    const text = 'Neues Menü 🍝 #essen #lecker #mittag #food #Bäckerei';
    const { findings } = runRule(hashtagStuffing, text, 'de');
    expect(findings).toMatchObject([
      { text: '#food', start: 37, end: 42 },
      { text: '#Bäckerei', start: 43, end: 52 },
    ]);
  });

  it('does not count numbers after "#" as hashtags', () => {
    expect(runRule(hashtagStuffing, 'Our top picks #1 #2 #3 #4 #5').findings).toEqual([]);
  });
});
