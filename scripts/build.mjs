#!/usr/bin/env node
// Builds qms into two self-contained ES modules: dist/qms.js (the CLI, which bin/qms runs) and
// dist/qms-worker.js (the worker threads that read large repositories). One file each, because a
// start-up that resolves and links some 200 modules costs more than a warm `qms check` reading its
// cache. Type checking is `npm run typecheck`'s job; this only transpiles and bundles.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

const result = await build({
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
  plugins: [precompiledValidator, parsedTemplates],
  metafile: true,
});

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
  const header = `qms bundles code of the following ${sections.length} packages into dist/qms.js and dist/qms-worker.js.\n`;
  return `${header}${sections.map((s) => `\n${'='.repeat(72)}\n${s.id} (${s.licence})\n${'='.repeat(72)}\n\n${s.text}\n`).join('')}`;
}
writeFileSync(join(dist, 'THIRD-PARTY-LICENSES.txt'), thirdPartyNotices(Object.keys(result.metafile.inputs)));
