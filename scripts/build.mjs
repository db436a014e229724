#!/usr/bin/env node
// Builds qms into two self-contained ES modules: dist/qms.js (the CLI, which bin/qms runs) and
// dist/qms-worker.js (the worker threads that read large repositories). One file each, because a
// start-up that resolves and links some 200 modules costs more than a warm `qms check` reading its
// cache. Type checking is `npm run typecheck`'s job; this only transpiles and bundles.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { qms: 'src/cli/main.ts', 'qms-worker': 'src/check/worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // Bundled CommonJS dependencies (ajv, yaml…) may call require: give them Node's.
  banner: { js: "import { createRequire as qmsCreateRequire } from 'node:module'; const require = qmsCreateRequire(import.meta.url);" },
  // src/check/parallel.ts starts the worker from its bundle.
  define: { QMS_WORKER_BUNDLE: JSON.stringify('./qms-worker.js') },
  // Stack traces (`qms --debug`) point into src/ with source maps on.
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
