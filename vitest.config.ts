import { defineConfig } from 'vitest/config';

// Data tests open real SQLite files and a real PostgreSQL (see test/support/databases.ts);
// browser tests drive Debian's Chromium. Both are slow to start, hence the generous timeouts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
