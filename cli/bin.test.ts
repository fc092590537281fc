import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildCli } from '../scripts/build-cli.mjs';

/** The real binary: bundled as `npm run build:cli` does, run by plain Node in a shell pipeline. */
const dir = mkdtempSync(join(tmpdir(), 'steady-bin-'));
const bundle = join(dir, 'cli.mjs');

describe('the steady binary (dist/cli.mjs)', () => {
  beforeAll(async () => {
    await buildCli(bundle);
  }, 60_000);

  it('stops quietly when the reader goes away (`| head -1`)', () => {
    const drafts = join(dir, 'drafts.txt');
    writeFileSync(
      drafts,
      Array.from({ length: 2000 }, (_, i) => `Buy now!!! Offer ${i} ends tonight`).join('\n'),
    );
    for (const format of ['text', 'jsonl', 'json']) {
      const r = spawnSync(
        'bash',
        [
          '-c',
          `node "${bundle}" score --file "${drafts}" --format ${format} | head -1; exit \${PIPESTATUS[0]}`,
        ],
        { encoding: 'utf8', timeout: 60_000 },
      );
      expect(r.stderr, format).toBe('');
      expect(r.status, format).toBe(0);
      expect(r.stdout.split('\n')).toHaveLength(2);
    }
  });

  it('runs without tsx or any other dev dependency: it is one file', () => {
    const r = spawnSync(
      process.execPath,
      [bundle, 'score', '--format', 'jsonl', 'Which roast do you drink?'],
      {
        encoding: 'utf8',
        cwd: dir,
      },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).language).toBe('en');
  });
});
