import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { noConcreteValue } from './no-concrete-value';

describe('no-concrete-value', () => {
  it.each(exampleRows(noConcreteValue))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(noConcreteValue, lang, kind, text)).toBeUndefined();
  });

  it('runs in the absence phase and points at the first sentence', () => {
    expect(noConcreteValue.phase).toBe('absence');
    const { findings } = runRule(
      noConcreteValue,
      'Exciting things are happening at our company! Watch this space.',
    );
    expect(findings).toMatchObject([
      { text: 'Exciting things are happening at our company!', start: 0, end: 45 },
    ]);
    expect(findings[0]!.weight).toBe(60);
  });

  it('is satisfied by a concrete deal or a delivered tip', () => {
    expect(runRule(noConcreteValue, '20% off all coats until Sunday.').findings).toEqual([]);
    expect(runRule(noConcreteValue, 'Tip: water your basil from below.').findings).toEqual([]);
  });

  it('is not satisfied by deal words without anything concrete', () => {
    const { findings } = runRule(noConcreteValue, 'Special offer! Big sale today at our shop.');
    expect(findings.map((f) => f.text)).toEqual(['Special offer!']);
  });

  it('points at the first German and Dutch sentence', () => {
    expect(
      runRule(noConcreteValue, 'Bei uns passieren gerade spannende Dinge! Bleibt dran.', 'de').findings.map(
        (f) => f.text,
      ),
    ).toEqual(['Bei uns passieren gerade spannende Dinge!']);
    expect(
      runRule(noConcreteValue, 'Er gebeuren spannende dingen bij ons!', 'nl').findings.map((f) => f.text),
    ).toEqual(['Er gebeuren spannende dingen bij ons!']);
  });

  it('reads short drafts too: one to four words without a fact offer nothing', () => {
    for (const text of ['New post!', 'Check this out', 'Big news coming', 'Exciting news everyone!']) {
      expect(runRule(noConcreteValue, text).findings.map((f) => f.text)).toEqual([text]);
    }
    expect(runRule(noConcreteValue, 'Neuer Beitrag!', 'de').findings).toHaveLength(1);
    expect(runRule(noConcreteValue, 'Nieuwe post!', 'nl').findings).toHaveLength(1);
  });

  it('leaves a short draft with a fact alone, and a draft without words', () => {
    expect(runRule(noConcreteValue, 'Open till 8pm today').findings).toEqual([]);
    expect(runRule(noConcreteValue, 'Heute bis 20 Uhr geöffnet', 'de').findings).toEqual([]);
    expect(runRule(noConcreteValue, 'Vandaag open tot 20 uur', 'nl').findings).toEqual([]);
    expect(runRule(noConcreteValue, '🎉🎉').findings).toEqual([]);
  });

  it('flags a pushy promo whose capitals, hashtags and "TODAY" are no value', () => {
    const promo =
      'HUGE NEWS!!! We are SO excited to announce our new Summer Collection 🌞🌞🌞 Only TODAY: buy now before it is gone! Last chance, link in bio!!! Like and share to win 🎁 #sale #summer #fashion #newin #shopnow #deal';
    expect(runRule(noConcreteValue, promo).findings).toMatchObject([{ text: 'HUGE NEWS!!!', weight: 60 }]);
    expect(runRule(noConcreteValue, 'Wed: we are open late').findings).toHaveLength(1);
  });
});

describe('no-concrete-value, graded', () => {
  it('fires weaker, and says "little" rather than "nothing", when some value is there', () => {
    const none = runRule(noConcreteValue, 'Exciting things are happening at our company!').findings;
    const thin = runRule(noConcreteValue, 'Acme opens a new store in Leeds, with a bigger café').findings;
    expect(none[0]?.weight).toBe(60);
    expect(none[0]?.variant).toBeUndefined();
    expect(thin[0]?.variant).toBe('thin');
    expect(thin[0]?.weight).toBeGreaterThan(0);
    expect(thin[0]?.weight).toBeLessThan(60);
  });
});
