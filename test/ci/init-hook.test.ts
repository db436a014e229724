import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BARE_CONFIG, BIN, git, makeGitRepo, makeRepo, runBin } from '../helpers/index.js';

const DOC = (revision: number, history: string, body: string): string =>
  `---\ncode: QT-A-01\ntitle: Quy trình\ntype: procedure\nrevision: ${revision}\nstatus: draft\nhistory:\n${history}---\n# Quy trình\n\n${body}\n`;
const ROW1 = '  - { revision: 1, date: 2026-01-01, summary: Ban hành lần đầu }\n';

describe('qms init --ci', () => {
  it('writes a GitHub workflow with full history, annotations and a SARIF upload', () => {
    const root = makeGitRepo({ 'qms.config.yaml': BARE_CONFIG });
    const result = runBin(['init', '--ci', 'github'], root);
    expect(result.code).toBe(0);
    const workflow = parse(readFileSync(join(root, '.github/workflows/qms.yml'), 'utf8')) as { jobs: { check: { steps: Array<Record<string, unknown>> } } };
    const steps = workflow.jobs.check.steps;
    expect(steps.find((s) => s.uses === 'actions/checkout@v4')?.with).toEqual({ 'fetch-depth': 0 });
    expect(steps.some((s) => String(s.run).includes('qms check --format github'))).toBe(true);
    expect(steps.some((s) => String(s.run).includes('--format sarif --output qms.sarif'))).toBe(true);
    expect(steps.some((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif'))).toBe(true);
  });

  it('writes a GitLab job with full history and a JUnit report, and never overwrites', () => {
    const root = makeGitRepo({ 'qms.config.yaml': BARE_CONFIG });
    expect(runBin(['init', '--ci', 'gitlab'], root).code).toBe(0);
    const job = (parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8')) as { qms: Record<string, unknown> }).qms;
    expect(job.variables).toEqual({ GIT_DEPTH: '0' });
    expect(job.artifacts).toMatchObject({ reports: { junit: 'qms-junit.xml' } });
    const again = runBin(['init', '--ci', 'gitlab'], root);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists.*--print/);
    expect(runBin(['init', '--ci', 'gitlab', '--print'], root).stdout).toContain('qms check --format junit');
    expect(runBin(['init', '--ci', 'jenkins'], root).stderr).toMatch(/unknown CI system "jenkins"/);
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

  it('does not replace a hook it did not install, unless forced', () => {
    const root = makeGitRepo({ 'qms.config.yaml': BARE_CONFIG });
    writeFileSync(join(root, '.git/hooks/pre-commit'), '#!/bin/sh\necho mine\n');
    const result = runBin(['hook', 'install', '--lang', 'en'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not installed by qms/);
    expect(readFileSync(join(root, '.git/hooks/pre-commit'), 'utf8')).toContain('echo mine');
    expect(runBin(['hook', 'install', '--force'], root).code).toBe(0);
  });
});
