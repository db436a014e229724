/**
 * `qms check --base` end to end: the built CLI (bin/qms) on real git repositories — a feature
 * branch, `--head`, `--staged`, `--changed-only`, the GitHub and GitLab pull request variables
 * with a bare "origin", shallow clones, a detached HEAD, Vietnamese paths with spaces,
 * core.autocrlf and a QMS root below the git top level.
 */
import type { Finding } from '../../src/model/repository.js';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingText } from '../../src/i18n/messages/findings.js';
import { t } from '../../src/i18n/messages/index.js';
import { type DocumentOptions, git, makeGitRepo, makeRepo, nd107, ND_61_2018, procedure, runBin, runMain, SHORT_CONFIG, TODAY } from '../helpers/index.js';

/** CI variables cleared, so that running the suite inside GitHub Actions or GitLab CI changes nothing. */
const NO_CI: Record<string, string> = {
  GITHUB_ACTIONS: '',
  GITHUB_BASE_REF: '',
  GITLAB_CI: '',
  CI_MERGE_REQUEST_DIFF_BASE_SHA: '',
  CI_MERGE_REQUEST_TARGET_BRANCH_NAME: '',
  // Messages in Vietnamese whatever the machine's locale.
  QMS_LANG: 'vi',
};

type JsonFinding = Finding;

interface CheckResult {
  code: number;
  stdout: string;
  stderr: string;
  findings: JsonFinding[];
}

/**
 * `qms check --format json --today 2026-11-27 …` in `cwd`, in-process (main(argv, io)): what is
 * tested here is the comparison with git, which runs for real; the stylish reports below are the
 * real CLI's.
 */
async function check(cwd: string, args: string[] = [], env: Record<string, string> = {}): Promise<CheckResult> {
  const result = await runMain(['check', '--format', 'json', '--today', TODAY, ...args], cwd, { ...NO_CI, ...env });
  const findings = result.code === 0 || result.code === 1 ? (JSON.parse(result.stdout) as JsonFinding[]) : [];
  return { ...result, findings };
}

/** Findings of the change/* rules as sorted `file:line ruleId`. */
function changes(findings: JsonFinding[]): string[] {
  return findings
    .filter((f) => f.ruleId.startsWith('change/'))
    .map((f) => `${f.file}:${f.line} ${f.ruleId}`)
    .sort();
}

/** Every file with a finding. */
function filesWithFindings(findings: JsonFinding[]): string[] {
  return [...new Set(findings.map((f) => f.file))].sort();
}

/** A usage or git error: exit 2, one `qms:` line, no stack trace. */
function expectCleanError(result: CheckResult): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^qms: /);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
}

const TITLES: Record<number, string> = {
  1: 'Quy trình tiếp nhận và trả kết quả giải quyết thủ tục hành chính',
  2: 'Quy trình giải quyết hồ sơ trực tuyến',
  3: 'Quy trình kiểm soát tài liệu nội bộ',
  4: 'Quy trình đánh giá chất lượng giải quyết thủ tục hành chính',
  5: 'Quy trình số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
  6: 'Quy trình lưu trữ hồ sơ giải quyết thủ tục hành chính',
};

const BODY = 'Thực hiện theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ. Công chức Bộ phận Một cửa chuyển hồ sơ cho phòng chuyên môn trong 03 ngày làm việc.';

/** An effective procedure of the Văn phòng Sở, resting on 61/2018/NĐ-CP, at revision 1. */
function vp(n: number, options: DocumentOptions = {}): string {
  return procedure({ code: `QT-VP-0${n}`, title: TITLES[n], legalBasis: '  - id: 61/2018/NĐ-CP', body: BODY, ...options });
}

