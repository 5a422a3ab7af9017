import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser tests need Debian's Chromium; a fresh machine gets it here, once.
    // The bin and `npm start` run dist/: build it from these sources first.
    globalSetup: ['test/support/chromium.ts', 'test/support/build.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores on every machine we run on; more workers only thrash.
    maxWorkers: 2,
  },
});
