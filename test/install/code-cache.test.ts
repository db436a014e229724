/**
 * The bundles load with V8's code cache the build writes (scripts/load-bundle.cjs), and a cache
 * that does not fit — made from other bytes, or refused by V8 — changes nothing but speed.
 * Each case runs a fresh Node process: the cache is what a process starts with.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/index.js';

const PACKAGE = fileURLToPath(new URL('../..', import.meta.url));
const DEMO = join(PACKAGE, 'fixtures', 'demo-agency');

/** A copy of the built package (bin, dist, package.json and what dist reads) to spoil. */
function installCopy(): string {
  const root = tempFolder('qms-code-cache-');
  for (const part of ['bin', 'dist', 'templates', 'schemas', 'package.json']) cpSync(join(PACKAGE, part), join(root, part), { recursive: true });
  symlinkSync(join(PACKAGE, 'node_modules'), join(root, 'node_modules'));
  return root;
}

/** How a fresh process compiled each bundle it loaded: the CLI's, then one worker's. */
function compiledIn(root: string, options: { sourceMaps?: boolean } = {}): string[] {
  const script = [
    options.sourceMaps ? 'process.setSourceMapsEnabled(true);' : '',
    `const { loadBundle, loads } = require(${JSON.stringify(join(root, 'dist', 'load-bundle.cjs'))});`,
    `const { main } = loadBundle(${JSON.stringify(join(root, 'dist', 'qms.cjs'))});`,
    `if (typeof main !== 'function') throw new Error('no main');`,
    'console.log(loads.map((load) => load.compiled).join(" "));',
  ].join('\n');
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout.trim().split(' ');
}

/** `qms check` of the demo agency from `root`, with worker threads. */
function checkDemo(root: string): { status: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(process.execPath, [join(root, 'bin', 'qms'), 'check', '--today', '2026-11-27', '--no-cache', '--format', 'json'], {
    cwd: DEMO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', QMS_WORKERS: '2' },
  });
  return { status, stdout, stderr };
}

describe('the code cache of the bundles', () => {
  it('the build writes one per bundle, headed by the SHA-256 of the bytes it was made from', () => {
    for (const bundle of ['qms.cjs', 'qms-worker.cjs']) {
      const digest = createHash('sha256').update(readFileSync(join(PACKAGE, 'dist', bundle))).digest('hex');
      const cache = readFileSync(join(PACKAGE, 'dist', `${bundle}.cache`));
      expect(cache.subarray(0, 65).toString('latin1')).toBe(`${digest}\n`);
      expect(cache.length).toBeGreaterThan(100_000);
    }
  });

  it("the build's warm-up runs in a pull request pipeline too: it does not take the pipeline's base branch", () => {
    // Without QMS_WRITE_CODE_CACHE it writes nothing; with the pipeline's variables, check used to
    // compare the demo with origin/main, fail, and leave the build without the CLI's cache.
    const run = spawnSync(process.execPath, [join(PACKAGE, 'scripts', 'warm-code-cache.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'main', GITLAB_CI: 'true', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('a fresh process compiles the CLI from it', () => {
    expect(compiledIn(PACKAGE)).toEqual(['cache']);
  });

  it('with source maps on (qms --debug), Node loads the bundle itself, so stack traces lead to src/', () => {
    expect(compiledIn(PACKAGE, { sourceMaps: true })).toEqual(['require']);
  });

  it('qms --debug prints the stack of an internal error through the source maps, into src/', () => {
    // An internal error on purpose: a worker bundle that throws when loaded.
    const broken = installCopy();
    writeFileSync(join(broken, 'dist', 'qms-worker.js'), "throw new Error('broken bundle');\n");
    const run = (debug: boolean) =>
      spawnSync(process.execPath, [join(broken, 'bin', 'qms'), 'check', '--no-cache', '--today', '2026-11-27', ...(debug ? ['--debug'] : [])], {
        cwd: DEMO,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', QMS_WORKERS: '2', QMS_LANG: 'en' },
      });
    const debug = run(true);
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(/\bsrc\/workspace\/parallel\.ts:\d+:\d+/);
    expect(debug.stderr).not.toMatch(/dist\/qms\.cjs:\d+/);
    // Without --debug: one line, no stack.
    const plain = run(false);
    expect(plain.status).toBe(2);
    expect(plain.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('a cache made from other bytes is not used, one V8 refuses is refused, and either way the report is the same', () => {
    const reference = checkDemo(PACKAGE);
    expect(reference.status).toBe(1);
    expect(JSON.parse(reference.stdout).length).toBeGreaterThan(0);

    const stale = installCopy();
    for (const bundle of ['qms.cjs', 'qms-worker.cjs']) {
      const path = join(stale, 'dist', `${bundle}.cache`);
      const cache = readFileSync(path);
      writeFileSync(path, Buffer.concat([Buffer.from(`${'0'.repeat(64)}\n`, 'latin1'), cache.subarray(65)]));
    }
    expect(compiledIn(stale)).toEqual(['none']);
    expect(checkDemo(stale)).toEqual(reference);

    const corrupt = installCopy();
    for (const bundle of ['qms.cjs', 'qms-worker.cjs']) {
      const path = join(corrupt, 'dist', `${bundle}.cache`);
      const cache = readFileSync(path);
      // The right header over bytes V8 did not write: its checks refuse them.
      writeFileSync(path, Buffer.concat([cache.subarray(0, 65), Buffer.alloc(cache.length - 65, 0x5a)]));
    }
    expect(compiledIn(corrupt)).toEqual(['rejected']);
    expect(checkDemo(corrupt)).toEqual(reference);
  });
});
