#!/usr/bin/env node
// npm run test:e2e [-- <playwright args>]: builds the extension (wxt build) and the fixture pages, then runs
// `playwright test` with any extra arguments and exits with Playwright's code.
// STEADY_E2E_SKIP_BUILD=1 skips both builds (quick re-runs while editing a spec).
import { runBin as run } from './run-bin.mjs';

const { tsImport } = await import('tsx/esm/api');
const { findChromium } = await tsImport('../tests/e2e/browser.ts', import.meta.url);
try {
  console.log(`e2e: Chromium at ${findChromium()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

if (process.env.STEADY_E2E_SKIP_BUILD !== '1') {
  const started = Date.now();
  const wxt = run('wxt', ['build']);
  if (wxt !== 0) process.exit(wxt);
  const { buildFixtures } = await tsImport('../tests/e2e/fixtures/build.ts', import.meta.url);
  await buildFixtures();
  console.log(`e2e: builds done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

process.exit(run('playwright', ['test', ...process.argv.slice(2)]));
