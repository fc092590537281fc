import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { giveawayBait } from './giveaway-bait';

describe('giveaway-bait', () => {
  it.each(exampleRows(giveawayBait))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(giveawayBait, lang, kind, text)).toBeUndefined();
  });

  it('points at each bait phrase, longest first, each adding less', () => {
    const { findings } = runRule(
      giveawayBait,
      'Congratulations! You have been selected to win a cash prize.',
    );
    expect(findings.map((f) => f.text)).toEqual([
      'Congratulations',
      'You have been selected',
      'win a',
      'cash prize',
    ]);
    for (let n = 1; n < findings.length; n++)
      expect(findings[n]!.weight).toBeLessThan(findings[n - 1]!.weight);
  });

  it('reports at most six', () => {
    expect(
      runRule(giveawayBait, 'Win a prize! Win a prize! Win a prize! Win a prize!').findings,
    ).toHaveLength(6);
  });

  it('finds German and Dutch giveaways', () => {
    expect(
      runRule(giveawayBait, 'Gewinnspiel: Jetzt mitmachen und gewinnen!', 'de').findings.map((f) => f.text),
    ).toEqual(['Gewinnspiel', 'mitmachen und gewinnen']);
    expect(
      runRule(giveawayBait, 'Winactie: doe mee en win een prijs!', 'nl').findings.map((f) => f.text),
    ).toEqual(['Winactie', 'doe mee', 'win']);
  });

  // BUG: "won" (and "award", "cash", "lucky") match on their own, so a bakery reporting the
  // prize it won is scored as prize bait aimed at the reader.
  it('leaves a report of an award the brand won alone', () => {
    expect(runRule(giveawayBait, 'Our sourdough won gold at the Baking Awards.').findings).toEqual([]);
  });

  it('reads "win", "competition" and "congratulations" in context', () => {
    const texts = (t: string) => runRule(giveawayBait, t).findings.map((f) => f.text);
    expect(texts('Honored to win the regional bakery award!')).toEqual([]);
    expect(texts('We are thrilled to win an award for our sourdough.')).toEqual([]);
    expect(texts('The Competition Bureau approved the merger.')).toEqual([]);
    expect(texts('Congratulations to the winners of our bake-off!')).toEqual([]);
    expect(texts('Congrats on the new job, Sam!')).toEqual([]);
    expect(texts('Enter our competition to win a year of free bread.')).toEqual([
      'Enter our competition',
      'win a',
    ]);
    expect(texts('Win a weekend for two in Paris!')).toEqual(['Win a']);
  });
});