/** A form with a long table, unlike any procedure here, at `revision`. */
function trackingForm(revision: number): string {
  const steps = ['Tiếp nhận hồ sơ', 'Kiểm tra tính đầy đủ', 'Số hóa thành phần hồ sơ', 'Chuyển phòng chuyên môn', 'Thẩm định hồ sơ', 'Trình lãnh đạo Sở', 'Ký duyệt kết quả', 'Đóng dấu, vào sổ', 'Trả kết quả', 'Lưu hồ sơ'];
  return procedure({
    code: 'BM-01/QT-VP-02',
    title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ trực tuyến',
    type: 'form',
    revision,
    body: ['| STT | Bước xử lý | Bộ phận thực hiện | Thời hạn | Ngày hoàn thành | Ký tên |', '|---|---|---|---|---|---|', ...steps.map((step, i) => `| ${i + 1} | ${step} | | | | |`)].join('\n'),
  });
}

/** A change of substance (a time limit shortened), without a new revision. */
const shorten = (text: string): string => text.replace('03 ngày', '02 ngày');

/** The same change made properly: revision 2 with its history row, back to draft until approved. */
function revised(n: number): string {
  return vp(n, {
    revision: 2,
    status: 'draft',
    effective: null,
    approval: '  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2026-11-02 }',
    history: ['  - { revision: 1, date: 2026-02-20, summary: Ban hành lần đầu }', '  - { revision: 2, date: 2026-11-02, summary: Rút ngắn thời hạn chuyển hồ sơ }'].join('\n'),
    body: shorten(BODY),
  });
}

/** The agency on main: a clean repository (no finding at all). */
function agency(prefix = 'procedures/'): Record<string, string> {
  return {
    'qms.config.yaml': SHORT_CONFIG,
    '.gitignore': '.qms/\n',
    'legal/nd-61-2018-nd-cp.md': ND_61_2018,
    [`${prefix}QT-VP-01.md`]: vp(1),
    [`${prefix}QT-VP-02.md`]: vp(2),
    [`${prefix}QT-VP-03.md`]: vp(3),
  };
}

