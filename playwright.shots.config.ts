import { defineConfig } from '@playwright/test';

// `npm run screenshots`: the tour of every view a person sees (overlay, popup, options) in light, dark and
// German, saved as PNGs under test-results/shots/ for a human to look at before UI work is called done.
// Not part of `npm test`: it asserts only that each view rendered; the judging is by eye.
export default defineConfig({
  testDir: 'tests/shots',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  outputDir: 'test-results/shots-output',
  use: { actionTimeout: 10_000 },
});
