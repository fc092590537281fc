/**
 * The `steady` binary: wires the pure `run()` (./main.ts) to the process. `npm run build:cli`
 * bundles this file with everything it imports into dist/cli.mjs, which package.json's `bin` names,
 * so the command needs no TypeScript loader and works after `npm install --omit=dev`.
 */
import { once } from 'node:events';
import { EXIT, type Io, run } from './main';

let needsDrain = false;

// `steady … | head -1`: the reader went away. Nothing more can be shown, so stop quietly
// instead of printing Node's 27-line EPIPE stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT.ok);
  process.stderr.write(`steady: cannot write the output: ${e.message}\n`);
  process.exit(EXIT.internal);
});

const io: Io = {
  stdout: (s) => {
    if (!process.stdout.write(s)) needsDrain = true;
  },
  stderr: (s) => {
    process.stderr.write(s);
  },
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  // Wait for the pipe to take what was written, so a slow reader does not make us buffer
  // every result in memory.
  drain: async () => {
    if (!needsDrain) return;
    needsDrain = false;
    await once(process.stdout, 'drain');
  },
};

try {
  process.exitCode = await run(process.argv.slice(2), io);
} catch (e) {
  process.stderr.write(
    `steady: internal error (please report it): ${e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exitCode = EXIT.internal;
}
