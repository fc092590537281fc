/**
 * `npm run build:cli`: bundles the `steady` command (cli/bin.ts and everything it imports, the
 * scorer, its word lists, re2js, tinyld) into one ES module, dist/cli.mjs, that plain Node runs.
 * package.json's `bin` points at it; `npm start`, `npm test` and `npm pack` build it first.
 */
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(root, 'dist', 'cli.mjs');

/**
 * twitter-text (lib/count, X's weighted count) requires `punycode`, the npm package it depends on.
 * For `platform: 'node'` esbuild takes that name for Node's own deprecated module and leaves a
 * `require` an ES module cannot run; this resolves it to the package instead, so it is bundled.
 */
const userlandPunycode = {
  name: 'userland-punycode',
  setup(b) {
    b.onResolve({ filter: /^punycode$/ }, async (args) => {
      const r = await b.resolve('punycode/', { resolveDir: args.resolveDir, kind: args.kind });
      return r.errors.length > 0 ? undefined : { path: r.path };
    });
  },
};

export async function buildCli(outfile = CLI_BUNDLE) {
  await build({
    plugins: [userlandPunycode],
    entryPoints: [join(root, 'cli', 'bin.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'linked',
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o755);
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await buildCli(process.argv[2] ?? CLI_BUNDLE);
  process.stdout.write(`built ${out}\n`);
}
