/**
 * qms as its users get it, end to end with real processes and no network: the release tarball is
 * packed, installed by an officer (into a folder, and globally), `qms init` makes an agency
 * repository pinning that tarball, a fresh clone runs exactly the commands of the generated CI
 * (`npm ci`, then `npx --no-install qms check`), and the pre-commit hook runs the pinned install.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, tempFolder, TODAY } from '../helpers/index.js';

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };

/**
 * The environment of every process here: npm offline with a cache of its own (nothing can come from
 * a registry), none of the npm_* variables of an enclosing `npm test`, a git identity for commits.
 */
function environment(cache: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  return {
    ...env,
    npm_config_cache: cache,
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    NO_COLOR: '1',
    QMS_LANG: 'en',
    GIT_AUTHOR_NAME: 'Nguyễn Văn An',
    GIT_AUTHOR_EMAIL: 'an@example.vn',
    GIT_COMMITTER_NAME: 'Nguyễn Văn An',
    GIT_COMMITTER_EMAIL: 'an@example.vn',
  };
}

let env: NodeJS.ProcessEnv;
let tarball: string;

/** Runs a program (no shell) and returns its result, with stdout and stderr as text. */
function run(program: string, args: readonly string[], cwd: string, extra: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(program, args, { cwd, env: { ...env, ...extra }, encoding: 'utf8' });
}

/** Runs a workflow's `run:` line as the CI would, without a shell: its words (the lines are plain commands). */
function runStep(line: string, cwd: string): SpawnSyncReturns<string> {
  const [program, ...args] = line.split(' ');
  return run(program!, args, cwd);
}

beforeAll(() => {
  const work = tempFolder('qms-install-');
  env = environment(join(work, 'npm-cache'));
  // The release tarball, from the dist/ the suite built (rebuilding would pull it from under other tests).
  const packed = run(process.execPath, ['scripts/pack.mjs', join(work, 'dist'), '--no-build'], process.cwd());
  expect(packed.stderr).not.toMatch(/ERR/);
  expect(packed.status).toBe(0);
  tarball = packed.stdout.trim().split('\n').pop()!;
  expect(tarball).toMatch(/qms-vn-qms-\d+\.\d+\.\d+\.tgz$/);
});

