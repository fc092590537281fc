/**
 * Fair interleaving: every round runs each peer over the same inputs, and the peer order rotates from
 * round to round, so slow drift (JIT tiers settling, GC pressure building, CPU clocks and noisy
 * neighbours) lands on every peer alike instead of on whoever runs last.
 */

import type { Peer } from './peers';

/** Round r starts with peer r mod n: over n rounds each peer holds each position once. */
export function rotation<T>(items: readonly T[], round: number): T[] {
  const n = items.length;
  if (n === 0) return [];
  const shift = ((round % n) + n) % n;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

export interface RoundPlan {
  /** Inputs of measured round `round` (0-based). */
  inputs(round: number): readonly string[];
  /** Run through every peer this many times before measuring, in rotating order, unrecorded. */
  warmupRounds: number;
  warmupInputs: readonly string[];
  minRounds: number;
  maxRounds: number;
  /** After `minRounds`, stop once measured rounds have taken this long in total. */
  budgetMs: number;
}

export interface RoundResult {
  /** Per-call milliseconds by peer id, in call order. */
  samples: Map<string, number[]>;
  rounds: number;
}

export type Clock = () => number;

export async function runInterleaved(
  peers: readonly Peer[],
  plan: RoundPlan,
  onRound: (round: number) => void = () => {},
  now: Clock = () => performance.now(),
): Promise<RoundResult> {
  for (let w = 0; w < plan.warmupRounds; w++) {
    for (const peer of rotation(peers, w)) await runAll(peer, plan.warmupInputs, null, now);
  }
  const samples = new Map(peers.map((peer) => [peer.id, [] as number[]]));
  const started = now();
  let rounds = 0;
  while (rounds < plan.maxRounds && (rounds < plan.minRounds || now() - started < plan.budgetMs)) {
    onRound(rounds);
    const inputs = plan.inputs(rounds);
    for (const peer of rotation(peers, rounds)) await runAll(peer, inputs, samples.get(peer.id) ?? null, now);
    rounds++;
  }
  return { samples, rounds };
}

async function runAll(
  peer: Peer,
  inputs: readonly string[],
  out: number[] | null,
  now: Clock,
): Promise<void> {
  for (const text of inputs) {
    const t0 = now();
    const pending = peer.run(text);
    if (pending !== undefined) await pending;
    const elapsed = now() - t0;
    out?.push(elapsed);
  }
}

/** Splits `items` into `k` strided slices (item i goes to slice i mod k), so each slice spans the corpus. */
export function stridedSlices<T>(items: readonly T[], k: number): T[][] {
  const slices: T[][] = Array.from({ length: Math.max(1, k) }, () => []);
  items.forEach((item, i) => {
    slices[i % slices.length]?.push(item);
  });
  return slices;
}
