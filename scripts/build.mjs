#!/usr/bin/env node
// Builds qms into self-contained CommonJS bundles: dist/qms.cjs (the CLI), dist/qms-worker.cjs (the
// worker threads that read large repositories) and dist/excel.cjs (exceljs, loaded only by the
// commands that write or read .xlsx). One file each, because a start-up that resolves and links some
// 200 modules costs more than a warm `qms check` reading its cache. CommonJS, because Node 20 can
// give a script, not an ES module, V8's code cache: scripts/load-bundle.cjs loads each bundle with
// the cache a warm-up run writes here (<bundle>.cache). dist/qms.js and dist/qms-worker.js are the
// two ES modules bin/qms and the worker threads import; each loads its bundle that way.
// Type checking is `npm run typecheck`'s job; this only transpiles and bundles.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { parsedShippedTemplates } from './parsed-templates.mjs';

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

/**
 * src/workspace/shipped-templates.ts reads and parses templates/sections.<language>.yaml at run time;
 * the bundle carries them parsed (the same YAML options, as JSON), so no run parses them. Their
 * patterns are checked by the tests, which run from source (test/sections/templates.test.ts).
 */
const parsedTemplates = {
  name: 'parsed-shipped-templates',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]src[\\/]workspace[\\/]shipped-templates\.ts$/ }, () => {
      const templates = parsedShippedTemplates(root);
      const contents = [
        "import { packagePath } from '../paths.js';",
        `const TEMPLATES = ${JSON.stringify(templates)};`,
        'export function packageTemplatesPath(language) { return packagePath(\'templates\', `sections.${language}.yaml`); }',
        'export function shippedTemplates(language) { return TEMPLATES[language]; }',
      ].join('\n');
      return { contents, loader: 'js', resolveDir: join(root, 'src', 'workspace') };
    });
  },
};

/**
 * exceljs stays out of the CLI's bundle: import('exceljs') becomes a require of dist/excel.cjs,
 * run when a command needs it (a script run from V8's code cache has no dynamic import()).
 */
const excelOnDemand = {
  name: 'excel-on-demand',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^exceljs$/ }, () => ({ path: 'exceljs', namespace: 'excel-on-demand' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'excel-on-demand' }, () => ({ contents: "module.exports = require('./excel.cjs');", loader: 'js' }));
    esbuild.onResolve({ filter: /^\.\/excel\.cjs$/ }, () => ({ path: './excel.cjs', external: true }));
  },
};

/** What every bundle is: one CommonJS file for Node 20, its licence comments beside it. */
const commonJsBundle = {
  absWorkingDir: root,
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20.19',
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
};
const result = await build({
  ...commonJsBundle,
  entryPoints: { qms: 'src/cli/main.ts', 'qms-worker': 'src/workspace/worker.ts' },
  minifyWhitespace: true,
  minifySyntax: true,
  define: {
    // src/workspace/parallel.ts starts the worker from its bundle.
    QMS_WORKER_BUNDLE: JSON.stringify('./qms-worker.js'),
    // The sources find their package and their worker from their own URL (src/paths.ts).
    'import.meta.url': 'qmsBundleUrl',
  },
  // Strict, as the ES modules it is made of were; the sources find their own URL from __filename.
  banner: { js: "'use strict';\nconst qmsBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Stack traces (`qms --debug`) point into src/ with source maps on.
  sourcemap: 'linked',
  plugins: [precompiledValidator, parsedTemplates, excelOnDemand],
});
const excel = await build({ ...commonJsBundle, entryPoints: { excel: createRequire(import.meta.url).resolve('exceljs') } });

// The ES modules that bin/qms and the worker threads import, each loading its bundle with its code cache.
copyFileSync(join(root, 'scripts', 'load-bundle.cjs'), join(dist, 'load-bundle.cjs'));
for (const name of ['qms', 'qms-worker']) {
  const entry = [
    '// Made by scripts/build.mjs: loads the bundle with its code cache (see load-bundle.cjs).',
    "import { createRequire } from 'node:module';",
    "import { fileURLToPath } from 'node:url';",
    `const loaded = createRequire(import.meta.url)('./load-bundle.cjs').loadBundle(fileURLToPath(new URL('./${name}.cjs', import.meta.url)));`,
    name === 'qms' ? 'export const { main } = loaded;' : '',
  ].join('\n');
  writeFileSync(join(dist, `${name}.js`), `${entry}\n`);
}

/**
 * The bundles carry code of other packages (MIT, ISC …), whose licences ask that their notices go
 * with every copy: dist/THIRD-PARTY-LICENSES.txt lists each bundled package with its licence text.
 */
function thirdPartyNotices(inputs) {
  const packages = new Map();
  for (const input of inputs) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!match) continue;
    const folder = join(root, input.slice(0, match.index + match[0].length));
    if (!packages.has(folder)) packages.set(folder, match[1]);
  }
  const sections = [...packages.entries()]
    .map(([folder]) => {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      const licenceFile = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
      const text = licenceFile && existsSync(join(folder, licenceFile)) ? readFileSync(join(folder, licenceFile), 'utf8').trim() : `(no licence file; package.json says ${manifest.license ?? 'nothing'})`;
      return { id: `${manifest.name}@${manifest.version}`, licence: manifest.license ?? 'unknown', text };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const header = `qms bundles code of the following ${sections.length} packages into dist/qms.cjs, dist/qms-worker.cjs and dist/excel.cjs.\n`;
  return `${header}${sections.map((s) => `\n${'='.repeat(72)}\n${s.id} (${s.licence})\n${'='.repeat(72)}\n\n${s.text}\n`).join('')}`;
}
writeFileSync(join(dist, 'THIRD-PARTY-LICENSES.txt'), thirdPartyNotices([...Object.keys(result.metafile.inputs), ...Object.keys(excel.metafile.inputs)]));

/**
 * V8's code cache of each bundle, from a warm-up run in one process: the commands most runs are
 * (check, impact, render) on the demo agency, read by worker threads too, none of which writes.
 * A failed warm-up leaves no cache, which only costs start-up time: the build does not fail on it.
 */
const warmUp = spawnSync(process.execPath, [join(root, 'scripts', 'warm-code-cache.mjs')], {
  cwd: root,
  env: { ...process.env, QMS_WRITE_CODE_CACHE: '1' },
  encoding: 'utf8',
});
// A worker terminated between writing its cache and renaming it leaves the temporary file.
for (const name of readdirSync(dist)) if (/\.cache\.\d+\.\d+$/.test(name)) rmSync(join(dist, name));
if (warmUp.status !== 0) console.warn(`build: no code cache (the warm-up run failed: ${(warmUp.stderr || warmUp.error?.message || '').trim().split('\n')[0]})`);
