import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { makeRepo } from './repo.js';

const created: string[] = [];
afterAll(() => {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Runs git in `cwd` with arguments (no shell) and returns its output. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
}

/** Makes `root` a git repository with one commit of everything in it, on branch main. */
export function commitAll(root: string, message = 'initial'): string {
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.name', 'Nguyễn Văn An');
  git(root, 'config', 'user.email', 'an@example.vn');
  git(root, 'config', 'core.autocrlf', 'false');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
  return root;
}

/** A git repository made of `files`, committed. */
export function makeGitRepo(files: Record<string, string | Buffer>): string {
  return commitAll(makeRepo(files));
}

/** A committed copy of the demo agency in a new temporary folder. */
export function demoAgencyRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'qms-demo-'));
  created.push(root);
  cpSync('fixtures/demo-agency', root, { recursive: true, filter: (source) => !source.includes('/.qms') });
  return commitAll(root);
}
