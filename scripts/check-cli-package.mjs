/**
 * `npm run test:cli-package`: proves the `steady` command works the way a user installs it,
 * without this checkout's dev dependencies: `npm pack` (which builds dist/cli.mjs), then
 * `npm install --omit=dev` of the tarball into an empty folder, then `steady score "…"` from there.
 * Needs the npm registry (or npm's cache) for the package's dependencies; fails loudly otherwise.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'steady-pack-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function step(what, cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) {
    process.stderr.write(`check-cli-package: ${what} failed (exit ${r.status})\n${r.stdout}\n${r.stderr}\n`);
    process.exit(1);
  }
  return r;
}

try {
  step('npm pack', npm, ['pack', '--silent', '--pack-destination', work], root);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  const app = join(work, 'app');
  step('mkdir', 'mkdir', ['-p', app], work);
  writeFileSync(join(app, 'package.json'), '{"name":"steady-install-check","private":true}\n');
  step(
    'npm install --omit=dev',
    npm,
    ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)],
    app,
  );
  const bin = join(app, 'node_modules', '.bin', 'steady');
  const r = step(
    'steady score',
    bin,
    ['score', '--format', 'jsonl', 'Buy now!!! Last chance, link in bio'],
    app,
  );
  const result = JSON.parse(r.stdout);
  if (typeof result.scores?.pushiness !== 'number') throw new Error(`unexpected output: ${r.stdout}`);
  const tree = step('npm ls', npm, ['ls', '--all', '--omit=dev', '--parseable'], app).stdout;
  for (const unwanted of ['/wxt', '/compromise', '/tsx', '/vite']) {
    if (tree.split('\n').some((p) => p.endsWith(`/node_modules${unwanted}`)))
      throw new Error(`${unwanted.slice(1)} is in the production tree`);
  }
  process.stdout.write(
    `check-cli-package: ok (${tarball}, installed with --omit=dev; steady score: pushiness ${result.scores.pushiness})\n`,
  );
} catch (e) {
  process.stderr.write(`check-cli-package: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
