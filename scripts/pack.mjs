#!/usr/bin/env node
// Packs the release tarball (`npm run pack [-- <folder>] [--no-build]`): builds the bundle, stages the package's
// files with a package.json that has no scripts and no dependencies, and runs `npm pack` on that.
//
// Why not plain `npm pack`: it ships the package.json of the source tree, whose `prepare` script
// (which builds a git-URL install) npm 11 then lists on every install of the tarball as an install
// script "not yet covered by allowScripts". The released tarball runs nothing when installed and
// needs nothing from a registry: the bundle (dist/) carries every runtime dependency.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
// --no-build packs the dist/ already built (the test suite builds once; rebuilding would pull the
// bundle from under the tests running it).
const build = !args.includes('--no-build');
const destination = resolve(args.find((arg) => !arg.startsWith('--')) ?? '.');
const source = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

if (source.dependencies && Object.keys(source.dependencies).length > 0) {
  // The tarball must install without a registry: a runtime dependency belongs in the bundle.
  throw new Error(`package.json declares dependencies (${Object.keys(source.dependencies).join(', ')}): the bundle must carry them (move them to devDependencies)`);
}

if (build) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
else if (!existsSync(join(root, 'dist', 'qms.js'))) throw new Error('--no-build: dist/qms.js is missing (npm run build)');

/** What an installed package needs of package.json: no scripts, no dev tooling, no overrides. */
const KEPT = ['name', 'version', 'description', 'keywords', 'homepage', 'bugs', 'repository', 'license', 'author', 'type', 'bin', 'files', 'engines'];
const published = Object.fromEntries(KEPT.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));

const stage = mkdtempSync(join(tmpdir(), 'qms-pack-'));
try {
  for (const entry of [...source.files, 'README.md', 'LICENSE']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(stage, entry), { recursive: true });
  }
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(published, null, 2)}\n`);
  mkdirSync(destination, { recursive: true });
  // npm itself: the one running this script (`npm run pack` sets npm_execpath), else npm on PATH.
  const npm = process.env.npm_execpath && basename(process.env.npm_execpath).startsWith('npm-cli') ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const output = execFileSync(npm[0], [...npm.slice(1), 'pack', stage, '--pack-destination', destination, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const [{ filename }] = JSON.parse(output);
  process.stdout.write(`${join(destination, filename)}\n`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
