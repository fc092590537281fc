import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { callToAction } from './call-to-action';

describe('call-to-action', () => {
  it.each(exampleRows(callToAction))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(callToAction, lang, kind, text)).toBeUndefined();
  });

  it('points at each call once, in order, each adding less', () => {
    const { findings } = runRule(callToAction, 'Order today. Sign up here. Click the link in bio.');
    expect(findings.map((f) => f.text)).toEqual(['Order today', 'Sign up', 'Click the link']);
    expect(findings.map((f) => f.weight)).toEqual([16, 12, 9]);
  });

  it('keeps UTF-16 spans after an emoji', () => {
    const { findings } = runRule(callToAction, '🛒 Shop now, pay later.');
    expect(findings).toMatchObject([{ text: 'Shop now', start: 3, end: 11 }]);
  });

  it('flags "Jetzt kaufen" and "Bestel nu" but not "Call me", "Text Mum" or "Bel me even"', () => {
    expect(runRule(callToAction, 'Jetzt kaufen und sparen!', 'de').findings.map((f) => f.text)).toEqual([
      'Jetzt kaufen',
    ]);
    expect(runRule(callToAction, 'Bestel nu en bespaar!', 'nl').findings.map((f) => f.text)).toEqual([
      'Bestel nu',
    ]);
    expect(runRule(callToAction, 'Call me when you are home.').findings).toEqual([]);
    expect(runRule(callToAction, 'Text Mum when you land.').findings).toEqual([]);
    expect(runRule(callToAction, 'Bel me even als je thuis bent.', 'nl').findings).toEqual([]);
  });

  // BUG: phrases count anywhere, so "ruf … an" matches "Ruf mich an" and the personal-object
  // check that spares "Call me" never runs for German (the same happens to Dutch "Bel me nu").
  it('leaves German "Ruf mich an" (call me) alone', () => {
    expect(runRule(callToAction, 'Ruf mich an, wenn du zu Hause bist.', 'de').findings).toEqual([]);
  });

  it('weighs a sales call above a generic one and leaves mild ones out', () => {
    const weights = (t: string, lang: 'en' | 'de' | 'nl' = 'en') =>
      runRule(callToAction, t, lang).findings.map((f) => f.weight);
    expect(weights('Subscribe to our newsletter.')).toEqual([16]);
    expect(weights('Read our full report on the harvest.')).toEqual([7]);
    expect(weights('You should try the rye loaf.')).toEqual([5]);
    expect(weights('Meldet euch für den Workshop an!', 'de')).toEqual([16]);
    expect(weights('Macht mal eure Augen auf.', 'de')).toEqual([7]);
    expect(weights('Let us know what you think. Have a great weekend!')).toEqual([]);
    expect(weights('Bleibt gesund und lasst es euch gut gehen!', 'de')).toEqual([]);
  });

  it('finds calls after interjections and vocatives in all three languages', () => {
    const texts = (t: string, lang: 'en' | 'de' | 'nl' = 'en') =>
      runRule(callToAction, t, lang).findings.map((f) => f.text);
    expect(texts('Hey subscribe to me')).toEqual(['subscribe']);
    expect(texts('Check me out!')).toEqual(['Check']);
    expect(texts('Leute, nehmt das nicht hin!', 'de')).toEqual(['nehmt']);
    expect(texts('Bitte unterstützt diese Seite', 'de')).toEqual(['unterstützt']);
    expect(texts('Jongens, bestel vandaag nog!', 'nl')).toEqual(['bestel vandaag']);
  });

  it('points at a link pointer and spares emergency numbers', () => {
    expect(
      runRule(callToAction, 'We updated our recall notice. More info: https://a.example/recall').findings.map(
        (f) => f.text,
      ),
    ).toEqual(['More info']);
    expect(runRule(callToAction, 'If you see smoke, call 911.').findings).toEqual([]);
    expect(runRule(callToAction, 'Call 0800 123 456 to book.').findings.map((f) => f.text)).toEqual([
      'Call 0800',
      'to book',
    ]);
  });

  it('reads a capitalised headline word as a noun unless the context asks', () => {
    expect(runRule(callToAction, 'Judge questions fairness of the new rules.').findings).toEqual([]);
    expect(runRule(callToAction, 'Model prisoners learn to code.').findings).toEqual([]);
    expect(runRule(callToAction, 'Kommt ihr am Samstag?', 'de').findings).toEqual([]);
    expect(runRule(callToAction, 'Kom je zaterdag ook?', 'nl').findings).toEqual([]);
  });
});
