/**
 * `npm run eval`: measures how well the scorer ranks labelled public corpora (see ../shared/data/README.md).
 * Prints AUC with a stratified bootstrap 95 % CI next to two trivial baselines, and whether each goal is
 * met. Exits 0 even when goals are missed (it is a measurement), 2 when the data is missing.
 *
 *   npm run eval                     table
 *   npm run eval -- --errors         plus mean score per class and the worst-ranked examples
 *   npm run eval -- --json           machine-readable results
 *   npm run eval -- --resamples 5000 --seed 7
 */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/scoring/analyze';
import { LANGUAGES, PLATFORMS, type Platform, SCORE_KEYS, type ScoreKey } from '../lib/scoring/types';
import { type Corpora, checkDataDir, type Deduped, loadCorpora, resolveDataDir } from './eval/datasets';
import { type EvaluateOptions, evaluateTask, snippet, type TaskResult } from './eval/evaluate';
import { fixed, formatInt, textTable } from './eval/table';

type CorpusKey = Exclude<keyof Corpora, 'dir'>;

interface TaskSpec {
  id: string;
  dataset: string;
  corpus: CorpusKey;
  score: ScoreKey;
  /** Minimum AUC; null for a secondary measurement without a goal. */
  goal: number | null;
  positive: string;
}

const TASKS: readonly TaskSpec[] = [
  { id: 'sms', dataset: 'SMS spam', corpus: 'sms', score: 'pushiness', goal: 0.97, positive: 'spam' },
  {
    id: 'sms-words',
    dataset: 'SMS spam, words only',
    corpus: 'smsWordsOnly',
    score: 'pushiness',
    goal: 0.9,
    positive: 'spam',
  },
  {
    id: 'clickbait',
    dataset: 'clickbait vs news',
    corpus: 'headlines',
    score: 'missingValue',
    goal: 0.9,
    positive: 'clickbait',
  },
  {
    id: 'clickbait-pushiness',
    dataset: 'clickbait vs news',
    corpus: 'headlines',
    score: 'pushiness',
    goal: null,
    positive: 'clickbait',
  },
  {
    id: 'tweet-acts',
    dataset: 'tweet acts',
    corpus: 'tweetActs',
    score: 'broadcast',
    goal: 0.85,
    positive: 'STM vs QUE+REQ+SUG',
  },
];

interface Args {
  json: boolean;
  errors: boolean;
  resamples: number;
  seed: number;
}

const USAGE = 'usage: npm run eval -- [--json] [--errors] [--resamples N (>= 1000)] [--seed N]';

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, errors: false, resamples: 2000, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const numberAfter = (): number => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value)) fail(`${arg} needs an integer\n${USAGE}`);
      return value;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--errors') args.errors = true;
    else if (arg === '--resamples') args.resamples = numberAfter();
    else if (arg === '--seed') args.seed = numberAfter();
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${arg}\n${USAGE}`);
  }
  if (args.resamples < 1000) fail(`--resamples must be at least 1000\n${USAGE}`);
  return args;
}

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

interface CorpusScores {
  scores: Record<ScoreKey, number[]>;
  outOfRange: number;
}

/** Runs the scorer once per text; every task on the same corpus reuses these scores. */
function scoreCorpus(corpus: Deduped, name: string): CorpusScores {
  const scores: Record<ScoreKey, number[]> = { broadcast: [], pushiness: [], missingValue: [] };
  let outOfRange = 0;
  corpus.items.forEach(({ text }, i) => {
    let analysis: ReturnType<typeof analyze>;
    try {
      analysis = analyze(text, { lang: 'en' });
    } catch (error) {
      throw new Error(`analyze threw on ${name} text #${i}: ${JSON.stringify(snippet(text, 80))}`, {
        cause: error,
      });
    }
    for (const key of SCORE_KEYS) {
      const value: unknown = analysis.scores[key]?.value;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new Error(`analyze returned ${String(value)} as ${key} for ${name} text #${i}`);
      }
      if (value < 0 || value > 100) outOfRange++;
      scores[key].push(value);
    }
  });
  return { scores, outOfRange };
}

interface Result extends TaskResult {
  spec: TaskSpec;
  pass: boolean | null;
}

/**
 * The blind, hand-labelled brand posts (eval/brand-posts.jsonl, en/de/nl): scored the way the
 * extension scores a draft (language detected, the post's platform), one row per language and
 * score. Information, not goals: 60 posts per language give wide intervals.
 */
interface BrandPost {
  lang: string;
  platform: Platform | undefined;
  text: string;
  labels: Record<ScoreKey, 'high' | 'low'>;
}

interface BrandRow {
  lang: string;
  score: ScoreKey;
  result: TaskResult;
  detected: number;
}

function loadBrandPosts(): BrandPost[] {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'eval', 'brand-posts.jsonl');
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as BrandPost);
}

