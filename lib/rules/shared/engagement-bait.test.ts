import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { engagementBait } from './engagement-bait';

describe('engagement-bait', () => {
  it.each(exampleRows(engagementBait))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(engagementBait, lang, kind, text)).toBeUndefined();
  });

  it('points at each ask, each adding less', () => {
    const { findings } = runRule(engagementBait, 'Like and share! Follow us! Tag a friend!');
    expect(findings.map((f) => f.text)).toEqual(['Like and share', 'Follow us', 'Tag a friend']);
    expect(findings[0]!.weight).toBe(22);
    expect(findings[1]!.weight).toBeLessThan(findings[0]!.weight);
    expect(findings[2]!.weight).toBeLessThan(findings[1]!.weight);
  });

  it('finds German and Dutch asks', () => {
    expect(runRule(engagementBait, 'Folgt uns für mehr.', 'de').findings.map((f) => f.text)).toEqual([
      'Folgt uns',
    ]);
    expect(
      runRule(engagementBait, 'Tag een vriend die dit nodig heeft!', 'nl').findings.map((f) => f.text),
    ).toEqual(['Tag een vriend']);
  });

  it('leaves ordinary sharing alone', () => {
    expect(runRule(engagementBait, 'We like to share our recipes with the neighbours.').findings).toEqual([]);
    expect(runRule(engagementBait, 'Wij delen graag ons recept.', 'nl').findings).toEqual([]);
  });
  it('leaves a thank-you for a retweet alone', () => {
    expect(runRule(engagementBait, 'Thanks for the retweet, Anna!').findings).toEqual([]);
  });
});
