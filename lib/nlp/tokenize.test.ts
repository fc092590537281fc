import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const kinds = (text: string) => tokenize(text).tokens.map((t) => [t.kind, t.text]);

describe('tokenize', () => {
  it('keeps exact UTF-16 spans for every token', () => {
    const text = 'Hi 👋🏽 @anna_b! New #Café menu: €4.50 at https://example.com/menu?x=1 — 20% off 🇳🇱';
    for (const t of tokenize(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('tells links, mentions, hashtags, emoji, numbers and words apart', () => {
    expect(kinds('@brand #sale www.shop.de 👨‍👩‍👧 20% 12:30 e-mail')).toEqual([
      ['mention', '@brand'],
      ['hashtag', '#sale'],
      ['url', 'www.shop.de'],
      ['emoji', '👨‍👩‍👧'],
      ['number', '20'],
      ['symbol', '%'],
      ['number', '12:30'],
      ['word', 'e-mail'],
    ]);
  });

  it('keeps a Mastodon handle with its instance as one mention', () => {
    expect(kinds('Thanks @anna@mastodon.social!')[1]).toEqual(['mention', '@anna@mastodon.social']);
  });

  it('does not end a link on a trailing full stop or bracket', () => {
    expect(kinds('See https://example.com/a.')[1]).toEqual(['url', 'https://example.com/a']);
    expect(kinds('(https://example.com/a)')[1]).toEqual(['url', 'https://example.com/a']);
  });

  it('splits digit runs from letters without backtracking into the digits', () => {
    expect(kinds('12hrs 2nd 10x')).toEqual([
      ['number', '12'],
      ['word', 'hrs'],
      ['number', '2nd'],
      ['number', '10x'],
    ]);
  });

  it('normalizes curly apostrophes for matching but keeps the original text', () => {
    const [t] = tokenize('Don’t').tokens;
    expect(t?.text).toBe('Don’t');
    expect(t?.norm).toBe("don't");
  });

  it('splits sentences on terminal punctuation and line breaks, not on abbreviations', () => {
    const text = 'Open e.g. on Sundays. Really?! Yes\nNew line without stop';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Open e.g. on Sundays.',
      'Really?!',
      'Yes',
      'New line without stop',
    ]);
    expect(sentences.map((s) => s.terminal)).toEqual(['.', '?!', '', '']);
  });

  it('handles right-to-left text and combining marks', () => {
    const text = 'مرحبا بالعالم שלום עולם Cafe\u0301';
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'word', 'word', 'word', 'word']);
    expect(tokens[4]?.text).toBe('Cafe\u0301');
  });

  it('returns nothing for empty or blank input', () => {
    expect(tokenize('')).toEqual({ tokens: [], sentences: [] });
    expect(tokenize(' \n\t ')).toEqual({ tokens: [], sentences: [] });
  });

  it('survives lone surrogates without throwing', () => {
    expect(() => tokenize('bad \ud800 text \udc00')).not.toThrow();
  });
});
