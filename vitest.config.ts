import { configDefaults, defineConfig } from 'vitest/config';

// Unit tests only: tests/e2e/*.spec.ts and tests/shots/*.spec.ts are Playwright specs (npm run test:e2e,
// npm run screenshots), which vitest would otherwise collect by its default *.spec.ts pattern and fail on.
export default defineConfig({
  test: {
    exclude: [
      ...configDefaults.exclude,
      'tests/e2e/**',
      'tests/shots/**',
      '.output/**',
      '.wxt/**',
      'scratch/**',
    ],
  },
});
