import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { passiveVoice } from './passive-voice';

describe('passive-voice', () => {
  it.each(exampleRows(passiveVoice))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(passiveVoice, lang, kind, text)).toBeUndefined();
  });

  it('spans auxiliary to participle, once per clause, after an emoji, each adding less', () => {
    const { findings } = runRule(passiveVoice, '🚀 The app was launched. The bug was fixed.');
    expect(findings).toMatchObject([
      { text: 'was launched', start: 11, end: 23 },
      { text: 'was fixed', start: 33, end: 42 },
    ]);
    expect(findings[1]!.weight).toBeLessThan(findings[0]!.weight);
  });

  it('leaves predicative adjectives that look like participles alone', () => {
    expect(runRule(passiveVoice, 'We are based in Utrecht and we are closed on Sundays.').findings).toEqual(
      [],
    );
  });

  it('reaches the German participle at the end of the clause, but not "ist geöffnet" (a state)', () => {
    const { findings } = runRule(
      passiveVoice,
      'Das Rezept wurde von unserer Bäckerin Anna entwickelt.',
      'de',
    );
    expect(findings.map((f) => f.text)).toEqual(['wurde von unserer Bäckerin Anna entwickelt']);
    expect(runRule(passiveVoice, 'Das Café ist ab Montag geöffnet.', 'de').findings).toEqual([]);
  });

  it('finds Dutch "wordt … gelanceerd" across the middle field', () => {
    expect(
      runRule(passiveVoice, 'De nieuwe collectie wordt volgende week gelanceerd.', 'nl').findings.map(
        (f) => f.text,
      ),
    ).toEqual(['wordt volgende week gelanceerd']);
    expect(
      runRule(passiveVoice, 'De app werd door ons team in Utrecht ontwikkeld.', 'nl').findings.map(
        (f) => f.text,
      ),
    ).toEqual(['werd door ons team in Utrecht ontwikkeld']);
  });

  it('leaves the Dutch active perfect with "zijn" alone ("We zijn verhuisd")', () => {
    expect(runRule(passiveVoice, 'We zijn verhuisd naar de Oudegracht.', 'nl').findings).toEqual([]);
    expect(runRule(passiveVoice, 'We zijn vandaag begonnen met bakken.', 'nl').findings).toEqual([]);
  });
});
