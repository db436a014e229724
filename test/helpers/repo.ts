/**
 * Repositories on disk: temporary folders (removed after the test file), a repository written from
 * a map of files, real git repositories committed on `main`, and a copy of the demo agency.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The demo agency of the README (`npm run demo`), relative to the package root. */
export const DEMO_AGENCY = 'fixtures/demo-agency';

const created: string[] = [];

/**
 * Removes the temporary folders made so far. test/setup.ts runs it after each test file: the
 * workers run several files each (vitest.config.ts: isolate off), and this module is loaded once
 * per worker, so a hook registered here would run after the first file only.
 */
export function removeTempFolders(): void {
  for (const folder of created.splice(0)) {
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      // A folder a test made unreadable is cleaned by the OS.
    }
  }
}

/** A new, empty temporary folder, removed after the test file. */
export function tempFolder(prefix = 'qms-test-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  created.push(folder);
  return folder;
}

/**
 * Writes a repository into a new temporary folder: `files` maps relative paths to contents
 * (strings are written as UTF-8, Buffers as they are). A qms.config.yaml is not added unless given.
 */
export function makeRepo(files: Record<string, string | Buffer>): string {
  const root = tempFolder();
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return root;
}

/** A file of a repository, read as UTF-8 text. */
export function readText(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

/** Who commits in the tests, as `git -c` arguments. */
export const GIT_IDENTITY: readonly string[] = ['-c', 'user.name=Nguyễn Văn An', '-c', 'user.email=an@example.vn'];

/**
 * Runs git in `cwd` (no shell; the system config ignored; the test identity passed with `-c`, so
 * arguments may override it) and returns its output; throws with git's message when it fails.
 */
export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', [...GIT_IDENTITY, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr ?? String(result.error)}`);
  return result.stdout;
}

/** The identity and line endings every test repository records (see commitAll). */
const REPOSITORY_CONFIG = '[user]\n\tname = Nguyễn Văn An\n\temail = an@example.vn\n[core]\n\tautocrlf = false\n';

/**
 * Makes `root` a git repository on branch `main` with one commit of everything in it. The identity
 * is also recorded in the repository, for the commits git makes without the helper (`qms impact
 * --apply`, a hook test's own `git commit`); core.autocrlf is off, so files keep their bytes.
 */
export function commitAll(root: string, message = 'initial'): string {
  git(root, 'init', '-q', '-b', 'main');
  // What three `git config` calls would add, written at once: the suite makes hundreds of
  // repositories, and each git process a test worker starts costs it a fork.
  appendFileSync(join(root, '.git', 'config'), REPOSITORY_CONFIG);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
  return root;
}

/** A git repository made of `files`, committed. */
export function makeGitRepo(files: Record<string, string | Buffer>): string {
  return commitAll(makeRepo(files));
}

/** A copy of the demo agency (without its cache) in a new temporary folder. */
export function copyDemoAgency(prefix = 'qms-demo-'): string {
  const root = tempFolder(prefix);
  cpSync(DEMO_AGENCY, root, { recursive: true, filter: (source) => !source.includes('/.qms') });
  return root;
}

/** A committed copy of the demo agency in a new temporary folder. */
export function demoAgencyRepo(): string {
  return commitAll(copyDemoAgency());
}
