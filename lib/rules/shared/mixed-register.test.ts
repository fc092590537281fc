import { describe, expect, it } from 'vitest';
import { createDoc } from '../../nlp/doc';
import { checkExample, exampleRows, runRule } from '../testing';
import { mixedRegister } from './mixed-register';

describe('mixed-register', () => {
  it.each(exampleRows(mixedRegister))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(mixedRegister, lang, kind, text)).toBeUndefined();
  });

  it('marks the forms in the minority, all with one message', () => {
    const text = 'Sichern Sie sich Ihren Platz und bringen Sie Ihre Fragen mit – wir freuen uns auf dich!';
    const { findings } = runRule(mixedRegister, text, 'de');
    expect(findings.map((f) => f.text)).toEqual(['dich']);
    expect(findings[0]?.args).toEqual(['Sie', 'du']);
    const nl = runRule(
      mixedRegister,
      'Heb jij je tickets al? Je vindt ze in uw app en bij jouw bestelling.',
      'nl',
    );
    expect(nl.findings.map((f) => f.text)).toEqual(['uw']);
    expect(nl.findings[0]?.args).toEqual(['je', 'u']);
  });

  it('marks the forms that differ from the brand register, even when they are the majority', () => {
    const text = 'Sichern Sie sich Ihren Platz – wir freuen uns auf dich!';
    const doc = createDoc(text, 'de');
    const result = mixedRegister.check(doc, {
      strengths: [],
      findingsByRule: new Map(),
      register: 'informal',
    });
    expect(result.findings?.map((f) => text.slice(f.start, f.end))).toEqual(['Sie', 'Ihren']);
    expect(result.findings?.[0]?.args).toEqual(['du', 'Sie']);
    // Each further form weighs less.
    const [a, b] = result.findings ?? [];
    expect(b?.weight).toBeLessThan(a?.weight ?? 0);
  });

  it('on a tie without a brand register, marks the forms that differ from the default (de: Sie, nl: je)', () => {
    expect(
      runRule(mixedRegister, 'Melden Sie sich an, wir zeigen dir alles.', 'de').findings.map((f) => f.text),
    ).toEqual(['dir']);
    expect(
      runRule(mixedRegister, 'Bestel nu, wij sturen u en jou een bevestiging.', 'nl').findings.map(
        (f) => f.text,
      ),
    ).toEqual(['u']);
  });

  it('does not take "sie", "ihr" and "ihre" (she, they, her, their) for the formal address', () => {
    for (const text of [
      'Unsere Bäckerinnen lieben ihre Arbeit, und sie backen jeden Morgen für dich.',
      'Frag Anna nach ihr Lieblingsbrot? Du wirst es lieben.',
      'Sie lieben Brot? Dann komm vorbei, wir backen für dich.',
      'Die Kundin sagt, wir haben ihr nicht zu viel versprochen. Probier es selbst!',
    ])
      expect(runRule(mixedRegister, text, 'de').findings, text).toEqual([]);
  });

  it('counts the informal plural "ihr habt", "Ihr seid" as informal', () => {
    const { findings } = runRule(
      mixedRegister,
      'Ihr seid die Besten, ihr habt es euch verdient, und Sie wissen das.',
      'de',
    );
    expect(findings.map((f) => f.text)).toEqual(['Sie']);
  });

  it('never runs in English', () => {
    expect(mixedRegister.languages).toEqual(['de', 'nl']);
    expect(runRule(mixedRegister, 'You and you.', 'en').findings).toEqual([]);
  });
});
