import { describe, expect, it } from 'vitest';
import { PatternSet } from './patterns';
import { tokenize } from './tokenize';

function find(patterns: string[], text: string): string[] {
  const { tokens } = tokenize(text);
  const set = new PatternSet(patterns.map((p) => [p, p] as const));
  return set.findAll(tokens).map((m) => text.slice(tokens[m.first]?.start, tokens[m.last - 1]?.end));
}

describe('PatternSet', () => {
  it('matches literal phrases case-insensitively', () => {
    expect(find(['last chance'], 'LAST Chance to order')).toEqual(['LAST Chance']);
  });

  it('matches prefixes and alternatives', () => {
    expect(find(['exklusiv*'], 'Exklusive Angebote')).toEqual(['Exklusive']);
    expect(find(['nur heute|morgen'], 'nur morgen offen')).toEqual(['nur morgen']);
  });

  it('skips up to two words at a gap, and no more', () => {
    expect(find(['we are ~ to announce'], 'We are so very happy to announce')).toEqual([]);
    expect(find(['we are ~ happy to announce'], 'We are so very happy to announce')).toEqual([
      'We are so very happy to announce',
    ]);
    expect(find(['we are ~ announce'], 'we are one two three announce')).toEqual([]);
  });

  it('runs across commas but not across sentence ends', () => {
    expect(find(['wir freuen uns ihnen'], 'Wir freuen uns, Ihnen')).toEqual(['Wir freuen uns, Ihnen']);
    expect(find(['last chance'], 'last. chance')).toEqual([]);
  });

  it('matches numbers with <num>', () => {
    expect(find(['<num> % off'], 'Now 20 % off')).toEqual(['20 % off']);
    expect(find(['<num> % off'], 'Now 20% off')).toEqual(['20% off']);
    expect(find(['only €'], 'only € 5')).toEqual(['only €']);
    expect(find(['save <num>'], 'Save 20 today')).toEqual(['Save 20']);
  });

  it('prefers the longest match at a position and does not overlap', () => {
    expect(find(['sign up', 'sign up now'], 'Sign up now, sign up')).toEqual(['Sign up now', 'sign up']);
  });

  it('matches hashtags by their word', () => {
    expect(find(['giveaway'], 'Big #Giveaway today')).toEqual(['#Giveaway']);
  });

  it('rejects patterns that start with a gap', () => {
    expect(() => new PatternSet([['~ announce', null]])).toThrow(/must start with a word/);
  });
});
