/**
 * A small, exact L2-regularised logistic regression (Newton's method), used twice:
 * - by the surface baseline (5-fold cross-validated, a handful of features), and
 * - by `npm run fit`, which rescales every rule jointly on all corpora (SpamAssassin's rescoring run),
 *   with one intercept per corpus, weights shrunk toward their hand-set priors and kept non-negative.
 *
 * Newton on ≤ 100 parameters converges in a few iterations and needs no learning rate, so the fit is
 * deterministic to the last digit on every machine, which the staleness test of the weights relies on.
 */

export interface Sample {
  /** Feature values; the same length for every sample. */
  x: ArrayLike<number>;
  y: 0 | 1;
  /** Which intercept this sample uses (a corpus); default 0. */
  group?: number;
  /** Sample weight; default 1. */
  weight?: number;
  /** A fixed part of the log-odds that is not fitted (a feature whose weight is held); default 0. */
  offset?: number;
}

export interface FitOptions {
  /** Penalty λ·Σ(wⱼ − priorⱼ)² on the feature weights (intercepts are free). */
  l2: number;
  /** Shrinkage targets; default 0 for every feature. */
  prior?: readonly number[];
  /** Features whose weight may not go below 0 (a rule that adds points never takes them off). */
  nonNegative?: readonly boolean[];
  /** Number of intercepts (groups); default 1. */
  groups?: number;
  maxIterations?: number;
}

export interface FitResult {
  weights: number[];
  intercepts: number[];
  iterations: number;
  /** Penalised negative log-likelihood at the solution. */
  loss: number;
}

export function fitLogistic(samples: readonly Sample[], options: FitOptions): FitResult {
  const first = samples[0];
  if (!first) throw new Error('fitLogistic: no samples');
  const p = first.x.length;
  const g = options.groups ?? 1;
  const prior = options.prior ?? new Array<number>(p).fill(0);
  const nonNegative = options.nonNegative ?? new Array<boolean>(p).fill(false);
  const maxIterations = options.maxIterations ?? 50;
  const w = prior.map((v, j) => (nonNegative[j] ? Math.max(0, v) : v));
  const b = new Array<number>(g).fill(0);
  // Features pinned at 0 by the non-negativity constraint (an active set, re-examined each round).
  const pinned = new Array<boolean>(p).fill(false);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const n = p + g;
    const grad = new Array<number>(n).fill(0);
    const hess: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (const s of samples) {
      const group = s.group ?? 0;
      const sw = s.weight ?? 1;
      let z = (b[group] ?? 0) + (s.offset ?? 0);
      for (let j = 0; j < p; j++) z += (w[j] ?? 0) * (s.x[j] ?? 0);
      const mu = sigmoid(z);
      const r = sw * (mu - s.y);
      const h = sw * mu * (1 - mu);
      const nz: number[] = [];
      for (let j = 0; j < p; j++) if ((s.x[j] ?? 0) !== 0) nz.push(j);
      for (const j of nz) {
        const xj = s.x[j] ?? 0;
        grad[j] = (grad[j] ?? 0) + r * xj;
        const row = hess[j] as number[];
        for (const k of nz) row[k] = (row[k] ?? 0) + h * xj * (s.x[k] ?? 0);
        row[p + group] = (row[p + group] ?? 0) + h * xj;
        (hess[p + group] as number[])[j] = ((hess[p + group] as number[])[j] ?? 0) + h * xj;
      }
      grad[p + group] = (grad[p + group] ?? 0) + r;
      (hess[p + group] as number[])[p + group] = ((hess[p + group] as number[])[p + group] ?? 0) + h;
    }
    for (let j = 0; j < p; j++) {
      grad[j] = (grad[j] ?? 0) + 2 * options.l2 * ((w[j] ?? 0) - (prior[j] ?? 0));
      (hess[j] as number[])[j] = ((hess[j] as number[])[j] ?? 0) + 2 * options.l2 + 1e-9;
    }
    for (let k = 0; k < g; k++)
      (hess[p + k] as number[])[p + k] = ((hess[p + k] as number[])[p + k] ?? 0) + 1e-9;
    // A pinned weight stays pinned while its gradient pushes it below zero.
    for (let j = 0; j < p; j++) pinned[j] = nonNegative[j] === true && (w[j] ?? 0) <= 0 && (grad[j] ?? 0) > 0;
    const free = [...Array(n).keys()].filter((i) => i >= p || !pinned[i]);
    const step = solve(
      free.map((i) => free.map((k) => (hess[i] as number[])[k] ?? 0)),
      free.map((i) => grad[i] ?? 0),
    );
    // Damped step: shorten it until no non-negative weight crosses zero, then clamp.
    let t = 1;
    free.forEach((i, idx) => {
      if (i >= p || !nonNegative[i]) return;
      const next = (w[i] ?? 0) - (step[idx] ?? 0);
      if (next < 0 && (step[idx] ?? 0) !== 0) t = Math.min(t, Math.max(0.1, (w[i] ?? 0) / (step[idx] ?? 1)));
    });
    let change = 0;
    free.forEach((i, idx) => {
      const delta = t * (step[idx] ?? 0);
      change = Math.max(change, Math.abs(delta));
      if (i < p) {
        const next = (w[i] ?? 0) - delta;
        w[i] = nonNegative[i] ? Math.max(0, next) : next;
      } else b[i - p] = (b[i - p] ?? 0) - delta;
    });
    if (change < 1e-10) {
      iterations++;
      break;
    }
  }
  return { weights: w, intercepts: b, iterations, loss: loss(samples, w, b, options.l2, prior) };
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function loss(
  samples: readonly Sample[],
  w: number[],
  b: number[],
  l2: number,
  prior: readonly number[],
): number {
  let total = 0;
  for (const s of samples) {
    let z = (b[s.group ?? 0] ?? 0) + (s.offset ?? 0);
    for (let j = 0; j < w.length; j++) z += (w[j] ?? 0) * (s.x[j] ?? 0);
    // log(1 + e^z) − y·z, computed without overflow.
    const softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    total += (s.weight ?? 1) * (softplus - s.y * z);
  }
  for (let j = 0; j < w.length; j++) total += l2 * ((w[j] ?? 0) - (prior[j] ?? 0)) ** 2;
  return total;
}

/** Gaussian elimination with partial pivoting; the system is small and positive definite. */
export function solve(a: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const m = a.map((row, i) => [...row, rhs[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    }
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const lead = m[col]?.[col] ?? 0;
    if (Math.abs(lead) < 1e-300) continue;
    for (let r = col + 1; r < n; r++) {
      const row = m[r] as number[];
      const f = (row[col] ?? 0) / lead;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - f * (m[col]?.[c] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r] as number[];
    let sum = row[n] ?? 0;
    for (let c = r + 1; c < n; c++) sum -= (row[c] ?? 0) * (x[c] ?? 0);
    const lead = row[r] ?? 0;
    x[r] = Math.abs(lead) < 1e-300 ? 0 : sum / lead;
  }
  return x;
}
