import { defineConfig } from 'vitest/config';

// One runner for every package. Each package's tests live beside its code (`*.test.ts`)
// or in its `test/` folder; browser tests drive the Debian Chromium through playwright-core.
export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'bench/**/*.test.ts',
      'e2e/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
