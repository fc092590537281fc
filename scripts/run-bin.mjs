// Runs a binary from node_modules/.bin in the repository root with inherited stdio and returns its
// exit code; shared by the e2e runners (scripts/e2e.mjs, scripts/e2e-firefox.mjs).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function runBin(name, args) {
  const bin = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
  const result = spawnSync(bin, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}
