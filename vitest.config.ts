import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'renderer/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    // better-sqlite3 is a native module: separate processes keep each test file's handles apart.
    pool: 'forks',
    testTimeout: 20_000,
    // Naming a reporter replaces vitest's default one, which lists the failures: keep it, then add the summary line.
    reporters: ['default', './test/summaryReporter.ts'],
  },
});
