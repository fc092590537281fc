import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { emojiStuffing } from './emoji-stuffing';

describe('emoji-stuffing', () => {
  it.each(exampleRows(emojiStuffing))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(emojiStuffing, lang, kind, text)).toBeUndefined();
  });

  it('flags from the third emoji of a run, with UTF-16 spans', () => {
    const { findings } = runRule(emojiStuffing, 'Sale 🔥🔥🔥💥💯 now');
    expect(findings).toMatchObject([
      { text: '🔥', start: 9, end: 11 },
      { text: '💥', start: 11, end: 13 },
      { text: '💯', start: 13, end: 15 },
    ]);
  });

  it('counts emoji separated by spaces as a run', () => {
    expect(runRule(emojiStuffing, '🔥 🔥 🔥').findings).toMatchObject([{ text: '🔥', start: 6, end: 8 }]);
  });

  it('allows four scattered emoji and flags the fifth', () => {
    expect(runRule(emojiStuffing, 'Fresh bread 🥖 and coffee ☕ and cake 🍰 and tea 🍵').findings).toEqual(
      [],
    );
    const { findings } = runRule(emojiStuffing, 'Good 🌞 morning ☕ from 🥐 our 🥖 bakery 🎉');
    expect(findings.map((f) => f.text)).toEqual(['🎉']);
  });

  it('reads an emoji with a skin tone as one emoji', () => {
    const { findings } = runRule(emojiStuffing, 'Go team 👍🏽👍🏽👍🏽');
    expect(findings).toMatchObject([{ text: '👍🏽', start: 16, end: 20 }]);
  });
});
