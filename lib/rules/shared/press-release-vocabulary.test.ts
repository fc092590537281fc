import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { pressReleaseVocabulary } from './press-release-vocabulary';

describe('press-release-vocabulary', () => {
  it.each(exampleRows(pressReleaseVocabulary))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(pressReleaseVocabulary, lang, kind, text)).toBeUndefined();
  });

  it('points at each phrase, longest first, each adding less', () => {
    const { findings } = runRule(
      pressReleaseVocabulary,
      'Acme is a leading provider of innovative solutions for stakeholders.',
    );
    expect(findings.map((f) => f.text)).toEqual(['leading provider', 'innovative solutions', 'stakeholders']);
    expect(findings[0]!.weight).toBe(12);
    expect(findings[1]!.weight).toBeLessThan(findings[0]!.weight);
    expect(findings[2]!.weight).toBeLessThan(findings[1]!.weight);
  });

  it('reports at most five', () => {
    const text = 'Leverage synergies. Leverage synergies. Leverage synergies. Leverage synergies.';
    expect(runRule(pressReleaseVocabulary, text).findings).toHaveLength(5);
  });

  it('matches inflected German and Dutch forms', () => {
    expect(
      runRule(
        pressReleaseVocabulary,
        'Als marktführender Anbieter innovativer Lösungen setzen wir neue Maßstäbe.',
        'de',
      ).findings.map((f) => f.text),
    ).toEqual(['marktführender', 'innovativer', 'setzen wir neue Maßstäbe']);
    expect(
      runRule(
        pressReleaseVocabulary,
        'Als toonaangevende aanbieder van innovatieve oplossingen zetten wij de standaard.',
        'nl',
      ).findings.map((f) => f.text),
    ).toEqual(['toonaangevende', 'innovatieve']);
  });
  it('leaves "optimistic" alone', () => {
    expect(runRule(pressReleaseVocabulary, "We're optimistic about this year's harvest.").findings).toEqual(
      [],
    );
  });
});
