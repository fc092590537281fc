import { describe, expect, it } from 'vitest';
import type { Peer } from './peers';
import { rotation, runInterleaved, stridedSlices } from './runner';

describe('rotation', () => {
  it('puts every item first once per cycle', () => {
    expect(rotation(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(rotation(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotation(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b']);
    expect(rotation([], 3)).toEqual([]);
  });
});

describe('stridedSlices', () => {
  it('deals items round-robin', () => {
    expect(stridedSlices([1, 2, 3, 4, 5], 2)).toEqual([
      [1, 3, 5],
      [2, 4],
    ]);
    expect(stridedSlices([1, 2], 0)).toEqual([[1, 2]]);
  });
});

describe('runInterleaved', () => {
  // A fake clock: every call to a peer costs its fixed number of ticks.
  const makePeers = (log: string[], clock: { t: number }): Peer[] =>
    [
      ['a', 1],
      ['b', 2],
    ].map(([id, cost]) => ({
      id: String(id),
      label: String(id),
      run(text: string) {
        log.push(`${id}:${text}`);
        clock.t += Number(cost);
      },
    }));

  it('warms up unrecorded, then rotates peers per round over the same inputs', async () => {
    const log: string[] = [];
    const clock = { t: 0 };
    const result = await runInterleaved(
      makePeers(log, clock),
      {
        inputs: (r) => [`r${r}`],
        warmupRounds: 1,
        warmupInputs: ['w'],
        minRounds: 3,
        maxRounds: 3,
        budgetMs: 0,
      },
      () => {},
      () => clock.t,
    );
    expect(log).toEqual(['a:w', 'b:w', 'a:r0', 'b:r0', 'b:r1', 'a:r1', 'a:r2', 'b:r2']);
    expect(result.rounds).toBe(3);
    expect(result.samples.get('a')).toEqual([1, 1, 1]);
    expect(result.samples.get('b')).toEqual([2, 2, 2]);
  });

  it('stops after the budget once the minimum rounds are done', async () => {
    const clock = { t: 0 };
    const result = await runInterleaved(
      makePeers([], clock),
      { inputs: () => ['x'], warmupRounds: 0, warmupInputs: [], minRounds: 2, maxRounds: 100, budgetMs: 10 },
      () => {},
      () => clock.t,
    );
    // Each round costs 3 ticks: after 4 rounds 12 >= 10.
    expect(result.rounds).toBe(4);
  });

  it('awaits async peers', async () => {
    let done = 0;
    const slow: Peer = {
      id: 's',
      label: 's',
      async run() {
        await new Promise((resolve) => setTimeout(resolve, 5));
        done++;
      },
    };
    const result = await runInterleaved([slow], {
      inputs: () => ['x'],
      warmupRounds: 0,
      warmupInputs: [],
      minRounds: 2,
      maxRounds: 2,
      budgetMs: 0,
    });
    expect(done).toBe(2);
    for (const ms of result.samples.get('s') ?? []) expect(ms).toBeGreaterThanOrEqual(4);
  });
});
