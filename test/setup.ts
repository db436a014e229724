/**
 * Run before each test file (vitest.config.ts: setupFiles). A worker runs several test files in
 * one module registry (isolate off), so what must happen per file is registered here, not at the
 * import of a helper: the temporary folders a file made are removed after it.
 */
import { afterAll } from 'vitest';
import { removeTempFolders } from './helpers/repo.js';

afterAll(removeTempFolders);
