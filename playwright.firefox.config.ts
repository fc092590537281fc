import { defineConfig } from '@playwright/test';

// The Firefox end-to-end run: Playwright Test as the runner, puppeteer-core driving Debian's firefox-esr over
// WebDriver BiDi (tests/e2e/firefox/browser.ts). Run through `npm run test:firefox`
// (scripts/e2e-firefox.mjs builds the Firefox extension and the fixtures first).
export default defineConfig({
  testDir: 'tests/e2e/firefox',
  testMatch: '**/*.spec.ts',
  // Two cores: one Firefox (two with the bare one) per worker. STEADY_E2E_WORKERS=1 serializes.
  workers: Number(process.env.STEADY_E2E_WORKERS ?? 2),
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  forbidOnly: Boolean(process.env.CI),
  outputDir: 'test-results/firefox',
});
