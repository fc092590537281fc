/**
 * The contenders, each wrapped as "time one call on one draft". Peers that cannot load report why
 * instead of failing the whole bench.
 */

import { createRequire } from 'node:module';
import nlp from 'compromise';
import { analyze } from '../../lib/scoring/analyze';

export interface Peer {
  id: string;
  /** Column title in the report. */
  label: string;
  /** One draft, start to finish; async peers resolve when their result is ready. */
  run(text: string): void | Promise<void>;
}

export interface Unavailable {
  id: string;
  label: string;
  reason: string;
}

/**
 * Somewhere to put results so the engine cannot discard a call whose value is never read; reading the
 * length of a view or list also forces lazily built results.
 */
export const sink = { count: 0 };

export const steadyPeer: Peer = {
  id: 'steady',
  label: 'Steady analyze()',
  run(text) {
    // Default options: auto language detection, as the extension calls it.
    sink.count += analyze(text).findings.length;
  },
};

export const compromisePeer: Peer = {
  id: 'compromise',
  label: 'compromise nlp()',
  run(text) {
    // The bare parse: tokenise, tag and build the document, nothing queried.
    sink.count += nlp(text).length;
  },
};

/** write-good ships CommonJS without types, so load it through require and check its shape. */
export function loadWriteGood(): Peer | Unavailable {
  const label = 'write-good';
  try {
    const loaded: unknown = createRequire(import.meta.url)('write-good');
    if (typeof loaded !== 'function')
      return { id: 'write-good', label, reason: 'module does not export a function' };
    return {
      id: 'write-good',
      label,
      run(text) {
        const suggestions: unknown = loaded(text);
        if (Array.isArray(suggestions)) sink.count += suggestions.length;
      },
    };
  } catch (error) {
    return { id: 'write-good', label, reason: describe(error) };
  }
}

/**
 * harper.js in Node: `LocalLinter` with the wasm binary from `harper.js/binary`. That module resolves the
 * .wasm next to itself as a file: URL, and harper's loader reads file: URLs with `fs` when `process`
 * exists, so no fetch and no worker are involved. `plaintext`, because a social post is not Markdown.
 * Returned lints are wasm objects; freeing them is part of a real integration, so it is timed too.
 */
export async function loadHarper(): Promise<Peer | Unavailable> {
  const label = 'harper.js lint()';
  try {
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new LocalLinter({ binary });
    await linter.setup();
    return {
      id: 'harper',
      label,
      async run(text) {
        const lints = await linter.lint(text, { language: 'plaintext' });
        sink.count += lints.length;
        for (const lint of lints) lint.free();
      },
    };
  } catch (error) {
    return { id: 'harper', label, reason: describe(error) };
  }
}

export function isPeer(x: Peer | Unavailable): x is Peer {
  return 'run' in x;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'unknown error';
}
