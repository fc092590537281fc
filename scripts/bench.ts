/**
 * `npm run bench`: Steady's full scorer against bare peers in one process, interleaved fairly, on the
 * 5,171 unique SMS texts and on synthetic brand drafts; then import + first call in fresh processes.
 * Prints Markdown tables the README can paste. `--quick` runs a fifth of the SMS and shorter budgets.
 * Every run ends with the hostile drafts (scripts/bench/adversarial.ts, goal <= 50 ms each);
 * `--adversarial` runs only those. With the browser measurements comes team sync at scale
 * (scripts/bench/sync.ts: 20,000 events replicated from scratch, the popup summary over them);
 * `--sync` runs only that.
 */

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/scoring/analyze';
import { buildFixtures } from '../tests/e2e/fixtures/build';
import { ADVERSARIAL_CHARS, adversarialShapes } from './bench/adversarial';
import { COLD_TARGETS, type ColdResult, measureColdStarts } from './bench/cold-start';
import { BRAND_SENTENCES, buildDraft, DRAFT_LENGTHS } from './bench/drafts';
import { machine } from './bench/machine';
import {
  compromisePeer,
  isPeer,
  loadHarper,
  loadWriteGood,
  type Peer,
  steadyPeer,
  type Unavailable,
} from './bench/peers';
import { runInterleaved, stridedSlices } from './bench/runner';
import { type Summary, summarize } from './bench/stats';
import { benchSync, syncTable } from './bench/sync';
import { benchTyping, typingTables } from './bench/typing';
import { checkDataDir, DATA_FILES, loadSms, resolveDataDir } from './eval/datasets';
import { formatInt, markdownTable } from './eval/table';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const GOALS = { smsRatio: 0.5, longDraftMs: 50, coldStartMs: 100, adversarialMs: 50 } as const;
const LONG_DRAFT = 25_000;

interface Args {
  quick: boolean;
  /** Only the hostile drafts. */
  adversarial: boolean;
  /** Also measure the compose-box coach in Chromium (default; --no-browser skips it). */
  browser: boolean;
  /** Only team sync at scale. */
  sync: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { quick: false, adversarial: false, browser: true, sync: false };
  for (const arg of argv) {
    if (arg === '--quick') args.quick = true;
    else if (arg === '--adversarial') args.adversarial = true;
    else if (arg === '--no-browser') args.browser = false;
    else if (arg === '--sync') args.sync = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run bench -- [--quick] [--adversarial] [--no-browser] [--sync]');
      process.exit(0);
    } else {
      process.stderr.write(
        `bench: unknown argument ${arg}\nusage: npm run bench -- [--quick] [--adversarial] [--no-browser] [--sync]\n`,
      );
      process.exit(2);
    }
  }
  return args;
}

const progress = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};

interface Row {
  input: string;
  calls: string;
  summaries: Map<string, Summary>;
  note: string;
}

/**
 * `analyze()` on each hostile shape: one unmeasured call, then `runs` measured ones, one shape at a
 * time (they share no state, so there is nothing to interleave against).
 */
