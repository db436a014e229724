/** `qms hook install|uninstall`: the git pre-commit hook script that checks staged documents, and installing or removing it. */
import { chmodSync, existsSync, mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { Command } from 'commander';
import { applyChanges } from '../../write/apply.js';
import { git, GitError } from '../../git/run.js';
import { findRoot } from '../../workspace/root.js';
import { QmsError } from '../../util/errors.js';
import { both, t } from '../../i18n/messages/index.js';
import { runLanguage } from '../../workspace/run-language.js';
import { EXIT, type Io } from '../io.js';
import { qmsPackageName } from '../../version.js';

const MARK = '# installed by qms hook install';

/**
 * The pre-commit hook: checks what is staged and refuses a commit with errors. It runs the qms the
 * repository pins (package.json naming `packageName`, installed by `npm ci` into node_modules), and a
 * `qms` on PATH only in a repository that pins none. It refuses to run anything while a
 * node_modules folder is tracked in git: a committed node_modules/.bin/qms is code from the
 * repository, not the pinned install, and a hook must never run it.
 */
export function preCommitHook(packageName: string): string {
  return `#!/bin/sh
${MARK}: checks the staged controlled documents before each commit.
# Remove with: qms hook uninstall. Skip once with: git commit --no-verify
if [ -n "$(git ls-files -- node_modules ':(glob)**/node_modules' ':(glob)**/node_modules/**' | head -n 1)" ]; then
  echo "qms: node_modules đang được theo dõi trong git, hook không chạy mã từ đó — node_modules is tracked in git, and the hook runs no code from it." >&2
  echo "     git rm -r --cached node_modules && git commit   (node_modules/ belongs in .gitignore)" >&2
  exit 1
fi
if [ -f package.json ] && grep -q '"${packageName}"' package.json; then
  if [ ! -x node_modules/.bin/qms ]; then
    echo "qms: kho ghim ${packageName} nhưng chưa cài — the repository pins ${packageName} but it is not installed: npm ci" >&2
    exit 1
  fi
  exec npx --no-install qms check --staged --changed-only
fi
if command -v qms >/dev/null 2>&1; then
  exec qms check --staged --changed-only
fi
echo "qms: không tìm thấy qms — qms is not installed: npm install --save-dev --save-exact <qms .tgz>, then npm ci" >&2
exit 1
`;
}

/** Wires `qms hook install|uninstall` into the program. */
export function registerHook(program: Command, io: Io, setExit: (code: number) => void): void {
  const hook = program
    .command('hook');
  hook
    .command('install')
    .option('--force')
    .action((options: { force?: boolean; lang?: string }) => {
      const language = runLanguage(options.lang === undefined ? [] : ['--lang', options.lang], io);
      const path = hookPath(io.cwd);
      // Read once: what is there decides whether it is ours, and is what the writer expects to replace.
      const expected = existsSync(path) ? readFileSync(path, 'utf8') : null;
      if (expected !== null && !expected.includes(MARK) && !options.force) {
        throw new QmsError(both('hook.foreign', { path }));
      }
      mkdirSync(dirname(path), { recursive: true });
      applyChanges(dirname(path), [{ file: basename(path), before: expected, after: preCommitHook(qmsPackageName()) }], language);
      chmodSync(path, 0o755);
      io.stdout.write(`${t(language, 'hook.installed', { path })}\n`);
      setExit(EXIT.ok);
    });
  hook
    .command('uninstall')
    .action((options: { lang?: string }) => {
      const language = runLanguage(options.lang === undefined ? [] : ['--lang', options.lang], io);
      const path = hookPath(io.cwd);
      if (!existsSync(path)) io.stdout.write(`${t(language, 'hook.none', {})}\n`);
      else if (!readFileSync(path, 'utf8').includes(MARK)) throw new QmsError(both('hook.not-ours', { path }));
      else {
        unlinkSync(path);
        io.stdout.write(`${t(language, 'hook.removed', { path })}\n`);
      }
      setExit(EXIT.ok);
    });
}

function hookPath(cwd: string): string {
  const root = findRoot(cwd);
  let hooks: string;
  try {
    hooks = git(root, ['rev-parse', '--git-path', 'hooks']).trim();
  } catch (error) {
    if (error instanceof GitError) throw new QmsError(both('hook.no-git', { root }));
    throw error;
  }
  return join(isAbsolute(hooks) ? hooks : join(root, hooks), 'pre-commit');
}
