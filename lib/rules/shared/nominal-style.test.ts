import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { nominalStyle } from './nominal-style';

describe('nominal-style', () => {
  it.each(exampleRows(nominalStyle))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(nominalStyle, lang, kind, text)).toBeUndefined();
  });

  it('fires just above 12 % and not just below it', () => {
    // 2 abstract nouns in 16 words = 12.5 %; one more word makes it 11.8 %.
    const sixteen =
      'The implementation and the optimization of our shop took us most of the spring this year.';
    expect(runRule(nominalStyle, sixteen).findings.map((f) => f.text)).toEqual([
      'implementation',
      'optimization',
    ]);
    expect(runRule(nominalStyle, sixteen.replace('year.', 'year, sadly.')).findings).toEqual([]);
  });

  it('needs eight words, however nominal the draft', () => {
    expect(
      runRule(nominalStyle, 'Implementation optimization transformation acceleration digitalization.')
        .findings,
    ).toEqual([]);
  });

  it('points at each German -ung/-enz noun, each adding less', () => {
    const { findings } = runRule(
      nominalStyle,
      'Die Durchführung der Optimierung unserer Prozesse ermöglicht eine Steigerung der Effizienz.',
      'de',
    );
    expect(findings.map((f) => f.text)).toEqual(['Durchführung', 'Optimierung', 'Steigerung', 'Effizienz']);
    for (let n = 1; n < findings.length; n++)
      expect(findings[n]!.weight).toBeLessThan(findings[n - 1]!.weight);
  });

  // BUG: the suffix test counts concrete everyday nouns ("comment", "questions", "apartment") as
  // abstract nominalisations, so a friendly invitation reads as corporate style.
  it('leaves concrete nouns that merely end in -ment/-tions alone', () => {
    expect(
      runRule(nominalStyle, 'Leave a comment with your questions about the apartment.').findings,
    ).toEqual([]);
  });
});
