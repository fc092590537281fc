import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { exclamationMarks } from './exclamation-marks';

describe('exclamation-marks', () => {
  it.each(exampleRows(exclamationMarks))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(exclamationMarks, lang, kind, text)).toBeUndefined();
  });

  it('lets the first single "!" pass and flags each further one, each adding less', () => {
    const { findings } = runRule(exclamationMarks, 'New! Better! Faster! Cheaper!');
    expect(findings.map((f) => f.start)).toEqual([11, 19, 28]);
    expect(findings.map((f) => f.text)).toEqual(['!', '!', '!']);
    expect(findings[1]!.weight).toBeLessThan(findings[0]!.weight);
    expect(findings[2]!.weight).toBeLessThan(findings[1]!.weight);
  });

  it('flags every run of marks as a run, each adding less', () => {
    const { findings } = runRule(exclamationMarks, 'Wow!!! Really!!!');
    expect(findings).toMatchObject([
      { text: '!!!', start: 3, end: 6, variant: 'run', weight: 10 },
      { text: '!!!', start: 13, end: 16, variant: 'run' },
    ]);
    expect(findings[1]!.weight).toBeLessThan(10);
  });

  it('keeps UTF-16 spans after an emoji and lets one "?!" pass', () => {
    expect(runRule(exclamationMarks, '🎉 Big sale!!!').findings).toMatchObject([
      { text: '!!!', start: 11, end: 14 },
    ]);
    expect(runRule(exclamationMarks, 'What?! No way.').findings).toEqual([]);
  });
});
