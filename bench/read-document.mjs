#!/usr/bin/env node
// The CPU cost of reading one controlled document, alone: every .md of a repository is loaded into
// memory first, then read on this thread the three ways qms reads a document (the summary a worker
// keeps, the reading the document rules see, the full reading), timed apart from the file reads.
// A digest (SHA-1 of the JSON of every summary and reading) shows a speed change changed nothing.
//
//   node bench/read-document.mjs <repository> [--rounds N] [--mode summary|rules|full|hashed|all] [--limit N] [--source CHECKOUT] [--no-digest] [--keep]
//
// It bundles the sources it needs with esbuild (no `npm run build` needed) into a temporary folder of the checkout.
import { createHash } from 'node:crypto';
import process from 'node:process';
import { mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const VALUED = new Set(['--rounds', '--mode', '--limit', '--source']);
const repository = args.find((a, i) => !a.startsWith('--') && !VALUED.has(args[i - 1]));
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
if (!repository) {
  process.stderr.write('usage: node bench/read-document.mjs <repository> [--rounds N] [--mode summary|rules|full|hashed|all] [--limit N] [--source CHECKOUT] [--no-digest] [--keep]\n');
  process.exit(2);
}
const rounds = Number(option('--rounds', '1'));
/** The checkout whose sources are measured (default: this one), to compare two side by side. */
const root = option('--source', here);
const mode = option('--mode', 'all');
const digest = !args.includes('--no-digest');
const limit = Number(option('--limit', 'Infinity'));

const entry = `
export { loadConfig } from './src/config/load.ts';
export { workTreeSource } from './src/workspace/source.ts';
export { readRegister } from './src/workspace/read-full.ts';
export { registerFilesOf } from './src/config/file-sets.ts';
export { documentReadContext } from './src/model/reading.ts';
export { readControlledDocument } from './src/document/read-document.ts';
export { summarizeDocument } from './src/model/document.ts';
`;
// A folder at the depth of dist/ in the checkout, so the bundle finds node_modules and schemas/ as dist/qms.js does.
const out = mkdtempSync(join(root, '.read-bench-'));
// With --keep the bundle stays, so a CPU profile's lines can be read in it.
await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: join(out, 'bench.mjs'), logLevel: 'error', packages: 'external' });
const qms = await import(pathToFileURL(join(out, 'bench.mjs')).href);
if (args.includes('--keep')) process.stdout.write(`bundle: ${join(out, 'bench.mjs')}\n`);
else rmSync(out, { recursive: true, force: true });

const loaded = qms.loadConfig(repository);
const source = qms.workTreeSource(repository);
const files = source.list(loaded.config.documents, qms.registerFilesOf(loaded.config));
const { register } = qms.readRegister(source, files.legal, loaded.config.legal.shared, files.tthc);
const context = qms.documentReadContext(loaded.config, register);
const texts = source.readAll(files.documents);
const documents = files.documents.slice(0, limit).map((file) => [file, texts.get(file)]);
const bytes = documents.reduce((sum, [, text]) => sum + text.length, 0);
process.stdout.write(`${documents.length} documents, ${(bytes / 1e6).toFixed(1)} M UTF-16 units\n`);

/** The three readings scanDocument and the repository's read() make. */
const MODES = {
  summary: (file, text) => qms.summarizeDocument(qms.readControlledDocument(file, text, context, { summaryOnly: true })),
  rules: (file, text) => qms.readControlledDocument(file, text, context, { contentHashes: 'when-recorded' }),
  full: (file, text) => qms.readControlledDocument(file, text, context),
  // The full reading with its content hashes read (a caller that compares content).
  hashed: (file, text) => {
    const document = qms.readControlledDocument(file, text, context);
    return document.fingerprint === '' ? null : document;
  },
};
const wanted = mode === 'all' ? Object.keys(MODES) : [mode];

for (const name of wanted) {
  const read = MODES[name];
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const before = process.cpuUsage();
    for (const [file, text] of documents) read(file, text);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  let line = `${name.padEnd(8)} best CPU ${best.toFixed(0)} ms of ${rounds} round(s) (${((best * 1000) / documents.length).toFixed(0)} µs a document)`;
  if (digest) {
    const hash = createHash('sha1');
    for (const [file, text] of documents) hash.update(JSON.stringify(read(file, text))).update('\n');
    line += `  digest ${hash.digest('hex')}`;
  }
  process.stdout.write(`${line}\n`);
}
