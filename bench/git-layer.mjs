#!/usr/bin/env node
// Which git layer: simple-git or the synchronous execFileSync wrapper of src/git/run.ts?
//
//   node bench/git-layer.mjs [--calls 200] [--blobs 200]
//
// Makes a temporary git repository under os.tmpdir() (removed at the end) and measures, with no
// shell anywhere:
//   1. the cost per call of a cheap command (`git rev-parse HEAD`) through both layers, calls
//      interleaved one by one so that a change in the machine's load falls on both alike;
//   2. whether simple-git can feed standard input to git, which `git cat-file --batch` needs
//      (src/git/blobs.ts writes the list of object names to its stdin), and what reading the same
//      blobs costs without it (one simple-git call per blob) against one batch process.
// simple-git is not a dependency of qms: install it for the comparison with
//   npm install --no-save simple-git@3.36.0
// Without it only the execFileSync figures are printed.
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a positive whole number`);
  return value;
}
const CALLS = option('--calls', 200);
const BLOBS = option('--blobs', 200);
const WARM_UP = 10;

// The same call as gitBuffer in src/git/run.ts (kept in step by hand: bench/ runs plain Node).
const ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
function gitSync(cwd, args, input) {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'], env: ENV });
}

function out(line = '') {
  process.stdout.write(`${line}\n`);
}
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function ms(value) {
  return `${value.toFixed(2)} ms`;
}
function summary(times) {
  const total = times.reduce((sum, t) => sum + t, 0);
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), total };
}

let simpleGit = null;
try {
  ({ simpleGit } = await import('simple-git'));
} catch {
  // Not installed: only the execFileSync side is measured.
}

const root = mkdtempSync(join(tmpdir(), 'qms-git-layer-'));
try {
  // A repository with one commit of BLOBS small Markdown files.
  gitSync(root, ['init', '-q', '-b', 'main']);
  mkdirSync(join(root, 'procedures'));
  const paths = [];
  for (let i = 0; i < BLOBS; i++) {
    const path = `procedures/QT-${String(i).padStart(4, '0')}.md`;
    writeFileSync(join(root, path), `---\ncode: QT-${i}\nrevision: 1\n---\n# Quy trình ${i}\n\n${'Nội dung. '.repeat(40)}\n`);
    paths.push(path);
  }
  gitSync(root, ['add', '-A']);
  gitSync(root, ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '-m', 'bench']);
  const head = gitSync(root, ['rev-parse', 'HEAD']).toString('utf8').trim();

  out(`git layer benchmark: ${CALLS} calls of git rev-parse HEAD each, ${BLOBS} blobs`);
  out(`node ${process.version}, ${execFileSync('git', ['--version'], { encoding: 'utf8' }).trim()}, ${cpus().length} cpu (${cpus()[0]?.model ?? '?'})`);
  out(`simple-git: ${simpleGit === null ? 'not installed (npm install --no-save simple-git@3.36.0 to compare)' : 'installed'}`);
  out();

  // 1. Cost per call.
  const sync = [];
  const viaSimpleGit = [];
  const sg = simpleGit === null ? null : simpleGit({ baseDir: root, config: ['core.quotepath=off'] });
  for (let i = 0; i < WARM_UP; i++) {
    gitSync(root, ['rev-parse', 'HEAD']);
    if (sg !== null) await sg.raw(['rev-parse', 'HEAD']);
  }
  for (let i = 0; i < CALLS; i++) {
    let start = performance.now();
    const a = gitSync(root, ['rev-parse', 'HEAD']).toString('utf8').trim();
    sync.push(performance.now() - start);
    if (a !== head) throw new Error(`execFileSync read ${a}, expected ${head}`);
    if (sg !== null) {
      start = performance.now();
      const b = (await sg.raw(['rev-parse', 'HEAD'])).trim();
      viaSimpleGit.push(performance.now() - start);
      if (b !== head) throw new Error(`simple-git read ${b}, expected ${head}`);
    }
  }
  const rows = [['execFileSync (src/git/run.ts)', summary(sync)]];
  if (sg !== null) rows.push(['simple-git raw()', summary(viaSimpleGit)]);
  out(`1. git rev-parse HEAD, ${CALLS} calls each (after ${WARM_UP} warm-up calls)`);
  out('   layer                          median     min        max        total');
  for (const [name, s] of rows) out(`   ${name.padEnd(30)} ${ms(s.median).padEnd(10)} ${ms(s.min).padEnd(10)} ${ms(s.max).padEnd(10)} ${ms(s.total)}`);
  if (sg !== null) out(`   simple-git / execFileSync: ${(summary(viaSimpleGit).median / summary(sync).median).toFixed(2)}× the median, ${(summary(viaSimpleGit).total / summary(sync).total).toFixed(2)}× the total`);
  out();

  // 2. Standard input.
  out('2. standard input (git cat-file --batch reads the object names from stdin)');
  const specs = paths.map((path) => `HEAD:${path}`);
  let start = performance.now();
  const batch = gitSync(root, ['cat-file', '--batch'], `${specs.join('\n')}\n`);
  const batchTime = performance.now() - start;
  out(`   execFileSync: one cat-file --batch process, ${BLOBS} names on stdin: ${ms(batchTime)} (${batch.length} bytes)`);
  if (sg !== null) {
    // What the public API hands to a caller that wants the child process's streams.
    let handed = [];
    const probe = simpleGit({ baseDir: root }).outputHandler((...args) => {
      handed = args;
    });
    await probe.raw(['rev-parse', 'HEAD']);
    out(`   simple-git outputHandler receives ${handed.length} arguments: the command, git's stdout, git's stderr, the arguments; not its stdin`);
    // The word itself, in the installed code and typings.
    const entry = fileURLToPath(import.meta.resolve('simple-git'));
    const typings = join(entry, '..', '..', 'typings');
    const mentions = [entry, join(typings, 'index.d.ts'), join(typings, 'simple-git.d.ts'), join(typings, 'types.d.ts')].map((file) => (readFileSync(file, 'utf8').match(/stdin/gi) ?? []).length);
    out(`   "stdin" in simple-git's ESM build and typings: ${mentions.reduce((sum, n) => sum + n, 0)} occurrences`);
    out('   simple-git API: no method or option takes input for git (spawnOptions is limited to uid and gid,');
    out('   the executor spawns git and reads only stdout and stderr), so cat-file --batch cannot be fed.');
    // Without stdin: one process per blob.
    const texts = [];
    start = performance.now();
    for (const spec of specs) texts.push(await sg.catFile(['-p', spec]));
    const perBlob = performance.now() - start;
    const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    out(`   simple-git: ${BLOBS} catFile(['-p', …]) calls, one process each: ${ms(perBlob)} (${bytes} bytes of content), ${(perBlob / batchTime).toFixed(1)}× the batch`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