function write(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

function edit(root: string, file: string, change: (text: string) => string): void {
  write(root, file, change(readFileSync(join(root, file), 'utf8')));
}

function commit(root: string, message: string): void {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
}

/**
 * The agency on main and a branch `feature` (checked out) that shortens a time limit in QT-VP-01
 * without a new revision, revises QT-VP-02 properly and deletes QT-VP-03, in one commit.
 */
function featureBranch(): string {
  const root = makeGitRepo(agency());
  git(root, 'checkout', '-q', '-b', 'feature');
  edit(root, 'procedures/QT-VP-01.md', shorten);
  write(root, 'procedures/QT-VP-02.md', revised(2));
  rmSync(join(root, 'procedures/QT-VP-03.md'));
  commit(root, 'Rút ngắn thời hạn chuyển hồ sơ');
  return root;
}

/** What the change/* rules find on `feature` (procedure(): revision on line 5, approved on 12). */
const FEATURE_CHANGES = ['procedures/QT-VP-01.md:12 change/approval', 'procedures/QT-VP-01.md:5 change/revision', 'procedures/QT-VP-03.md:1 change/deleted'];

describe('qms check --base', () => {
  it('compares a feature branch with its merge base with main', async () => {
    const root = featureBranch();
    // Main moves on after the branch was made: a document added there is not the branch's change.
    git(root, 'checkout', '-q', 'main');
    expect((await check(root)).findings).toEqual([]);
    write(root, 'procedures/QT-VP-04.md', vp(4));
    commit(root, 'Ban hành QT-VP-04');
    git(root, 'checkout', '-q', 'feature');

    const result = await check(root, ['--base', 'main']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(changes(result.findings)).toEqual(FEATURE_CHANGES);
    // Without a base no change/* rule has anything to compare.
    expect(changes((await check(root)).findings)).toEqual([]);
    const stylish = runBin(['check', '--base', 'main', '--today', TODAY], root, NO_CI);
    expect(stylish.stdout).toContain(findingText('vi', { messageId: 'change/revision.unchanged', data: { from: 1, next: 2, code: 'QT-VP-01' } }));
    expect(stylish.stdout).toContain(findingText('vi', { messageId: 'change/deleted', data: { code: 'QT-VP-03' } }));

    // On main, nothing changed since main.
    git(root, 'checkout', '-q', 'main');
    const onMain = await check(root, ['--base', 'main']);
    expect(onMain.code).toBe(0);
    expect(onMain.findings).toEqual([]);
  });

  it('--head checks HEAD as committed: an uncommitted edit is ignored, a committed one is seen', async () => {
    const root = featureBranch();
    // Uncommitted: QT-VP-02 jumps to revision 3; a new form starts at revision 2. (The form is
    // unlike QT-VP-03, or git would pair the two as a rename once committed.)
    edit(root, 'procedures/QT-VP-02.md', (text) => text.replace('revision: 2', 'revision: 3'));
    write(root, 'forms/BM-01-QT-VP-02.md', trackingForm(2));
    const uncommitted = ['forms/BM-01-QT-VP-02.md:5 change/revision', 'procedures/QT-VP-02.md:5 change/revision'];

    expect(changes((await check(root, ['--base', 'main', '--head'])).findings)).toEqual(FEATURE_CHANGES);
    expect(changes((await check(root, ['--base', 'main'])).findings)).toEqual([...FEATURE_CHANGES, ...uncommitted].sort());
    commit(root, 'Sửa lần ban hành');
    expect(changes((await check(root, ['--base', 'main', '--head'])).findings)).toEqual([...FEATURE_CHANGES, ...uncommitted].sort());
  });

  it('--staged checks only what is staged, compared with HEAD', async () => {
    const root = makeGitRepo(agency());
    const original = readFileSync(join(root, 'procedures/QT-VP-01.md'), 'utf8');
    edit(root, 'procedures/QT-VP-01.md', shorten);
    git(root, 'add', 'procedures/QT-VP-01.md');
    // Not staged: an edit of QT-VP-02 and a new document at revision 2.
    edit(root, 'procedures/QT-VP-02.md', shorten);
    write(root, 'procedures/QT-VP-05.md', vp(5, { revision: 2 }));
    const staged = ['procedures/QT-VP-01.md:12 change/approval', 'procedures/QT-VP-01.md:5 change/revision'];

    const result = await check(root, ['--staged']);
    expect(result.stderr).toBe('');
    expect(changes(result.findings)).toEqual(staged);
    // The index is read, not the work tree: with the work-tree copy put back, the staged edit is still checked.
    writeFileSync(join(root, 'procedures/QT-VP-01.md'), original);
    expect(changes((await check(root, ['--staged'])).findings)).toEqual(staged);
    // The work tree compared with HEAD sees the unstaged changes instead.
    expect(changes((await check(root, ['--base', 'HEAD'])).findings)).toEqual([
      'procedures/QT-VP-02.md:12 change/approval',
      'procedures/QT-VP-02.md:5 change/revision',
      'procedures/QT-VP-05.md:5 change/revision',
    ]);
  });

  it('--changed-only reports on changed documents and those a changed register entry affects; repository-wide rules still see all', async () => {
    const unrelated = 'Văn phòng Sở rà soát danh mục tài liệu nội bộ hằng năm.';
    const root = makeGitRepo({
      ...agency(),
      // Not citing 61/2018/NĐ-CP, and with an old problem of its own: the preparer approved it.
      'procedures/QT-VP-03.md': vp(3, {
        legalBasis: undefined,
        body: unrelated,
        approval: [
          '  prepared: { name: Lê Văn Cường, title: Giám đốc, date: 2026-02-02 }',
          '  reviewed: { name: Trần Thị Bình, title: Trưởng phòng, date: 2026-02-10 }',
          '  approved: { name: Lê Văn Cường, title: Giám đốc, date: 2026-02-20 }',
        ].join('\n'),
      }),
    });
    git(root, 'checkout', '-q', '-b', 'feature');
    edit(root, 'procedures/QT-VP-01.md', shorten);
    // 107/2021/NĐ-CP amends 61/2018/NĐ-CP, which QT-VP-02 (unchanged) cites.
    write(root, 'legal/nd-107-2021-nd-cp.md', nd107());
    // A new document that takes the code of QT-VP-03 (unchanged).
    write(root, 'procedures/QT-VP-06.md', vp(6, { code: 'QT-VP-03', legalBasis: undefined, body: unrelated }));
    commit(root, 'Cập nhật');

    const all = await check(root, ['--base', 'main']);
    expect(filesWithFindings(all.findings)).toContain('procedures/QT-VP-03.md');
    expect(all.findings.filter((f) => f.file === 'procedures/QT-VP-03.md').map((f) => f.ruleId)).toEqual(expect.arrayContaining(['approval/self', 'code/duplicate']));

    const only = await check(root, ['--base', 'main', '--changed-only']);
    expect(only.stderr).toBe('');
    expect(only.code).toBe(1);
    expect(filesWithFindings(only.findings)).toEqual(['procedures/QT-VP-01.md', 'procedures/QT-VP-02.md', 'procedures/QT-VP-06.md']);
    expect(changes(only.findings)).toEqual([
      'procedures/QT-VP-01.md:12 change/approval',
      'procedures/QT-VP-01.md:14 change/legal',
      'procedures/QT-VP-01.md:5 change/revision',
      'procedures/QT-VP-02.md:14 change/legal',
    ]);
    // code/duplicate compares with every document, and reports on the changed one only.
    expect(only.findings.filter((f) => f.ruleId === 'code/duplicate').map((f) => f.file)).toEqual(['procedures/QT-VP-06.md']);
    // Each finding of the narrowed run is one of the full run.
    const key = (f: JsonFinding): string => `${f.file}:${f.line}:${f.column} ${f.ruleId}`;
    expect(all.findings.map(key)).toEqual(expect.arrayContaining(only.findings.map(key)));

    const stylish = runBin(['check', '--base', 'main', '--changed-only', '--today', TODAY], root, NO_CI);
    const counts = { errors: 0, warnings: 0, infos: 0, documents: 3, legal: 1 };
    expect(stylish.stdout).toContain(t('vi', 'report.found', counts).split(' — ')[1]);
  });

  it('--changed-only without a base is a usage error', async () => {
    const root = makeGitRepo(agency());
    const result = await check(root, ['--changed-only']);
    expectCleanError(result);
    expect(result.stderr).toContain(t('vi', 'usage.changed-only-base', {}));
  });

  it('a missing ref is exit 2 with a clear message, whether given or from CI', async () => {
    const root = featureBranch();
    const missing = await check(root, ['--base', 'release/2027']);
    expectCleanError(missing);
    expect(missing.stderr).toBe(`qms: ${t('vi', 'git.base-not-found', { ref: 'release/2027', source: 'option', shallow: false })}\n`);
    // The same refusal in English, when asked for.
    const english = await check(root, ['--base', 'release/2027'], { QMS_LANG: 'en' });
    expect(english.stderr).toBe('qms: --base release/2027: no such branch, tag or commit in this repository\n');

    // GitHub pull request, but origin/main was never fetched (there is no origin at all).
    const github = await check(root, [], { GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'main' });
    expectCleanError(github);
    expect(github.stderr).toBe(`qms: ${t('vi', 'git.base-not-found', { ref: 'origin/main', source: 'pull-request', shallow: false })}\n`);
    expect(github.stderr).toContain('nhánh gốc origin/main của pull request');
    expect(github.stderr).toContain('git fetch origin main:refs/remotes/origin/main');

    const plain = makeRepo(agency());
    const outside = await check(plain, ['--base', 'main']);
    expectCleanError(outside);
    expect(outside.stderr).toBe(`qms: ${t('vi', 'git.base-needs-repository', { root: plain })}\n`);
  });
});

describe('qms check in CI', () => {
  /** featureBranch() with a bare origin (in a temporary folder) holding main, fetched back. */
  function withOrigin(): { root: string; origin: string } {
    const root = featureBranch();
    const origin = join(makeRepo({}), 'origin.git');
    git(root, 'init', '-q', '--bare', origin);
    git(root, 'remote', 'add', 'origin', origin);
    git(root, 'push', '-q', 'origin', 'main');
    git(root, 'fetch', '-q', 'origin');
    return { root, origin };
  }

  it('finds the base of a GitHub Actions pull request (GITHUB_BASE_REF → origin/main)', async () => {
    const { root } = withOrigin();
    const result = await check(root, [], { GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'main' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(changes(result.findings)).toEqual(FEATURE_CHANGES);
    // A push build has no base ref: no comparison.
    expect(changes((await check(root, [], { GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: '' })).findings)).toEqual([]);
    // --base wins over the environment.
    expect(changes((await check(root, ['--base', 'feature'], { GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'main' })).findings)).toEqual([]);
  });

  it('finds the base of a GitLab merge request pipeline (target branch, or diff base SHA first)', async () => {
    const { root } = withOrigin();
    const byBranch = await check(root, [], { GITLAB_CI: 'true', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' });
    expect(byBranch.stderr).toBe('');
    expect(changes(byBranch.findings)).toEqual(FEATURE_CHANGES);
    const sha = git(root, 'merge-base', 'main', 'feature').trim();
    const bySha = await check(root, [], { GITLAB_CI: 'true', CI_MERGE_REQUEST_DIFF_BASE_SHA: sha, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'no-such-branch' });
    expect(bySha.stderr).toBe('');
    expect(changes(bySha.findings)).toEqual(FEATURE_CHANGES);
  });

  it('works on a detached HEAD, at the branch tip and at a pull request merge commit', async () => {
    const root = featureBranch();
    git(root, 'checkout', '-q', '--detach');
    expect(git(root, 'branch', '--show-current').trim()).toBe('');
    expect(changes((await check(root, ['--base', 'main', '--head'])).findings)).toEqual(FEATURE_CHANGES);
    // As actions/checkout does for a pull request: detached at the merge of the branch into main.
    git(root, 'checkout', '-q', '--detach', 'main');
    git(root, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
    expect(changes((await check(root, ['--base', 'main'])).findings)).toEqual(FEATURE_CHANGES);
  });

  describe('shallow clones', () => {
    /**
     * An origin whose `feature` is five commits ahead of where it left main (the document change
     * in the first of them), and whose main moved on by one commit after that.
     */
    function deepOrigin(): { folder: string; url: string; forkPoint: string } {
      const root = makeGitRepo(agency());
      const forkPoint = git(root, 'rev-parse', 'HEAD').trim();
      git(root, 'checkout', '-q', '-b', 'feature');
      edit(root, 'procedures/QT-VP-01.md', shorten);
      commit(root, 'Rút ngắn thời hạn');
      for (let i = 1; i <= 4; i++) {
        write(root, 'ghi-chu.txt', `Ghi chú lần ${i}\n`);
        commit(root, `Ghi chú ${i}`);
      }
      git(root, 'checkout', '-q', 'main');
      write(root, 'README.md', '# Hệ thống tài liệu ISO 9001 — Văn phòng Sở\n');
      commit(root, 'README');
      const folder = makeRepo({});
      const origin = join(folder, 'origin.git');
      git(folder, 'init', '-q', '--bare', origin);
      git(root, 'push', '-q', origin, 'main', 'feature');
      return { folder, url: `file://${origin}`, forkPoint };
    }

    /** `git clone --depth 1` of feature, as CI checks out by default. */
    function shallowClone(origin: { folder: string; url: string }, name: string): string {
      const clone = join(origin.folder, name);
      git(origin.folder, 'clone', '-q', '--depth', '1', '--branch', 'feature', origin.url, clone);
      expect(git(clone, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
      expect(git(clone, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
      return clone;
    }

    const SHALLOW_CHANGES = ['procedures/QT-VP-01.md:12 change/approval', 'procedures/QT-VP-01.md:5 change/revision'];

    it('deepens the history from origin until it finds the merge base', async () => {
      const origin = deepOrigin();
      const clone = shallowClone(origin, 'ci');
      // A single-branch clone: `git fetch origin main` alone would only set FETCH_HEAD.
      git(clone, 'fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main');
      const result = await check(clone, ['--base', 'origin/main']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      expect(changes(result.findings)).toEqual(SHALLOW_CHANGES);
      expect(Number(git(clone, 'rev-list', '--count', 'HEAD').trim())).toBeGreaterThan(5);
    });

    it('says to fetch the full history when there is no origin to deepen from', async () => {
      const origin = deepOrigin();
      const clone = shallowClone(origin, 'no-origin');
      git(clone, 'fetch', '-q', '--depth', '1', 'origin', 'main:main');
      git(clone, 'remote', 'remove', 'origin');
      const result = await check(clone, ['--base', 'main']);
      expectCleanError(result);
      expect(result.stderr).toBe(`qms: ${t('vi', 'git.shallow-merge-base', { ref: 'main' })}\n`);
      expect(result.stderr).toContain('fetch-depth: 0');
    });

    // Bug: the ref is verified before any deepening, so a diff base SHA outside the shallow
    // history is "no such branch, tag or commit" (exit 2) although deepening would find it.
    it('deepens to find a GitLab diff base SHA that the shallow clone does not hold yet', async () => {
      const origin = deepOrigin();
      const clone = shallowClone(origin, 'gitlab');
      const result = await check(clone, [], { GITLAB_CI: 'true', CI_MERGE_REQUEST_DIFF_BASE_SHA: origin.forkPoint });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      expect(changes(result.findings)).toEqual(SHALLOW_CHANGES);
    });
  });
});

describe('qms check --base on awkward repositories', () => {
  it('handles paths with spaces and Vietnamese names, and a renamed document', async () => {
    const root = makeGitRepo(agency('procedures/một cửa/'));
    git(root, 'checkout', '-q', '-b', 'feature');
    edit(root, 'procedures/một cửa/QT-VP-01.md', shorten);
    mkdirSync(join(root, 'procedures/tiếp nhận hồ sơ'));
    git(root, 'mv', 'procedures/một cửa/QT-VP-02.md', 'procedures/tiếp nhận hồ sơ/QT-VP-02.md');
    git(root, 'rm', '-q', 'procedures/một cửa/QT-VP-03.md');
    commit(root, 'Sắp xếp lại thư mục');

    const expected = ['procedures/một cửa/QT-VP-01.md:12 change/approval', 'procedures/một cửa/QT-VP-01.md:5 change/revision', 'procedures/một cửa/QT-VP-03.md:1 change/deleted'];
    const result = await check(root, ['--base', 'main']);
    expect(result.stderr).toBe('');
    expect(changes(result.findings)).toEqual(expected);
    expect(changes((await check(root, ['--base', 'main', '--head'])).findings)).toEqual(expected);
    const stylish = runBin(['check', '--base', 'main', '--today', TODAY], root, NO_CI);
    expect(stylish.stdout).toContain('procedures/một cửa/QT-VP-01.md');
    expect(stylish.stdout).not.toContain('\\341');
  });

  it('with core.autocrlf=true: CRLF work trees, line endings are not a change, lines are counted right', async () => {
    const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');
    const root = makeRepo(Object.fromEntries(Object.entries(agency()).map(([file, text]) => [file, crlf(text)])));
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'config', 'user.name', 'Nguyễn Văn An');
    git(root, 'config', 'user.email', 'an@example.vn');
    git(root, 'config', 'core.autocrlf', 'true');
    commit(root, 'Ban hành');
    expect(git(root, 'show', 'HEAD:procedures/QT-VP-01.md')).not.toContain('\r');
    git(root, 'checkout', '-q', '-b', 'feature');
    edit(root, 'procedures/QT-VP-01.md', shorten);
    // Saved with LF by another editor, and a history row reworded: editorial.
    edit(root, 'procedures/QT-VP-02.md', (text) => text.replace(/\r\n/g, '\n'));
    edit(root, 'procedures/QT-VP-03.md', (text) => text.replace('Rà soát và ban hành lại', 'Rà soát, ban hành lại'));

    const expected = ['procedures/QT-VP-01.md:12 change/approval', 'procedures/QT-VP-01.md:5 change/revision'];
    expect(changes((await check(root, ['--base', 'main'])).findings)).toEqual(expected);
    commit(root, 'Rút ngắn thời hạn');
    expect(changes((await check(root, ['--base', 'main', '--head'])).findings)).toEqual(expected);
    expect(changes((await check(root, ['--base', 'main'])).findings)).toEqual(expected);
  });

  it('takes paths relative to a QMS root below the git top level, and ignores changes outside it', async () => {
    const files: Record<string, string> = {
      'README.md': '# Cổng dịch vụ công của Sở\n',
      // Outside the QMS root: not its documents, whatever they look like.
      'luu-tru/QT-VP-09.md': procedure({ code: 'QT-VP-09', revision: 1 }),
    };
    for (const [file, text] of Object.entries(agency())) files[`qms/${file}`] = text;
    const top = makeGitRepo(files);
    const root = join(top, 'qms');
    git(top, 'checkout', '-q', '-b', 'feature');
    edit(top, 'qms/procedures/QT-VP-01.md', shorten);
    rmSync(join(top, 'qms/procedures/QT-VP-03.md'));
    edit(top, 'luu-tru/QT-VP-09.md', (text) => text.replace('revision: 1', 'revision: 4'));
    rmSync(join(top, 'README.md'));

    const expected = ['procedures/QT-VP-01.md:12 change/approval', 'procedures/QT-VP-01.md:5 change/revision', 'procedures/QT-VP-03.md:1 change/deleted'];
    const fromRoot = await check(root, ['--base', 'main']);
    expect(fromRoot.stderr).toBe('');
    expect(changes(fromRoot.findings)).toEqual(expected);
    expect(changes((await check(top, ['qms', '--base', 'main'])).findings)).toEqual(expected);
    commit(top, 'Rút ngắn thời hạn');
    expect(changes((await check(root, ['--base', 'main', '--head'])).findings)).toEqual(expected);

    edit(top, 'qms/procedures/QT-VP-02.md', shorten);
    git(top, 'add', 'qms/procedures/QT-VP-02.md');
    expect(changes((await check(root, ['--staged'])).findings)).toEqual(['procedures/QT-VP-02.md:12 change/approval', 'procedures/QT-VP-02.md:5 change/revision']);
  });

  // Bug: buildChangeSet takes the root's path relative to `git rev-parse --show-toplevel`, which
  // git gives with symbolic links resolved; through a link every changed path is "outside the
  // root", the change set is empty, and --changed-only checks nothing and exits 0.
  it('compares as well when the repository is reached through a symbolic link', async () => {
    const root = featureBranch();
    const folder = makeRepo({});
    symlinkSync(root, join(folder, 'kho-tai-lieu'), 'dir');
    const result = await check(folder, ['kho-tai-lieu', '--base', 'main']);
    expect(changes(result.findings)).toEqual(FEATURE_CHANGES);
    const only = await check(folder, ['kho-tai-lieu', '--base', 'main', '--changed-only']);
    expect(only.code).toBe(1);
    expect(changes(only.findings)).toEqual(FEATURE_CHANGES);
  });

  // Bug: a rename whose new path is outside the documents set (docs/** is excluded by default) is
  // classified by its base path as a document change of status "renamed"; change/deleted only
  // looks at status "deleted", so the document leaves document control unreported.
  it('reports a document moved out of the controlled documents as deleted', async () => {
    const root = makeGitRepo(agency());
    git(root, 'checkout', '-q', '-b', 'feature');
    mkdirSync(join(root, 'docs'));
    git(root, 'mv', 'procedures/QT-VP-03.md', 'docs/QT-VP-03.md');
    commit(root, 'Chuyển QT-VP-03 ra khỏi hệ thống tài liệu');
    expect(changes((await check(root, ['--base', 'main', '--head'])).findings)).toEqual(['procedures/QT-VP-03.md:1 change/deleted']);
  });
});
