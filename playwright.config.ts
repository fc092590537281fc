import { defineConfig } from '@playwright/test';

// End-to-end tests: local fixture pages served under the real hostnames, Chromium with the built extension.
// Run through `npm run test:e2e` (scripts/e2e.mjs builds the extension and the fixtures first).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // The Firefox specs have their own runner config (playwright.firefox.config.ts, npm run test:firefox).
  testIgnore: 'firefox/**',
  // Two cores: one browser per worker, two workers at most. STEADY_E2E_WORKERS=1 serializes.
  workers: Number(process.env.STEADY_E2E_WORKERS ?? 2),
  fullyParallel: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  forbidOnly: Boolean(process.env.CI),
  outputDir: 'test-results/e2e',
  use: {
    actionTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
