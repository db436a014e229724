/** What qms says when git cannot do what a command asks: the base of a comparison (`--base`, a pull request's base) and the branch of `qms impact --apply`, in Vietnamese and English. */
import { message } from '../catalogue.js';

/** Where the base a run compares with was named: `--base`, HEAD (for `--staged`) or a CI pull request. */
export type BaseSource = 'option' | 'head' | 'pull-request';

/** The base as a message names it: `--base origin/main`, HEAD, the pull request's base origin/main. */
function baseLabel(language: 'vi' | 'en', source: string, ref: string): string {
  if (source === 'head') return 'HEAD';
  if (source === 'pull-request') return language === 'vi' ? `nhánh gốc ${ref} của pull request` : `the pull request's base ${ref}`;
  return `--base ${ref}`;
}

/** How to fetch a remote branch CI did not fetch: `git fetch origin main:refs/remotes/origin/main`. */
const fetchCommand = (ref: string): string => `git fetch origin ${ref.slice('origin/'.length)}:refs/remotes/${ref}`;

/** How to get the whole history in CI, the same in both languages but for one word. */
const FULL_HISTORY = {
  vi: '(GitHub Actions: actions/checkout với fetch-depth: 0; GitLab CI: variables: GIT_DEPTH: "0")',
  en: '(GitHub Actions: actions/checkout with fetch-depth: 0; GitLab CI: variables: GIT_DEPTH: "0")',
};

export const GIT_MESSAGES = {
  'git.not-installed': message(
    {},
    () => 'chưa cài git hoặc không tìm thấy git trong PATH: các tùy chọn làm việc với git cần đến git',
    () => 'git is not installed or not on PATH: the git-aware options need it',
  ),
  'git.base-needs-repository': message(
    { root: '/srv/qms/so-khcn' },
    (d) => `--base cần một kho git, nhưng ${d.root} không nằm trong kho git nào`,
    (d) => `--base needs a git repository, and ${d.root} is not in one`,
  ),
  // `source`: a BaseSource; `shallow`: the clone is shallow (and deepening it did not find the base).
  'git.base-not-found': message(
    { ref: 'origin/main', source: 'pull-request', shallow: true as boolean },
    (d) =>
      `${baseLabel('vi', d.source, d.ref)}: kho git này không có nhánh, tag hay commit nào như vậy${d.ref.startsWith('origin/') ? ` (hãy tải về trước: ${fetchCommand(d.ref)})` : ''}${d.shallow ? `; đây là bản sao rút gọn (shallow clone): hãy lấy toàn bộ lịch sử ${FULL_HISTORY.vi}` : ''}`,
    (d) =>
      `${baseLabel('en', d.source, d.ref)}: no such branch, tag or commit in this repository${d.ref.startsWith('origin/') ? ` (fetch it first: ${fetchCommand(d.ref)})` : ''}${d.shallow ? `; this is a shallow clone: check out the full history ${FULL_HISTORY.en}` : ''}`,
  ),
  'git.shallow-merge-base': message(
    { ref: 'origin/main' },
    (d) => `đây là bản sao rút gọn (shallow clone) và không chứa commit gốc chung (merge base) của ${d.ref} và HEAD: hãy lấy toàn bộ lịch sử ${FULL_HISTORY.vi}`,
    (d) => `this is a shallow clone and the merge base of ${d.ref} and HEAD is not in it: check out the full history ${FULL_HISTORY.en}`,
  ),
  'git.no-common-history': message(
    { ref: 'release/2027', source: 'option' },
    (d) => `${d.ref} và HEAD không có lịch sử chung: nhánh hiện tại có đúng được tạo từ ${baseLabel('vi', d.source, d.ref)} không?`,
    (d) => `${d.ref} and HEAD have no common history: is ${baseLabel('en', d.source, d.ref)} the branch this one was made from?`,
  ),
  'git.apply-needs-repository': message(
    {},
    () => '--apply chỉ chạy trong kho git (lệnh tạo một nhánh và một commit): hãy chạy git init, commit, rồi chạy lại',
    () => '--apply works in a git repository (it makes a branch and a commit): run git init, commit, and try again',
  ),
  'git.apply-no-commit': message(
    {},
    () => 'kho git chưa có commit nào: hãy commit các tài liệu trước, rồi chạy --apply',
    () => 'the repository has no commit yet: commit the documents first, then run --apply',
  ),
  // `files`: the first five changed paths; `more`: how many others there are.
  'git.apply-uncommitted': message(
    { files: ['procedures/QT-KHCN-03.md', 'forms/BM-01-QT-KHCN-03.md'], more: 2 },
    (d) =>
      `thư mục làm việc có thay đổi chưa commit (${d.files.join(', ')}${d.more > 0 ? ` và ${d.more} tệp khác` : ''}): hãy commit hoặc stash các thay đổi đó trước, để nhánh mới chỉ chứa những thay đổi do qms thực hiện`,
    (d) => `the working tree has uncommitted changes (${d.files.join(', ')}${d.more > 0 ? ` and ${d.more} more` : ''}): commit or stash them first, so the impact branch holds only qms's changes`,
  ),
  'git.branch-name-invalid': message(
    { branch: 'qms/impact/a..b' },
    (d) => `"${d.branch}" không phải tên nhánh hợp lệ`,
    (d) => `"${d.branch}" is not a valid branch name`,
  ),
  'git.branch-exists': message(
    { branch: 'qms/impact/61-2018-nd-cp' },
    (d) => `nhánh ${d.branch} đã có: hãy xóa nhánh đó (git branch -D ${d.branch}) hoặc chọn tên khác bằng --branch`,
    (d) => `branch ${d.branch} already exists: delete it (git branch -D ${d.branch}) or choose another with --branch`,
  ),
};
