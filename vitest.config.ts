import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './test/sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Each worker runs its test files in one module registry (isolate off): the sources and their
    // dependencies (unified, remark, yaml…) are loaded once per worker, not once per file, which
    // was about 1.3 s of CPU per file. No test mocks a module, stubs a global or changes
    // process.env; what must happen per file (removing its temporary folders) is in test/setup.ts.
    isolate: false,
    setupFiles: ['test/setup.ts'],
    // Hang guards only, never speed bounds: the slowest test (the whole life of a document, about
    // 12 s on an idle machine) gets 50 times that, so a busy machine never trips it; speed is
    // measured by `npm run bench`.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Most suites wait on child processes (the real CLI, git): one worker per core keeps both busy.
    maxWorkers: Math.max(2, availableParallelism()),
    // The longest files first, from committed figures (a fresh clone has no results of an earlier run).
    sequence: { sequencer: LongestFirstSequencer },
  },
});
