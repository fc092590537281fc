/**
 * `npm run fit`: fits every rule's weight jointly on the labelled corpora, like SpamAssassin's
 * rescoring run, and writes lib/scoring/weights.generated.ts. A test fails when that file is stale.
 *
 * The model, one per score: logit P(positive) = b_corpus + k · (Σ βᵣ · pointsᵣ − Σ γᵣ · reliefᵣ)
 * - pointsᵣ / reliefᵣ: what rule r's findings add and its strengths take off, with the hand-set
 *   values (`analyze(…, { weights: 'prior' })`);
 * - βᵣ, γᵣ: the fitted multipliers, ≥ 0 (a rule never flips sign: one that points the wrong way is a
 *   defect to fix in the rule, not a negative weight), shrunk toward 1 by an L2 penalty λ(β − 1)²;
 * - k: one scale from points to log-odds, fitted first with every multiplier at 1;
 * - b_corpus: one intercept per corpus (base rates differ); never one weight per corpus, and one
 *   weight set for all languages, since the rules are shared.
 * Rules of the `absence` phase ("no concrete value anywhere", "no invitation anywhere") fire exactly
 * when the other rules' strengths do not, so the corpus intercepts and the strengths can stand in
 * for them and the fit cannot tell them apart; they keep their hand-set weight (a fixed offset).
 * That weight is what gives a draft with nothing in it for the reader its score: without it, a
 * draft with no teaser and no fact would read 0.
 * Each corpus weighs the same in the fit (its positives half, its negatives half), so 32,000
 * headlines do not drown 1,062 brand tweets.
 *
 * The default "rework" thresholds come from the same run: "rework" starts where at most 5 % of the
 * negatives of every corpus of that score remain (and never below 55). "Consider" stays at its
 * hand-set value: on the news corpora most negatives carry facts the rules cannot see ("no concrete
 * value" fires on most news tweets), so a data-driven amber line would turn a draft with nothing
 * in it for the reader green.
 *
 *   npm run fit              fit, print the report, write the weights file
 *   npm run fit -- --check   exit 1 when the committed file differs from a fresh fit
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../lib/rules';
import { analyze, squash } from '../lib/scoring/analyze';
import { type Language, SCORE_KEYS, type ScoreKey, type Thresholds } from '../lib/scoring/types';
import {
  type Corpora,
  checkDataDir,
  type Deduped,
  loadCorpora,
  REPO_ROOT,
  resolveDataDir,
} from './eval/datasets';
import { fitLogistic, type Sample } from './eval/logistic';
import { fixed, formatInt, textTable } from './eval/table';

export const WEIGHTS_FILE = join(REPO_ROOT, 'lib', 'scoring', 'weights.generated.ts');

/** L2 strength toward the hand-set value (multiplier 1), in units of the per-corpus sample weight. */
export const LAMBDA = 5;
/** Total sample weight of one corpus in the fit. */
const CORPUS_WEIGHT = 1000;
/** The share of negatives allowed at or above the rework threshold, on every corpus of the score. */
const REWORK_NEGATIVES = 0.05;
/**
 * The rework line never goes below this: where most negatives score 0, "≤ 5 % of negatives" alone
 * would put it at 1, and one mild finding would read as "rework" in the panel.
 */
const REWORK_FLOOR = 55;
/** The hand-set amber lines (the defaults before the fit). */
const CONSIDER: Record<ScoreKey, number> = { broadcast: 40, pushiness: 35, missingValue: 45 };

interface FitSet {
  id: string;
  corpus: keyof Omit<Corpora, 'dir' | 'webisTruth'>;
  lang: Language;
  score: ScoreKey;
}

/**
 * The corpora each score is fitted on (the shared data README's mappings). The words-only SMS
 * variant and the confidence-1 subsets are the same texts again, so they are measured, not fitted.
 */
export const FIT_SETS: readonly FitSet[] = [
  { id: 'corporate-broadcast', corpus: 'corporateBroadcast', lang: 'en', score: 'broadcast' },
  { id: 'tweet-acts', corpus: 'tweetActs', lang: 'en', score: 'broadcast' },
  { id: 'corporate-pushiness', corpus: 'corporatePushiness', lang: 'en', score: 'pushiness' },
  { id: 'germeval', corpus: 'germeval', lang: 'de', score: 'pushiness' },
  { id: 'sms', corpus: 'sms', lang: 'en', score: 'pushiness' },
  { id: 'webis', corpus: 'webis', lang: 'en', score: 'missingValue' },
  { id: 'clickbait', corpus: 'headlines', lang: 'en', score: 'missingValue' },
];