function benchAdversarial(runs: number): string {
  progress(`hostile drafts: ${adversarialShapes().length} shapes x ${runs} runs`);
  const rows: string[][] = [];
  let worst = 0;
  for (const { name, text } of adversarialShapes()) {
    analyze(text);
    const samples: number[] = [];
    let truncated = false;
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      truncated = analyze(text).truncated;
      samples.push(performance.now() - t);
    }
    const s = summarize(samples);
    worst = Math.max(worst, s.median);
    rows.push([
      name,
      formatInt(text.length),
      truncated ? 'yes' : 'no',
      cell(s),
      s.median <= GOALS.adversarialMs ? 'pass' : 'MISSED',
    ]);
  }
  return [
    `### Hostile drafts (${formatInt(ADVERSARIAL_CHARS)} characters each unless named), analyze() in ms`,
    '',
    markdownTable(['shape', 'chars', 'cut', 'median / p95', `goal <= ${GOALS.adversarialMs} ms`], rows, [
      'left',
      'right',
      'left',
      'right',
      'left',
    ]),
    '',
    `Worst median: ${ms(worst)} ms. analyze() keeps the first 50,000 characters and 6,000 tokens (truncated: true).`,
  ].join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.sync) {
    buildExtension();
    console.log(await teamSyncSection());
    progress(`done in ${(performance.now() / 1000).toFixed(1)} s`);
    return;
  }
  if (args.adversarial) {
    console.log(benchAdversarial(args.quick ? 5 : 15));
    progress(`done in ${(performance.now() / 1000).toFixed(1)} s`);
    return;
  }
  const dataDir = resolveDataDir();
  const problem = checkDataDir(dataDir, [DATA_FILES.sms]);
  if (problem !== null) {
    process.stderr.write(`bench: ${problem}\n`);
    process.exit(2);
  }
  const sms = loadSms(dataDir).items.map((item) => item.text);

  progress('loading peers (harper.js compiles its wasm once, ~1 s)');
  const optional = [loadWriteGood(), await loadHarper()];
  const peers: Peer[] = [steadyPeer, compromisePeer, ...optional.filter(isPeer)];
  const unavailable: Unavailable[] = optional.filter((x): x is Unavailable => !isPeer(x));
  const columns: (Peer | Unavailable)[] = [steadyPeer, compromisePeer, ...optional];

  const rows: Row[] = [];

  // SMS: five strided slices, one per round, so every peer scores every message once and no message
  // repeats (a scorer that memoised the last text would otherwise look faster than it is).
  const slices = stridedSlices(sms, 5);
  const smsRounds = args.quick ? 1 : slices.length;
  const smsCount = slices.slice(0, smsRounds).reduce((n, s) => n + s.length, 0);
  progress(`SMS: ${formatInt(smsCount)} texts x ${peers.length} peers in ${smsRounds} interleaved rounds`);
  const smsResult = await runInterleaved(
    peers,
    {
      inputs: (r) => slices[r] ?? [],
      warmupRounds: 1,
      warmupInputs: sms.slice(0, 300),
      minRounds: smsRounds,
      maxRounds: smsRounds,
      budgetMs: Number.POSITIVE_INFINITY,
    },
    (r) => progress(`  SMS round ${r + 1}/${smsRounds}`),
  );
  rows.push({
    input: `SMS, ${formatInt(sms.length)} unique${args.quick ? ' (quick: 1/5)' : ''}`,
    calls: `${formatInt(smsCount)} x 1`,
    summaries: summaries(smsResult.samples),
    note: '',
  });

  // Drafts: each round takes the same length but starts the sentence cycle elsewhere, again so no text repeats.
  for (const length of DRAFT_LENGTHS) {
    const variants = BRAND_SENTENCES.map((_, offset) => buildDraft(length, offset));
    const maxRounds = length >= LONG_DRAFT ? 20 : length >= 3000 ? 80 : length >= 1300 ? 150 : 300;
    progress(`draft ${formatInt(length)} chars: up to ${maxRounds} rounds`);
    const result = await runInterleaved(peers, {
      inputs: (r) => [variants[r % variants.length] ?? ''],
      warmupRounds: 2,
      warmupInputs: variants.slice(0, 2),
      minRounds: 5,
      maxRounds: args.quick ? Math.min(maxRounds, 10) : maxRounds,
      budgetMs: args.quick ? 1500 : 6000,
    });
    const truncated = analyze(variants[0] ?? '').truncated;
    rows.push({
      input: `draft, ${formatInt(length)} chars`,
      calls: `1 x ${result.rounds}`,
      summaries: summaries(result.samples),
      note: truncated ? 'Steady scored only the first part (truncated: true)' : '',
    });
  }

  progress(`import + first call in fresh processes (${args.quick ? 3 : 5} runs each, plus one discarded)`);
  const cold = await measureColdStarts(COLD_TARGETS, buildDraft(280), args.quick ? 3 : 5);

  console.log(report(rows, columns, unavailable, cold));
  console.log(`\n${benchAdversarial(args.quick ? 5 : 15)}`);

  if (args.browser) {
    // The coach on the page: builds the extension first, like npm run test:e2e.
    buildExtension();
    await buildFixtures();
    const typing = await benchTyping(args.quick ? 2 : 4, progress);
    const { markdown, goals } = typingTables(typing);
    console.log(
      [
        '',
        '### The compose-box coach in Chromium (fixture sites, with vs without the extension)',
        '',
        markdown,
        '',
        markdownTable(
          ['goal', 'measured', 'target', 'result'],
          goals.map(([goal, measured, target, ok]) => [goal, measured, target, ok ? 'pass' : 'MISSED']),
          ['left', 'right', 'right', 'left'],
        ),
      ].join('\n'),
    );
    console.log(await teamSyncSection());
  }
  progress(`done in ${(performance.now() / 1000).toFixed(1)} s`);
}

function buildExtension(): void {
  progress('building the extension (wxt build) for the browser measurements');
  const built = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  if (built.status !== 0) throw new Error('wxt build failed; run it to see why');
}

async function teamSyncSection(): Promise<string> {
  const result = await benchSync(join(ROOT, '.output', 'chrome-mv3'), progress);
  return ['', '### Team sync at scale (20 members, a year of posts)', '', syncTable(result)].join('\n');
}

