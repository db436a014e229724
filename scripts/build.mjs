#!/usr/bin/env node
// Builds qms into two self-contained ES modules: dist/qms.js (the CLI, which bin/qms runs) and
// dist/qms-worker.js (the worker threads that read large repositories). One file each, because a
// start-up that resolves and links some 200 modules costs more than a warm `qms check` reading its
// cache. Type checking is `npm run typecheck`'s job; this only transpiles and bundles.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

/**
 * src/config/schema-validator.ts compiles the config's JSON Schema with Ajv at run time; the bundle
 * carries it compiled instead (Ajv's standalone code, same options), so no command pays for it.
 */
const precompiledValidator = {
  name: 'precompiled-config-validator',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]src[\\/]config[\\/]schema-validator\.ts$/ }, () => {
      const schema = JSON.parse(readFileSync(join(root, 'schemas', 'qms.config.schema.json'), 'utf8'));
      const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
      const code = standaloneCode.default(ajv, ajv.compile(schema));
      return { contents: `${code}\nexport function configValidator() { return validate; }\n`, loader: 'js', resolveDir: root };
    });
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { qms: 'src/cli/main.ts', 'qms-worker': 'src/workspace/worker.ts' },
  outdir: 'dist',
  bundle: true,
  // Libraries only one command needs (exceljs for xlsx) go to chunks loaded on demand, not parsed at every start.
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // Bundled CommonJS dependencies (ajv, yaml…) may call require: give them Node's.
  banner: { js: "import { createRequire as qmsCreateRequire } from 'node:module'; const require = qmsCreateRequire(import.meta.url);" },
  // src/workspace/parallel.ts starts the worker from its bundle.
  define: { QMS_WORKER_BUNDLE: JSON.stringify('./qms-worker.js') },
  // Stack traces (`qms --debug`) point into src/ with source maps on.
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [precompiledValidator],
});
