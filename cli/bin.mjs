#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so `npx steady` works in a checkout with no
// build step. `run()` returns the exit code; user errors are 2 with one line on stderr.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('./main.ts');
const io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  },
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};
try {
  process.exitCode = await run(process.argv.slice(2), io);
} catch (e) {
  process.stderr.write(`steady: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
