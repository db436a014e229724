/**
 * `qms init --ci` and `qms hook`: the first case of each runs the built CLI as a child process end to
 * end; the others test what is written and refused, running the command in-process (main(argv, io)).
 * The hooks themselves always run through a real `git commit`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BARE_CONFIG, BIN, git, makeGitRepo, makeRepo, runBin, runMain } from '../helpers/index.js';

const DOC = (revision: number, history: string, body: string): string =>
  `---\ncode: QT-A-01\ntitle: Quy trình\ntype: procedure\nrevision: ${revision}\nstatus: draft\nhistory:\n${history}---\n# Quy trình\n\n${body}\n`;
const ROW1 = '  - { revision: 1, date: 2026-01-01, summary: Ban hành lần đầu }\n';

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
/** What `qms init` leaves for CI: qms pinned in package.json and a lockfile (its content is npm's business). */
const PINNED = {
  'package.json': JSON.stringify({ private: true, devDependencies: { [PACKAGE.name]: PACKAGE.version } }),
  'package-lock.json': '{}\n',
};

interface Workflow {
  on: { push: { branches: string[] } };
  jobs: { check: { steps: Array<Record<string, unknown>> } };
}

describe('qms init --ci', () => {
  it('writes a GitHub workflow that installs the pinned qms, runs it, and cannot turn red for want of code scanning', () => {
    const root = makeGitRepo({ 'qms.config.yaml': BARE_CONFIG, ...PINNED });
    const result = runBin(['init', '--ci', 'github'], root, { QMS_LANG: 'en' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/every push to main/);
    const workflow = parse(readFileSync(join(root, '.github/workflows/qms.yml'), 'utf8')) as Workflow;
    const steps = workflow.jobs.check.steps;
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(steps.find((s) => s.uses === 'actions/checkout@v6')?.with).toEqual({ 'fetch-depth': 0 });
    expect(steps.find((s) => s.uses === 'actions/setup-node@v6')?.with).toEqual({ 'node-version': 22 });
    const runs = steps.filter((s) => s.run !== undefined).map((s) => String(s.run));
    expect(runs).toEqual(['npm ci', 'npx --no-install qms check --format github', 'npx --no-install qms check --format sarif --output qms.sarif || true']);
    const upload = steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif'));
    expect(upload).toMatchObject({ uses: 'github/codeql-action/upload-sarif@v4', 'continue-on-error': true, if: 'always()' });
    // Nothing installs qms from a registry by name: only the lockfile's pin.
    expect(readFileSync(join(root, '.github/workflows/qms.yml'), 'utf8')).not.toMatch(/npm install|npx (?!--no-install)/);
  });

  it('triggers on the branch the repository actually uses', async () => {
    const root = makeGitRepo({ 'qms.config.yaml': BARE_CONFIG, ...PINNED });
    git(root, 'branch', '-m', 'main', 'trunk');
    expect((await runMain(['init', '--ci', 'github'], root)).code).toBe(0);
    expect((parse(readFileSync(join(root, '.github/workflows/qms.yml'), 'utf8')) as Workflow).on.push.branches).toEqual(['trunk']);
  });

  it('refuses a repository that does not pin qms: its CI would have nothing to install', async () => {
    const root = makeGitRepo({ 'qms.config.yaml': BARE_CONFIG });
    const refused = await runMain(['init', '--ci', 'github'], root, { QMS_LANG: 'en' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/does not pin qms .*npm install --save-dev --save-exact/);
    expect(existsSync(join(root, '.github'))).toBe(false);
  });

  it('reads the pin from the dependencies of package.json, never through a link to a device', async () => {
    // Named only in a description: no pin (a substring check took it for one).
    const mentioned = makeGitRepo({ 'qms.config.yaml': BARE_CONFIG, 'package.json': JSON.stringify({ description: `uses "${PACKAGE.name}"` }), 'package-lock.json': '{}\n' });
    expect((await runMain(['init', '--ci', 'github'], mentioned, { QMS_LANG: 'en' })).code).toBe(2);
    // package.json a link to /dev/zero: refused at once instead of read for ever.
    const linked = makeGitRepo({ 'qms.config.yaml': BARE_CONFIG, 'package-lock.json': '{}\n' });
    symlinkSync('/dev/zero', join(linked, 'package.json'));
    const refused = await runMain(['init', '--ci', 'github'], linked, { QMS_LANG: 'en' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/does not pin qms/);
  });

  it('writes a GitLab job with full history and a JUnit report, and never overwrites', async () => {
    const root = makeGitRepo({ 'qms.config.yaml': BARE_CONFIG, ...PINNED });
    expect((await runMain(['init', '--ci', 'gitlab'], root)).code).toBe(0);
    const job = (parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8')) as { qms: Record<string, unknown> }).qms;
    expect(job.variables).toEqual({ GIT_DEPTH: '0' });
    expect(job.image).toBe('node:22');
    expect(job.script).toEqual(['npm ci', 'npx --no-install qms check --format junit --output qms-junit.xml']);
    expect(job.artifacts).toMatchObject({ reports: { junit: 'qms-junit.xml' } });
    const again = await runMain(['init', '--ci', 'gitlab'], root, { QMS_LANG: 'en' });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists.*--print/);
    expect((await runMain(['init', '--ci', 'gitlab', '--print'], root)).stdout).toContain('npx --no-install qms check --format junit');
    expect((await runMain(['init', '--ci', 'jenkins'], root, { QMS_LANG: 'en' })).stderr).toMatch(/unknown CI system "jenkins"/);
  });
});

describe('qms hook', () => {
  it('installs a pre-commit hook that refuses a commit with errors in staged documents', () => {
    const root = makeGitRepo({ 'qms.config.yaml': BARE_CONFIG, 'procedures/QT-A-01.md': DOC(1, ROW1, 'Nội dung.') });
    // The hook runs `qms` from PATH.
    const bin = makeRepo({});
    writeFileSync(join(bin, 'qms'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'qms'), 0o755);
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' };
    expect(runBin(['hook', 'install'], root).code).toBe(0);
    const hook = join(root, '.git/hooks/pre-commit');
    expect(existsSync(hook)).toBe(true);

    // Changed content without a new revision: refused.
    writeFileSync(join(root, 'procedures/QT-A-01.md'), DOC(1, ROW1, 'Nội dung đã sửa.'));
    git(root, 'add', '-A');
    const refused = spawnSync('git', ['commit', '-m', 'sửa nội dung'], { cwd: root, env, encoding: 'utf8' });
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/change\/revision/);

    // Revised properly: accepted. An unstaged error elsewhere does not matter.
    writeFileSync(join(root, 'procedures/QT-A-01.md'), DOC(2, `${ROW1}  - { revision: 2, date: 2026-02-01, summary: Sửa nội dung }\n`, 'Nội dung đã sửa.'));
    git(root, 'add', '-A');
    mkdirSync(join(root, 'drafts'));
    writeFileSync(join(root, 'drafts/QT-B-01.md'), 'no front matter');
    const accepted = spawnSync('git', ['commit', '-m', 'lần ban hành 2'], { cwd: root, env, encoding: 'utf8' });
    expect(accepted.stdout + accepted.stderr).not.toMatch(/error/);
    expect(accepted.status).toBe(0);

    expect(runBin(['hook', 'uninstall'], root).code).toBe(0);
    expect(existsSync(hook)).toBe(false);
  });

  it('does not replace a hook it did not install, unless forced', async () => {
    const root = makeGitRepo({ 'qms.config.yaml': BARE_CONFIG });
    writeFileSync(join(root, '.git/hooks/pre-commit'), '#!/bin/sh\necho mine\n');
    const result = await runMain(['hook', 'install', '--lang', 'en'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not installed by qms/);
    expect(readFileSync(join(root, '.git/hooks/pre-commit'), 'utf8')).toContain('echo mine');
    expect((await runMain(['hook', 'install', '--force'], root)).code).toBe(0);
  });
});

describe('qms hook: which qms it runs', () => {
  /** An executable script at `path` in `root` that leaves `marker` in the root, then runs the real CLI (or fails). */
  const script = (root: string, path: string, marker: string, run: boolean): void => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), `#!/bin/sh\necho ran > "${join(root, marker)}"\n${run ? `exec "${process.execPath}" "${BIN}" "$@"` : 'exit 0'}\n`);
    chmodSync(join(root, path), 0o755);
  };
  /** PATH with a `qms` that leaves a marker and accepts every commit: the hook must not pick it in a pinning repository. */
  const withGlobalQms = (root: string): NodeJS.ProcessEnv => {
    const bin = makeRepo({});
    writeFileSync(join(bin, 'qms'), `#!/bin/sh\necho ran > "${join(root, 'global-ran')}"\nexit 0\n`);
    chmodSync(join(bin, 'qms'), 0o755);
    return { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' };
  };
  const pinning = (): string =>
    makeGitRepo({
      'qms.config.yaml': BARE_CONFIG,
      '.gitignore': 'node_modules/\n.qms/\nglobal-ran\npinned-ran\n',
      ...PINNED,
      'procedures/QT-A-01.md': DOC(1, ROW1, 'Nội dung.'),
    });
  const commit = (root: string, env: NodeJS.ProcessEnv): { status: number | null; output: string } => {
    const result = spawnSync('git', ['commit', '-m', 'sửa'], { cwd: root, env, encoding: 'utf8' });
    return { status: result.status, output: result.stdout + result.stderr };
  };

  it('runs the install the repository pins (node_modules/.bin/qms from npm ci), not a qms on PATH', async () => {
    const root = pinning();
    script(root, 'node_modules/.bin/qms', 'pinned-ran', true);
    const env = withGlobalQms(root);
    expect((await runMain(['hook', 'install'], root)).code).toBe(0);
    writeFileSync(join(root, 'procedures/QT-A-01.md'), DOC(1, ROW1, 'Nội dung đã sửa.'));
    git(root, 'add', '-A');
    const refused = commit(root, env);
    expect(refused.output).toMatch(/change\/revision/);
    expect(refused.status).not.toBe(0);
    expect(existsSync(join(root, 'pinned-ran'))).toBe(true);
    expect(existsSync(join(root, 'global-ran'))).toBe(false);
  });

  it('refuses when the pinned qms is not installed, and says to run npm ci', async () => {
    const root = pinning();
    expect((await runMain(['hook', 'install'], root)).code).toBe(0);
    writeFileSync(join(root, 'procedures/QT-A-01.md'), DOC(2, `${ROW1}  - { revision: 2, date: 2026-02-01, summary: Sửa }\n`, 'Nội dung đã sửa.'));
    git(root, 'add', '-A');
    const refused = commit(root, withGlobalQms(root));
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain(`pins ${PACKAGE.name} but it is not installed: npm ci`);
    expect(existsSync(join(root, 'global-ran'))).toBe(false);
  });

  it('refuses to run anything while node_modules is tracked in git, committed or only staged', async () => {
    for (const committed of [true, false]) {
      const root = pinning();
      // A node_modules/.bin/qms that would let every commit through: the repository's code, not the pinned install.
      script(root, 'node_modules/.bin/qms', 'pinned-ran', false);
      git(root, 'add', '-f', 'node_modules/.bin/qms');
      if (committed) git(root, 'commit', '-q', '-m', 'node_modules');
      expect((await runMain(['hook', 'install'], root)).code).toBe(0);
      writeFileSync(join(root, 'procedures/QT-A-01.md'), DOC(1, ROW1, 'Nội dung đã sửa.'));
      git(root, 'add', 'procedures/QT-A-01.md');
      const refused = commit(root, withGlobalQms(root));
      expect(refused.status, `committed: ${committed}`).not.toBe(0);
      expect(refused.output).toMatch(/node_modules is tracked in git, and the hook runs no code from it/);
      expect(existsSync(join(root, 'pinned-ran'))).toBe(false);
      expect(existsSync(join(root, 'global-ran'))).toBe(false);
    }
  });
});