interface Row {
  set: number;
  positive: boolean;
  /** Prior points added and relieved per rule id. */
  added: Map<string, number>;
  relieved: Map<string, number>;
}

export interface FitReport {
  findings: Record<string, number>;
  strengths: Record<string, number>;
  thresholds: Record<ScoreKey, Thresholds>;
  scale: Record<ScoreKey, number>;
  /** Per score and set: band shares of positives and negatives with the fitted weights and thresholds. */
  bands: Array<{ set: string; score: ScoreKey; pos: number[]; neg: number[] }>;
}

function scoreRows(corpora: Corpora, sets: readonly FitSet[]): Row[] {
  const rows: Row[] = [];
  sets.forEach((spec, set) => {
    const corpus: Deduped = corpora[spec.corpus];
    for (const { text, positive } of corpus.items) {
      const a = analyze(text, { lang: spec.lang, weights: 'prior' });
      const added = new Map<string, number>();
      const relieved = new Map<string, number>();
      for (const [rule, c] of Object.entries(a.contributions)) {
        if (c.score !== spec.score) continue;
        if (c.added !== 0) added.set(rule, c.added);
        if (c.relieved !== 0) relieved.set(rule, c.relieved);
      }
      rows.push({ set, positive, added, relieved });
    }
  });
  return rows;
}

export function fitWeights(corpora: Corpora): FitReport {
  const rows = scoreRows(corpora, FIT_SETS);
  const report: FitReport = {
    findings: {},
    strengths: {},
    thresholds: {} as Record<ScoreKey, Thresholds>,
    scale: {} as Record<ScoreKey, number>,
    bands: [],
  };
  for (const score of SCORE_KEYS) {
    const setIds = FIT_SETS.map((s, i) => (s.score === score ? i : -1)).filter((i) => i >= 0);
    const mine = rows.filter((r) => setIds.includes(r.set));
    const ruleIds = RULES.filter((r) => r.score === score && r.phase !== 'absence').map((r) => r.id);
    const held = RULES.filter((r) => r.score === score && r.phase === 'absence').map((r) => r.id);
    const heldPoints = (r: Row) => sum(held.map((id) => r.added.get(id) ?? 0));
    const findingRules = ruleIds.filter((id) => mine.some((r) => r.added.has(id)));
    const strengthRules = ruleIds.filter((id) => mine.some((r) => r.relieved.has(id)));
    const group = (r: Row) => setIds.indexOf(r.set);
    const weightOf = sampleWeights(mine);

    // 1. The scale from points to log-odds, every multiplier at its hand-set 1.
    const total = (r: Row) => sum(r.added.values()) - sum(r.relieved.values());
    const scaleFit = fitLogistic(
      mine.map((r, i) => ({ x: [total(r)], y: r.positive ? 1 : 0, group: group(r), weight: weightOf[i] })),
      { l2: 0, groups: setIds.length, nonNegative: [true] },
    );
    const k = Math.max(1e-6, scaleFit.weights[0] ?? 0);

    // 2. One multiplier per rule and strength, shrunk toward 1.
    const samples: Sample[] = mine.map((r, i) => ({
      x: [
        ...findingRules.map((id) => k * (r.added.get(id) ?? 0)),
        ...strengthRules.map((id) => -k * (r.relieved.get(id) ?? 0)),
      ],
      y: r.positive ? 1 : 0,
      group: group(r),
      weight: weightOf[i],
      offset: k * heldPoints(r),
    }));
    const p = findingRules.length + strengthRules.length;
    const model = fitLogistic(samples, {
      l2: LAMBDA,
      prior: new Array<number>(p).fill(1),
      nonNegative: new Array<boolean>(p).fill(true),
      groups: setIds.length,
    });
    findingRules.forEach((id, j) => {
      report.findings[id] = round2(model.weights[j] ?? 1);
    });
    strengthRules.forEach((id, j) => {
      report.strengths[id] = round2(model.weights[findingRules.length + j] ?? 1);
    });
    report.scale[score] = k;

    // 3. Thresholds from the fitted scores' negatives.
    const values = mine.map((r) =>
      squash(
        sumOver(r.added, (id) => report.findings[id] ?? 1) -
          sumOver(r.relieved, (id) => report.strengths[id] ?? 1),
      ),
    );
    // Each corpus's negatives, gathered once for the scan over thresholds.
    const negatives = setIds.map((set) =>
      values.filter((_, i) => mine[i]?.set === set && !mine[i]?.positive),
    );
    const thresholdFor = (allowed: number) => {
      for (let t = 1; t <= 100; t++) {
        if (negatives.every((negs) => negs.filter((v) => v >= t).length <= allowed * negs.length)) return t;
      }
      return 100;
    };
    const rework = Math.max(REWORK_FLOOR, thresholdFor(REWORK_NEGATIVES));
    const consider = Math.min(CONSIDER[score], rework);
    report.thresholds[score] = { consider, rework };
    for (const set of setIds) {
      const share = (positive: boolean) => {
        const v = values.filter((_, i) => mine[i]?.set === set && mine[i]?.positive === positive);
        const n = Math.max(1, v.length);
        return [
          v.filter((x) => x < consider).length / n,
          v.filter((x) => x >= consider && x < rework).length / n,
          v.filter((x) => x >= rework).length / n,
        ];
      };
      report.bands.push({ set: FIT_SETS[set]?.id ?? '?', score, pos: share(true), neg: share(false) });
    }
  }
  return report;
}

