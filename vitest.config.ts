import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    // Most suites wait on child processes (the real CLI, git): one worker per core keeps both busy.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
