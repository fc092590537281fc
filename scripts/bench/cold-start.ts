/**
 * Import plus first call, each in a fresh `node` process, so nothing is warm but the OS file cache.
 * The module is first bundled with esbuild (it ships with vite) into one minified ESM file, which is
 * close to what the extension loads and keeps tsx's on-the-fly compilation out of the figure. If
 * esbuild is unavailable or fails, it falls back to tsx's loader and says so.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../eval/datasets';
import { rotation } from './runner';
import { median } from './stats';

export interface ColdTarget {
  id: string;
  label: string;
  /** Module source for esbuild's stdin entry, resolved from the repository root. */
  entry: string;
  /** Same module for the tsx fallback: a file path relative to the repository root, or a package name. */
  fallbackSpecifier: string;
  /** The export to call once with the sample text. */
  exportName: string;
}

export interface ColdResult {
  id: string;
  label: string;
  how: string;
  /** Bundle size in bytes, when bundled. */
  bytes: number | null;
  runs: number[];
  median: number;
  error: string | null;
}

// Runs in the child. performance.now() starts at process start; the difference excludes node's own boot.
const CHILD = `
const [url, exportName, text] = process.argv.slice(-3);
const t0 = performance.now();
const mod = await import(url);
const fn = mod[exportName];
if (typeof fn !== 'function') throw new Error('no function export ' + exportName);
fn(text);
process.stdout.write(JSON.stringify({ ms: performance.now() - t0 }));
`;

export async function measureColdStarts(
  targets: readonly ColdTarget[],
  sample: string,
  runs: number,
): Promise<ColdResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'steady-bench-'));
  try {
    const prepared = await Promise.all(targets.map((target) => prepare(target, dir)));
    const results = new Map(
      prepared.map((p) => [p.target.id, { runs: [] as number[], error: p.error as string | null }]),
    );
    // One discarded run each fills the OS file cache; then alternate the order per run, like the in-process rounds.
    for (let r = -1; r < runs; r++) {
      for (const p of rotation(prepared, r + 1)) {
        const result = results.get(p.target.id);
        if (result === undefined || result.error !== null || p.url === null) continue;
        const outcome = runChild(p, sample);
        if (typeof outcome === 'string') result.error = outcome;
        else if (r >= 0) result.runs.push(outcome);
      }
    }
    return prepared.map((p) => {
      const result = results.get(p.target.id) ?? { runs: [], error: 'not run' };
      return {
        id: p.target.id,
        label: p.target.label,
        how: p.how,
        bytes: p.bytes,
        runs: result.runs,
        median: median(result.runs),
        error: result.error,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Prepared {
  target: ColdTarget;
  how: string;
  url: string | null;
  bytes: number | null;
  /** Extra node flags (the tsx loader in the fallback). */
  nodeArgs: string[];
  error: string | null;
}

async function prepare(target: ColdTarget, dir: string): Promise<Prepared> {
  const outfile = join(dir, `${target.id}.mjs`);
  try {
    const esbuild = await import('esbuild');
    await esbuild.build({
      stdin: {
        contents: target.entry,
        resolveDir: REPO_ROOT,
        sourcefile: `${target.id}-entry.ts`,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      minify: true,
      outfile,
      logLevel: 'silent',
      tsconfig: join(REPO_ROOT, 'tsconfig.json'),
    });
    return {
      target,
      how: `esbuild ${esbuild.version} bundle, minified ESM`,
      url: pathToFileURL(outfile).href,
      bytes: statSync(outfile).size,
      nodeArgs: [],
      error: null,
    };
  } catch (error) {
    const reason = describeBuildError(error);
    const spec = target.fallbackSpecifier;
    const url = spec.startsWith('.') ? pathToFileURL(join(REPO_ROOT, spec)).href : spec;
    return {
      target,
      how: `tsx loader, not bundled (esbuild failed: ${reason})`,
      url,
      bytes: null,
      nodeArgs: ['--import', 'tsx'],
      error: null,
    };
  }
}

/** esbuild's first structured error text ("Could not resolve …") beats its generic "Build failed" line. */
function describeBuildError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'errors' in error && Array.isArray(error.errors)) {
    const first: unknown = error.errors[0];
    if (typeof first === 'object' && first !== null && 'text' in first && typeof first.text === 'string') {
      return first.text;
    }
  }
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/** Milliseconds, or an error message. */
function runChild(p: Prepared, sample: string): number | string {
  if (p.url === null) return 'nothing to import';
  const child = spawnSync(
    process.execPath,
    [...p.nodeArgs, '--input-type=module', '-e', CHILD, p.url, p.target.exportName, sample],
    { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
  );
  if (child.status !== 0) {
    const stderr = (child.stderr ?? '').trim().split('\n');
    return `child exited ${child.status ?? child.signal}: ${stderr.find((l) => /Error/.test(l)) ?? stderr[0] ?? ''}`;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(child.stdout);
  } catch {
    return `unreadable child output ${JSON.stringify(child.stdout.slice(0, 80))}`;
  }
  if (typeof parsed === 'object' && parsed !== null && 'ms' in parsed && typeof parsed.ms === 'number') {
    return parsed.ms;
  }
  return `unexpected child output ${child.stdout.slice(0, 80)}`;
}

export const COLD_TARGETS: readonly ColdTarget[] = [
  {
    id: 'steady',
    label: 'Steady: import + first analyze()',
    entry: "export { analyze } from './lib/scoring/analyze';",
    fallbackSpecifier: './lib/scoring/analyze.ts',
    exportName: 'analyze',
  },
  {
    id: 'compromise',
    label: 'compromise: import + first nlp()',
    entry: "export { default as nlp } from 'compromise';",
    fallbackSpecifier: 'compromise',
    exportName: 'nlp',
  },
];