/** Each corpus weighs CORPUS_WEIGHT: half for its positives, half for its negatives. */
function sampleWeights(rows: readonly Row[]): number[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(`${r.set}:${r.positive}`, (counts.get(`${r.set}:${r.positive}`) ?? 0) + 1);
  return rows.map((r) => CORPUS_WEIGHT / 2 / (counts.get(`${r.set}:${r.positive}`) ?? 1));
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function sumOver(map: ReadonlyMap<string, number>, scale: (id: string) => number): number {
  let total = 0;
  for (const [id, v] of map) total += v * scale(id);
  return total;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The committed file's text for a fit. */
export function weightsFile(report: FitReport): string {
  const sorted = (o: Record<string, number>) =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return [
    '// Written by `npm run fit` (scripts/fit.ts) from the corpora in ../shared/data. Do not edit by hand:',
    "// a test fails when this file differs from a fresh fit. Multipliers on each rule's hand-set points",
    '// (findings) and relief (strengths); 1 = the hand-set value, 0 = the data says the rule adds nothing.',
    `export const FITTED_WEIGHTS = ${JSON.stringify({ findings: sorted(report.findings), strengths: sorted(report.strengths) }, null, 2)};`,
    '',
    '/** Band thresholds: "rework" leaves at most 5 % of every corpus\'s negatives (never below 55); "consider" is hand-set. */',
    `export const FITTED_THRESHOLDS = ${JSON.stringify(report.thresholds, null, 2)};`,
    '',
  ].join('\n');
}

function printReport(report: FitReport): void {
  const out: string[] = [];
  out.push(
    `Steady fit: lambda ${LAMBDA} toward the hand-set value, each corpus weighted ${formatInt(CORPUS_WEIGHT)}`,
  );
  for (const score of SCORE_KEYS) {
    out.push('');
    out.push(
      `${score}: scale ${fixed(report.scale[score], 4)} log-odds per point; thresholds consider ${report.thresholds[score].consider}, rework ${report.thresholds[score].rework}`,
    );
    const rows = [
      ...Object.entries(report.findings)
        .filter(([id]) => RULES.find((r) => r.id === id)?.score === score)
        .map(([id, m]) => [id, 'finding', fixed(m, 2)]),
      ...Object.entries(report.strengths)
        .filter(([id]) => RULES.find((r) => r.id === id)?.score === score)
        .map(([id, m]) => [id, 'strength', fixed(m, 2)]),
    ];
    out.push(textTable(['rule', 'as', 'multiplier'], rows, ['left', 'left', 'right']));
  }
  out.push('');
  out.push('Bands with the fitted weights and thresholds (share of each class in good / consider / rework):');
  const pct = (x: number) => `${fixed(100 * x, 0)} %`;
  out.push(
    textTable(
      ['corpus', 'score', 'pos good', 'pos consider', 'pos rework', 'neg good', 'neg consider', 'neg rework'],
      report.bands.map((b) => [b.set, b.score, ...b.pos.map(pct), ...b.neg.map(pct)]),
      ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
    ),
  );
  console.log(out.join('\n'));
}

function main(): void {
  const dir = resolveDataDir();
  const problem = checkDataDir(dir);
  if (problem !== null) {
    process.stderr.write(`fit: ${problem}\n`);
    process.exit(2);
  }
  const report = fitWeights(loadCorpora(dir));
  const text = weightsFile(report);
  if (process.argv.includes('--check')) {
    if (readFileSync(WEIGHTS_FILE, 'utf8') !== text) {
      process.stderr.write('fit: lib/scoring/weights.generated.ts is stale: run npm run fit\n');
      process.exit(1);
    }
    console.log('fit: lib/scoring/weights.generated.ts is current');
    return;
  }
  printReport(report);
  writeFileSync(WEIGHTS_FILE, text);
  console.log(`\nwrote ${WEIGHTS_FILE}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