function evaluateBrandPosts(options: EvaluateOptions): BrandRow[] {
  const posts = loadBrandPosts();
  const analyses = posts.map((p) =>
    analyze(
      p.text,
      p.platform && (PLATFORMS as readonly string[]).includes(p.platform) ? { platform: p.platform } : {},
    ),
  );
  const rows: BrandRow[] = [];
  for (const lang of [...LANGUAGES, 'all']) {
    const idx = posts.map((p, i) => (lang === 'all' || p.lang === lang ? i : -1)).filter((i) => i >= 0);
    const detected = idx.filter((i) => analyses[i]?.language === posts[i]?.lang).length;
    for (const score of SCORE_KEYS) {
      const items = idx.map((i) => ({
        text: posts[i]?.text ?? '',
        positive: posts[i]?.labels[score] === 'high',
      }));
      const scores = idx.map((i) => analyses[i]?.scores[score].value ?? 0);
      rows.push({
        lang,
        score,
        result: evaluateTask(items, scores, options),
        detected: detected / idx.length,
      });
    }
  }
  return rows;
}

function brandTable(rows: readonly BrandRow[]): string {
  return textTable(
    ['brand posts', 'score', 'n high', 'n low', 'AUC', '95% CI', 'mean high', 'mean low', 'lang detected'],
    rows.map((r) => [
      r.lang,
      r.score,
      formatInt(r.result.nPos),
      formatInt(r.result.nNeg),
      fixed(r.result.auc, 3),
      `[${fixed(r.result.ci.low, 3)}, ${fixed(r.result.ci.high, 3)}]`,
      fixed(r.result.meanScore.positive, 1),
      fixed(r.result.meanScore.negative, 1),
      `${fixed(r.detected * 100, 0)} %`,
    ]),
    ['left', 'left', 'right', 'right', 'right', 'left', 'right', 'right', 'right'],
  );
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = resolveDataDir();
  const problem = checkDataDir(dataDir);
  if (problem !== null) fail(problem);

  const corpora = loadCorpora(dataDir);
  const corpusKeys = [...new Set(TASKS.map((task) => task.corpus))];
  const scored = new Map<CorpusKey, CorpusScores>();
  const scoringStarted = performance.now();
  let textsScored = 0;
  for (const key of corpusKeys) {
    scored.set(key, scoreCorpus(corpora[key], key));
    textsScored += corpora[key].items.length;
  }
  const scoringMs = performance.now() - scoringStarted;

  const options: EvaluateOptions = { resamples: args.resamples, seed: args.seed, level: 0.95, examples: 5 };
  const results: Result[] = TASKS.map((spec) => {
    const scores = scored.get(spec.corpus)?.scores[spec.score] ?? [];
    const result = evaluateTask(corpora[spec.corpus].items, scores, options);
    return { ...result, spec, pass: spec.goal === null ? null : result.auc >= spec.goal };
  });
  const brandRows = evaluateBrandPosts(options);
  const outOfRange = [...scored.values()].reduce((sum, s) => sum + s.outOfRange, 0);
  // performance.now() counts from process start, so this includes tsx and loading the scorer.
  const totalMs = performance.now();

  if (args.json) {
    printJson(results, corpora, args, { totalMs, scoringMs, textsScored, outOfRange }, brandRows);
  } else {
    printText(results, corpora, args, { totalMs, scoringMs, textsScored, outOfRange });
    console.log(
      `\nBlind hand-labelled brand posts (eval/brand-posts.jsonl; language detected, platform as labelled):\n${brandTable(brandRows)}`,
    );
  }
}

interface Timing {
  totalMs: number;
  scoringMs: number;
  textsScored: number;
  outOfRange: number;
}

function corpusSummary(c: Corpora): string {
  const d = (label: string, x: Deduped, unit = 'rows'): string =>
    `${label} ${formatInt(x.rows)} ${unit} -> ${formatInt(x.items.length)} unique (${x.conflicts} label conflicts)`;
  return [
    d('SMS', c.sms),
    d('SMS words-only', c.smsWordsOnly, 'non-empty'),
    d('headlines', c.headlines),
    d('tweet acts STM/QUE/REQ/SUG', c.tweetActs),
  ].join('\n  ');
}

