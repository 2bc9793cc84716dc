import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    // better-sqlite3 is a native module: separate processes keep each test file's handles apart.
    pool: 'forks',
    testTimeout: 20_000,
    reporters: [...configDefaults.reporters, './test/summaryReporter.ts'],
  },
});
