#!/usr/bin/env node
// npm run test:firefox [-- <playwright args>]: builds the Firefox extension (wxt build -b firefox) and the
// fixture pages, then runs the Firefox specs (playwright.firefox.config.ts: puppeteer-core drives Debian's
// firefox-esr over WebDriver BiDi) with any extra arguments and exits with Playwright's code.
// --skip-build (or STEADY_E2E_SKIP_BUILD=1) uses the builds already there: `npm test` builds the Firefox
// extension once for `lint:firefox` and this run, and the fixtures in `test:e2e`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runBin as run } from './run-bin.mjs';

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build') || process.env.STEADY_E2E_SKIP_BUILD === '1';
const playwrightArgs = args.filter((a) => a !== '--skip-build');

const { tsImport } = await import('tsx/esm/api');
const { findFirefox, FIREFOX_EXTENSION_PATH } = await tsImport(
  '../tests/e2e/firefox/browser.ts',
  import.meta.url,
);
try {
  console.log(`e2e (Firefox): ${findFirefox()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

if (!skipBuild) {
  const started = Date.now();
  const wxt = run('wxt', ['build', '-b', 'firefox']);
  if (wxt !== 0) process.exit(wxt);
  const { buildFixtures } = await tsImport('../tests/e2e/fixtures/build.ts', import.meta.url);
  await buildFixtures();
  console.log(`e2e (Firefox): builds done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} else {
  const { FIXTURE_DIST } = await tsImport('../tests/e2e/server.ts', import.meta.url);
  for (const needed of [join(FIREFOX_EXTENSION_PATH, 'manifest.json'), join(FIXTURE_DIST, 'x.html')]) {
    if (!existsSync(needed)) {
      console.error(`e2e (Firefox): ${needed} is missing; run without --skip-build to build it.`);
      process.exit(1);
    }
  }
}

process.exit(run('playwright', ['test', '-c', 'playwright.firefox.config.ts', ...playwrightArgs]));
