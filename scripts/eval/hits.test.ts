import { describe, expect, it } from 'vitest';
import { hitTable } from './hits';

const item = (positive: boolean, rules: string[], strengths: Array<'fact' | 'question'> = []) => ({
  positive,
  rules: new Set(rules),
  strengths: new Set(strengths),
});

describe('hitTable', () => {
  const scores = new Map([
    ['hype', 'pushiness' as const],
    ['urgency', 'pushiness' as const],
    ['we-centred', 'broadcast' as const],
  ]);
  const strengths = new Map([['fact' as const, 'missingValue' as const]]);
  const items = [
    item(true, ['hype', 'urgency']),
    item(true, ['hype']),
    item(false, ['urgency'], ['fact']),
    item(false, []),
  ];

  it('reports the share on each class and the right-way ratio for the rules of one score', () => {
    const rows = hitTable(items, 'pushiness', scores, strengths);
    expect(rows.map((r) => r.name)).toEqual(['hype', 'urgency']);
    expect(rows[0]).toMatchObject({
      positive: 1,
      negative: 0,
      ratio: Number.POSITIVE_INFINITY,
      defect: false,
    });
    expect(rows[1]).toMatchObject({ positive: 0.5, negative: 0.5, ratio: 1, defect: false });
  });

  it('counts a strength the other way round and flags one that fires more on positives', () => {
    const good = hitTable(items, 'missingValue', scores, strengths).find((r) => r.name === 'strength:fact');
    expect(good).toMatchObject({ kind: 'strength', positive: 0, negative: 0.5, defect: false });
    const bad = hitTable(
      [item(true, [], ['fact']), item(true, [], ['fact']), item(false, [], ['fact']), item(false, [])],
      'missingValue',
      scores,
      strengths,
    ).find((r) => r.name === 'strength:fact');
    expect(bad).toMatchObject({ ratio: 0.5, defect: true });
  });
});