function printText(results: readonly Result[], corpora: Corpora, args: Args, timing: Timing): void {
  const out: string[] = [];
  out.push(`Steady eval: lib/scoring/analyze.ts with lang 'en', data ${corpora.dir}`);
  out.push(`  ${corpusSummary(corpora)}`);
  out.push('');
  const flip = (x: number): string => `${fixed(x, 3)}${x < 0.5 ? '*' : ''}`;
  out.push(
    textTable(
      [
        'dataset',
        'positive',
        'score',
        'n pos',
        'n neg',
        'AUC',
        '95% CI',
        'goal',
        'result',
        'len AUC',
        'punct AUC',
      ],
      results.map((r) => [
        r.spec.dataset,
        r.spec.positive,
        r.spec.score,
        formatInt(r.nPos),
        formatInt(r.nNeg),
        fixed(r.auc, 3),
        `[${fixed(r.ci.low, 3)}, ${fixed(r.ci.high, 3)}]`,
        r.spec.goal === null ? '-' : `>= ${r.spec.goal.toFixed(2)}`,
        r.pass === null ? '(info)' : r.pass ? 'pass' : 'MISSED',
        flip(r.baselines.length),
        flip(r.baselines.punctuation),
      ]),
      ['left', 'left', 'left', 'right', 'right', 'right', 'left', 'left', 'left', 'right', 'right'],
    ),
  );
  out.push('');
  out.push(
    `AUC: Mann-Whitney, ties averaged; CI: ${formatInt(args.resamples)} stratified bootstrap resamples, seed ${args.seed}, percentile.`,
  );
  out.push(
    'Baselines on the same texts: len = length in code points; punct = share of code points that are ! ? 0-9, a currency',
  );
  out.push(
    '  symbol or an uppercase letter. * below 0.5: that baseline ranks the classes the other way (1 - AUC if flipped).',
  );
  if (timing.outOfRange > 0) out.push(`WARNING: ${timing.outOfRange} scores fell outside 0-100.`);

  if (args.errors) {
    for (const r of results) {
      out.push('');
      out.push(`== ${r.spec.score} on ${r.spec.dataset} (positive: ${r.spec.positive}) ==`);
      out.push(
        `mean score: positive ${fixed(r.meanScore.positive, 1)}, negative ${fixed(r.meanScore.negative, 1)}`,
      );
      out.push('highest-scored negatives:');
      for (const e of r.worst.negatives) out.push(`  ${fixed(e.score, 1).padStart(5)}  ${snippet(e.text)}`);
      out.push('lowest-scored positives:');
      for (const e of r.worst.positives) out.push(`  ${fixed(e.score, 1).padStart(5)}  ${snippet(e.text)}`);
    }
  }

  out.push('');
  const goals = results.filter((r) => r.pass !== null);
  const missed = goals.filter((r) => r.pass === false);
  out.push(
    missed.length === 0
      ? `All ${goals.length} goals met.`
      : `MISSED ${missed.length} of ${goals.length} goals: ${missed
          .map((r) => `${r.spec.score} on ${r.spec.dataset} ${fixed(r.auc, 3)} < ${r.spec.goal?.toFixed(2)}`)
          .join('; ')}`,
  );
  out.push(
    `Scored ${formatInt(timing.textsScored)} texts in ${(timing.scoringMs / 1000).toFixed(1)} s ` +
      `(${fixed(timing.scoringMs / Math.max(1, timing.textsScored), 3)} ms/text); whole eval ${(timing.totalMs / 1000).toFixed(1)} s since process start.`,
  );
  console.log(out.join('\n'));
}

function printJson(
  results: readonly Result[],
  corpora: Corpora,
  args: Args,
  timing: Timing,
  brandRows: readonly BrandRow[],
): void {
  const round = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : null);
  const corpus = (x: Deduped) => ({ rows: x.rows, unique: x.items.length, conflicts: x.conflicts });
  const json = {
    dataDir: corpora.dir,
    lang: 'en',
    node: process.version,
    date: new Date().toISOString(),
    bootstrap: { resamples: args.resamples, seed: args.seed, level: 0.95, stratified: true },
    corpora: {
      sms: corpus(corpora.sms),
      smsWordsOnly: corpus(corpora.smsWordsOnly),
      headlines: corpus(corpora.headlines),
      tweetActs: corpus(corpora.tweetActs),
    },
    tasks: results.map((r) => ({
      id: r.spec.id,
      dataset: r.spec.dataset,
      positive: r.spec.positive,
      score: r.spec.score,
      nPos: r.nPos,
      nNeg: r.nNeg,
      auc: round(r.auc),
      ci95: [round(r.ci.low), round(r.ci.high)],
      goal: r.spec.goal,
      pass: r.pass,
      baselines: { length: round(r.baselines.length), punctuation: round(r.baselines.punctuation) },
      meanScore: { positive: round(r.meanScore.positive), negative: round(r.meanScore.negative) },
      ...(args.errors ? { worst: r.worst } : {}),
    })),
    brandPosts: brandRows.map((r) => ({
      lang: r.lang,
      score: r.score,
      nHigh: r.result.nPos,
      nLow: r.result.nNeg,
      auc: round(r.result.auc),
      ci95: [round(r.result.ci.low), round(r.result.ci.high)],
      languageDetected: round(r.detected),
    })),
    goalsMissed: results.filter((r) => r.pass === false).map((r) => r.spec.id),
    scoresOutOfRange: timing.outOfRange,
    timing: {
      totalMs: Math.round(timing.totalMs),
      scoringMs: Math.round(timing.scoringMs),
      textsScored: timing.textsScored,
      msPerText: round(timing.scoringMs / Math.max(1, timing.textsScored)),
    },
  };
  console.log(JSON.stringify(json, null, 2));
}

main();
