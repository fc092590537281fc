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
});
