import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { urgency } from './urgency';

describe('urgency', () => {
  it.each(exampleRows(urgency))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(urgency, lang, kind, text)).toBeUndefined();
  });

  it('points at the exact words, with spans into the draft', () => {
    const text = 'New mugs 🎉 — last chance, ends tonight!';
    const { findings } = runRule(urgency, text);
    expect(findings.map((f) => f.text)).toEqual(['last chance', 'ends tonight']);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('adds less for each repeat', () => {
    const { findings } = runRule(urgency, 'Hurry! Last chance! Today only!');
    const weights = findings.map((f) => f.weight);
    expect(weights.length).toBe(3);
    expect(weights[1]).toBeLessThan(weights[0] as number);
  });

  it('leaves "now" and "today" alone when they are not pressure', () => {
    expect(runRule(urgency, 'We are open today from 9 to 5 and now serve oat milk.').findings).toEqual([]);
  });
});