describe('the release tarball', () => {
  it('installs with no network, no build step and no install script, globally or into a folder, and runs', () => {
    const officer = tempFolder('qms-officer-');
    const installed = run('npm', ['install', '--prefix', officer, tarball], officer);
    expect(installed.stderr).not.toMatch(/install-scripts|ERR/);
    expect(installed.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(officer, 'node_modules', PACKAGE.name, 'package.json'), 'utf8')) as Record<string, unknown>;
    // Nothing to run at install, nothing to fetch: the bundle carries every dependency.
    expect(manifest.scripts).toBeUndefined();
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.engines).toEqual({ node: '>=20.19' });
    expect(existsSync(join(officer, 'node_modules', PACKAGE.name, 'dist', 'qms.js'))).toBe(true);
    // The licences of the packages bundled into it travel with it.
    expect(readFileSync(join(officer, 'node_modules', PACKAGE.name, 'dist', 'THIRD-PARTY-LICENSES.txt'), 'utf8')).toMatch(/^commander@[\d.]+ \(MIT\)$/m);
    expect(existsSync(join(officer, 'node_modules', PACKAGE.name, 'schemas', 'qms.config.schema.json'))).toBe(true);
    expect(run(join(officer, 'node_modules', '.bin', 'qms'), ['--version'], officer).stdout.trim()).toBe(PACKAGE.version);

    const prefix = tempFolder('qms-global-');
    expect(run('npm', ['install', '--global', '--prefix', prefix, tarball], prefix).status).toBe(0);
    expect(run(join(prefix, 'bin', 'qms'), ['--version'], prefix).stdout.trim()).toBe(PACKAGE.version);

    // Installed into a folder, qms knows where it came from: `qms init` pins that tarball by default.
    const repo = join(tempFolder('qms-default-'), 'agency');
    const init = run(join(officer, 'node_modules', '.bin', 'qms'), ['init', repo, '--no-install', '--today', TODAY], officer);
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('(where the running qms was installed from)');
    const name = tarball.split('/').pop()!;
    expect(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'))).toMatchObject({ devDependencies: { [PACKAGE.name]: `file:vendor/${name}` } });
    expect(readFileSync(join(repo, 'vendor', name)).equals(readFileSync(tarball))).toBe(true);
  });

  it('makes an agency repository whose clone runs exactly the commands of its CI, and whose hook runs the pinned qms', () => {
    const top = tempFolder('qms-agency-');
    const repo = join(top, 'so-tu-phap');
    const init = run(process.execPath, ['bin/qms', 'init', repo, '--qms', tarball, '--organization', 'Sở Tư pháp tỉnh Hòa Bình', '--today', TODAY], process.cwd());
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toMatch(/installed by npm install/);
    expect(init.stdout).toMatch(/git commit [0-9a-f]+: the first commit/);
    for (const file of ['package.json', 'package-lock.json', `vendor/${tarball.split('/').pop()}`]) {
      expect(git(repo, 'ls-files', '--error-unmatch', file).trim(), file).toBe(file);
    }
    const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string; integrity?: string }> };
    expect(lock.packages[`node_modules/${PACKAGE.name}`]).toMatchObject({ resolved: expect.stringMatching(/^file:vendor\//), integrity: expect.stringMatching(/^sha512-/) });

    // The CI configurations, made by the pinned qms itself and committed.
    expect(run('npx', ['--no-install', 'qms', 'init', '--ci', 'github'], repo).status).toBe(0);
    expect(run('npx', ['--no-install', 'qms', 'init', '--ci', 'gitlab'], repo).status).toBe(0);
    git(repo, 'add', '.github', '.gitlab-ci.yml');
    git(repo, 'commit', '-q', '-m', 'CI');
    const workflow = parse(readFileSync(join(repo, '.github/workflows/qms.yml'), 'utf8')) as { on: { push: { branches: string[] } }; jobs: { check: { steps: Array<{ run?: string }> } } };
    const runs = workflow.jobs.check.steps.flatMap((step) => (step.run === undefined ? [] : [step.run]));
    expect(workflow.on.push.branches).toEqual(['main']);
    const gitlab = (parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8')) as { qms: { script: string[] } }).qms.script;
    expect(gitlab).toEqual(['npm ci', 'npx --no-install qms check --format junit --output qms-junit.xml']);

    // A fresh clone, as CI checks it out: no node_modules until `npm ci` installs the pin.
    const clone = join(top, 'clone');
    git(top, 'clone', '-q', repo, clone);
    expect(existsSync(join(clone, 'node_modules'))).toBe(false);
    expect(runs).toEqual(['npm ci', 'npx --no-install qms check --format github', 'npx --no-install qms check --format sarif --output qms.sarif || true']);
    const ci = runStep(runs[0]!, clone);
    expect(ci.stderr).not.toMatch(/install-scripts|ERR/);
    expect(ci.status).toBe(0);
    // The editor's $schema path exists after npm ci.
    const schema = /\$schema=(\S+)/.exec(readFileSync(join(clone, 'qms.config.yaml'), 'utf8'))![1]!;
    expect(existsSync(join(clone, schema))).toBe(true);
    const clean = runStep(runs[1]!, clone);
    expect(clean.stdout + clean.stderr).not.toMatch(/::error/);
    expect(clean.status).toBe(0);
    expect(runStep(runs[2]!.replace(' || true', ''), clone).status).toBe(0);
    expect(JSON.parse(readFileSync(join(clone, 'qms.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });

    // A document changed without a new revision: the same command finds it and fails.
    const procedure = join(clone, 'procedures/QT-VP-01.md');
    writeFileSync(procedure, readFileSync(procedure, 'utf8').replace(/^revision: 1$/m, 'revision: 3'));
    const broken = runStep(runs[1]!, clone);
    expect(broken.stdout).toMatch(/::error file=procedures\/QT-VP-01\.md/);
    expect(broken.status).toBe(1);

    // The hook, installed by the pinned qms, runs the pinned qms (there is no other on PATH).
    expect(run('npx', ['--no-install', 'qms', 'hook', 'install'], clone).status).toBe(0);
    expect(run('sh', ['-c', 'command -v qms'], clone).status).not.toBe(0);
    git(clone, 'add', 'procedures/QT-VP-01.md');
    const refused = run('git', ['commit', '-m', 'revision 3'], clone);
    expect(refused.stdout + refused.stderr).toMatch(/revision\/history/);
    expect(refused.status).not.toBe(0);
    // …and runs nothing once node_modules is tracked.
    git(clone, 'checkout', '-q', 'HEAD', '--', 'procedures/QT-VP-01.md');
    git(clone, 'add', '-f', 'node_modules/.bin/qms');
    const tracked = run('git', ['commit', '-m', 'node_modules'], clone);
    expect(tracked.stderr).toMatch(/node_modules is tracked in git/);
    expect(tracked.status).not.toBe(0);
  });
});
