import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Hang guards only, never speed bounds: the slowest test (the whole life of a document, about
    // 12 s on an idle machine) gets 50 times that, so a busy machine never trips it; speed is
    // measured by `npm run bench`.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Most suites wait on child processes (the real CLI, git): one worker per core keeps both busy.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