function summaries(samples: Map<string, number[]>): Map<string, Summary> {
  return new Map([...samples].map(([id, s]) => [id, summarize(s)]));
}

/** Milliseconds: 1 decimal from 100 ms, 2 from 1 ms, 3 from 0.01 ms, then 2 significant digits. */
function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (x >= 100) return x.toFixed(1);
  if (x >= 1) return x.toFixed(2);
  if (x >= 0.01 || x === 0) return x.toFixed(3);
  return x.toPrecision(2);
}

function ratio(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return `${x >= 0.1 || x === 0 ? x.toFixed(2) : x.toPrecision(2)}x`;
}

function report(
  rows: readonly Row[],
  columns: readonly (Peer | Unavailable)[],
  unavailable: readonly Unavailable[],
  cold: readonly ColdResult[],
): string {
  const m = machine();
  const out: string[] = [];
  out.push(`### Steady bench, ${m.date}`);
  out.push('');
  out.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.os}, Node ${m.node}. One process, peers interleaved per round`,
  );
  out.push('in rotating order after warm-up. Per-draft time in ms as median / p95 (nearest rank);');
  out.push('ratio = Steady median / peer median (below 1: Steady is faster).');
  out.push('');

  const peersAfterSteady = columns.filter((c) => c.id !== 'steady');
  const header = ['input', 'drafts x rounds', 'Steady analyze()'];
  for (const c of peersAfterSteady) header.push(c.label, 'ratio');
  const body = rows.map((row) => {
    const steady = row.summaries.get('steady');
    const cells = [row.input + (row.note ? ` (${row.note})` : ''), row.calls, cell(steady)];
    for (const c of peersAfterSteady) {
      const s = row.summaries.get(c.id);
      if (s === undefined || !isPeer(c)) {
        cells.push('n/a', '');
        continue;
      }
      cells.push(cell(s), steady === undefined ? '' : ratio(steady.median / s.median));
    }
    return cells;
  });
  out.push(markdownTable(header, body, ['left', 'right', ...header.slice(2).map(() => 'right' as const)]));
  for (const u of unavailable) out.push('', `${u.label}: n/a (${u.reason})`);
  out.push('');

  out.push(
    markdownTable(
      ['import + first call, fresh node process', 'how', 'runs (ms)', 'median (ms)'],
      cold.map((c) => [
        c.label,
        c.how + (c.bytes === null ? '' : `, ${(c.bytes / 1024).toFixed(0)} kB`),
        c.error ?? c.runs.map((r) => r.toFixed(0)).join(', '),
        c.error === null ? ms(c.median) : 'n/a',
      ]),
      ['left', 'left', 'left', 'right'],
    ),
  );
  out.push('');

  const smsRow = rows[0];
  const smsSteady = smsRow?.summaries.get('steady')?.median ?? Number.NaN;
  const smsCompromise = smsRow?.summaries.get('compromise')?.median ?? Number.NaN;
  const smsRatio = smsSteady / smsCompromise;
  const longSteady =
    rows.find((r) => r.input.startsWith(`draft, ${formatInt(LONG_DRAFT)}`))?.summaries.get('steady')
      ?.median ?? Number.NaN;
  const coldSteady = cold.find((c) => c.id === 'steady');
  const coldMs = coldSteady?.error === null ? coldSteady.median : Number.NaN;
  const verdict = (ok: boolean, measurable: boolean): string =>
    !measurable ? 'n/a' : ok ? 'pass' : 'MISSED';
  out.push(
    markdownTable(
      ['goal', 'measured', 'target', 'result'],
      [
        [
          'full scoring per SMS vs compromise bare parse (medians)',
          `${ratio(smsRatio)} (${ms(smsSteady)} vs ${ms(smsCompromise)} ms)`,
          `<= ${GOALS.smsRatio}x`,
          verdict(smsRatio <= GOALS.smsRatio, Number.isFinite(smsRatio)),
        ],
        [
          `${formatInt(LONG_DRAFT)}-character draft, median`,
          `${ms(longSteady)} ms`,
          `<= ${GOALS.longDraftMs} ms`,
          verdict(longSteady <= GOALS.longDraftMs, Number.isFinite(longSteady)),
        ],
        [
          'import + first analyze(), fresh process, median',
          `${ms(coldMs)} ms`,
          `<= ${GOALS.coldStartMs} ms`,
          verdict(coldMs <= GOALS.coldStartMs, Number.isFinite(coldMs)),
        ],
      ],
      ['left', 'right', 'right', 'left'],
    ),
  );
  return out.join('\n');
}

function cell(s: Summary | undefined): string {
  return s === undefined ? 'n/a' : `${ms(s.median)} / ${ms(s.p95)}`;
}

await main();
