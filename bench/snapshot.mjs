#!/usr/bin/env node
// Builds a frozen copy of qms at a commit, to benchmark with `node bench/run.mjs --qms <dir>`
// while the working tree keeps changing (or to compare two commits on the same repositories).
//
//   node bench/snapshot.mjs [<commit>=HEAD] [<dir>=bench/out/qms-<sha>]
//
// git archive of the commit into <dir>, node_modules linked to this checkout's, its build run there
// (scripts/build.mjs, or `tsc -p tsconfig.build.json` before it), and <dir>/SNAPSHOT naming the
// commit (run.mjs reports it).
// Touches nothing in this checkout besides creating <dir>.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const commit = process.argv[2] ?? 'HEAD';
const run = (file, args, options = {}) => execFileSync(file, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });

const sha = run('git', ['rev-parse', '--verify', `${commit}^{commit}`]).trim();
const dir = resolve(process.argv[3] ?? join(ROOT, 'bench', 'out', `qms-${sha.slice(0, 7)}`));
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const archive = execFileSync('git', ['archive', '--format=tar', sha], { cwd: ROOT, maxBuffer: 1 << 30 });
execFileSync('tar', ['-x', '-C', dir], { input: archive });
if (!existsSync(join(ROOT, 'node_modules'))) throw new Error('no node_modules in this checkout: run npm install first');
symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
// Commits since the bundle have scripts/build.mjs; older ones were compiled by tsc.
if (existsSync(join(dir, 'scripts', 'build.mjs'))) run(process.execPath, [join(dir, 'scripts', 'build.mjs')], { cwd: dir });
else run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: dir });
const subject = run('git', ['log', '-1', '--format=%h %cI %s', sha]).trim();
writeFileSync(join(dir, 'SNAPSHOT'), `snapshot of commit ${subject}\n`);
process.stdout.write(`${dir}\n`);
