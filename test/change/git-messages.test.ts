/**
 * What qms says when git cannot give what a run asks (git/run.ts, git/base.ts): the catalogue's
 * messages, in Vietnamese and in English, with the base named as the run named it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeBase } from '../../src/git/base.js';
import { git as gitHere, gitTopLevel } from '../../src/git/run.js';
import { t } from '../../src/i18n/messages/index.js';
import { git, makeGitRepo, makeRepo, refusalOf } from '../helpers/index.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('git refusals', () => {
  it('git missing from PATH: a QmsError in both languages, and no repository for gitTopLevel', () => {
    const root = makeRepo({});
    vi.stubEnv('PATH', join(root, 'no-such-folder'));
    const error = refusalOf(() => gitHere(root, ['--version']));
    expect(error.messageId).toBe('git.not-installed');
    expect(error.in('vi')).toBe(t('vi', 'git.not-installed', {}));
    expect(error.in('en')).toBe('git is not installed or not on PATH: the git-aware options need it');
    expect(gitTopLevel(root)).toBeNull();
  });

  it('a base with no history in common with HEAD names the base as the run named it', () => {
    const root = makeGitRepo({ 'a.md': 'một\n' });
    git(root, 'checkout', '-q', '--orphan', 'other');
    writeFileSync(join(root, 'b.md'), 'hai\n');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'khác');
    const fromCi = refusalOf(() => mergeBase(root, 'main', 'pull-request'));
    expect(fromCi.messageId).toBe('git.no-common-history');
    expect(fromCi.in('vi')).toBe(t('vi', 'git.no-common-history', { ref: 'main', source: 'pull-request' }));
    expect(fromCi.in('vi')).toContain('nhánh gốc main của pull request');
    expect(fromCi.in('en')).toBe("main and HEAD have no common history: is the pull request's base main the branch this one was made from?");
    expect(refusalOf(() => mergeBase(root, 'main')).in('en')).toBe('main and HEAD have no common history: is --base main the branch this one was made from?');
  });
});
