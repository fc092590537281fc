// The `mastodon-e2e` build (wxt.config.ts): the production extension that starts with mastodon.social
// granted, since automation cannot answer Chrome's permission prompt (microsoft/playwright#32755). Shared by
// coach-mastodon.spec.ts and budget.spec.ts, whose workers may start at the same moment: the build runs
// under a lock, once per fresh `chrome-mv3` build, never twice at once into the same directory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser.ts';
import { EXTENSION_PATH, OUTPUT_DIR } from './fixtures.ts';

export const MASTODON_VARIANT = join(OUTPUT_DIR, 'chrome-mv3-mastodon-e2e');

function mtime(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

/**
 * Builds the variant unless it is at least as new as the main build (`npm run test:e2e` rebuilds that
 * first). `STEADY_E2E_SKIP_BUILD=1` and `STEADY_EXTENSION_DIR` (a build made elsewhere) never build.
 */
export function ensureMastodonVariant(): string {
  const manifest = join(MASTODON_VARIANT, 'manifest.json');
  const skip = process.env.STEADY_E2E_SKIP_BUILD === '1' || process.env.STEADY_EXTENSION_DIR !== undefined;
  if (skip) {
    if (!existsSync(manifest))
      throw new Error(`${MASTODON_VARIANT} is missing: npx wxt build -m mastodon-e2e`);
    return MASTODON_VARIANT;
  }
  const lock = join(OUTPUT_DIR, '.mastodon-e2e.lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock, { recursive: false });
      break;
    } catch {
      // Another worker builds: wait for it (a lock older than two minutes is from a crashed run).
      if (Date.now() - mtime(lock) > 120_000) rmdirSync(lock);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      spawnSync('sleep', ['0.2']);
    }
  }
  try {
    if (mtime(manifest) < mtime(join(EXTENSION_PATH, 'manifest.json')) || mtime(manifest) === 0) {
      const built = spawnSync('npx', ['wxt', 'build', '--mode', 'mastodon-e2e'], { stdio: 'inherit' });
      if (built.status !== 0) throw new Error('wxt build --mode mastodon-e2e failed');
    }
  } finally {
    rmdirSync(lock);
  }
  return MASTODON_VARIANT;
}

/** Runs `run` in a fresh Chromium profile with the variant loaded; closes it and removes the profile. */
export async function withMastodonVariant(
  port: number,
  run: (context: BrowserContext, extensionId: string) => Promise<void>,
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'steady-mastodon-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: process.env.STEADY_HEADED !== '1',
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs({ port, extensionPath: MASTODON_VARIANT }),
  });
  try {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker');
    await run(context, new URL(worker.url()).host);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}
