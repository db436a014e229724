import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, justiceAgency, justiceProcedure, makeGitRepo, makeRepo, runBin, runMain } from '../helpers/index.js';

interface Repo {
  root: string;
  commits: string[];
}

/**
 * QT-TP-01 through five commits: revision 1; a body edit (same revision); revision 2 by another
 * author; a rename into procedures/tu-phap/; revision 3 there.
 */
function historyRepo(): Repo {
  const root = makeGitRepo(justiceAgency());
  const head = (): string => git(root, 'rev-parse', 'HEAD').trim();
  const commits = [head()];
  const write = (file: string, text: string): void => writeFileSync(join(root, file), text);
  write('procedures/QT-TP-01.md', justiceProcedure(1, 'Lệ phí: theo quy định.\n'));
  git(root, 'commit', '-q', '-am', 'Sửa lỗi chính tả');
  commits.push(head());
  write('procedures/QT-TP-01.md', justiceProcedure(2, 'Lệ phí: theo quy định.\n').replace('02 ngày làm việc', '01 ngày làm việc'));
  git(root, '-c', 'user.name=Trần Thị Bình', '-c', 'user.email=binh@example.vn', 'commit', '-q', '-am', 'QT-TP-01 lần ban hành 2');
  commits.push(head());
  mkdirSync(join(root, 'procedures/tu-phap'));
  git(root, 'mv', 'procedures/QT-TP-01.md', 'procedures/tu-phap/QT-TP-01.md');
  git(root, 'commit', '-q', '-m', 'Chuyển thư mục');
  commits.push(head());
  write('procedures/tu-phap/QT-TP-01.md', justiceProcedure(3, 'Lệ phí: không thu.\n').replace('02 ngày làm việc', '01 ngày làm việc'));
  git(root, 'commit', '-q', '-am', 'QT-TP-01 lần ban hành 3');
  commits.push(head());
  return { root, commits };
}

let repo: Repo;
beforeAll(() => {
  repo = historyRepo();
});

describe('qms history', () => {
  it('lists the commits that changed the revision, through the rename, with the history rows', async () => {
    const { root, commits } = repo;
    const json = JSON.parse((await runMain(['history', 'QT-TP-01', '--json'], root)).stdout);
    expect(json.code).toBe('QT-TP-01');
    expect(json.file).toBe('procedures/tu-phap/QT-TP-01.md');
    expect(json.uncommitted).toBeNull();
    expect(json.revisions.map((r: { revision: number; commit: string; file: string; author: string; previous: number | null }) => [r.revision, r.commit, r.file, r.author, r.previous])).toEqual([
      [1, commits[0], 'procedures/QT-TP-01.md', 'Nguyễn Văn An', null],
      [2, commits[2], 'procedures/QT-TP-01.md', 'Trần Thị Bình', 1],
      [3, commits[4], 'procedures/tu-phap/QT-TP-01.md', 'Nguyễn Văn An', 2],
    ]);
    expect(json.revisions[1]).toMatchObject({ subject: 'QT-TP-01 lần ban hành 2', email: 'binh@example.vn', row: { date: '2022-03-01', summary: 'Sửa đổi lần 1', trigger: null } });
    expect(json.revisions[1].date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('prints a table in the language asked for, and notes uncommitted work', () => {
    const { root, commits } = repo;
    const result = runBin(['history', 'QT-TP-01'], root, { QMS_LANG: '' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('QT-TP-01  Quy trình chứng thực bản sao từ bản chính, chữ ký "song ngữ"  (procedures/tu-phap/QT-TP-01.md)');
    expect(lines[2]).toMatch(/^Lần ban hành {2}Commit {3}Ngày {8}Người thực hiện {2}Tệp {29}Nội dung sửa đổi$/);
    expect(lines[4]).toMatch(new RegExp(`^1 {13}${commits[0]!.slice(0, 7)}  \\d\\d/\\d\\d/\\d{4}  Nguyễn Văn An {4}procedures/QT-TP-01.md {10}01/03/2021: Ban hành lần đầu$`));
    expect(lines[6]).toContain(`${commits[4]!.slice(0, 7)}`);
    expect(lines[6]).toContain('procedures/tu-phap/QT-TP-01.md  01/03/2023: Sửa đổi lần 2');
    const english = runBin(['history', 'QT-TP-01', '--lang', 'en'], root);
    expect(english.stdout).toContain('Revision  Commit');
  });

  it('names the closest codes for an unknown one, and refuses outside git', async () => {
    const unknown = await runMain(['history', 'QT-TP-1'], repo.root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('qms: không có tài liệu nào mã hiệu "QT-TP-1"; gần nhất: QT-TP-01, QT-TP-02 và BM-01/QT-TP-01\n');
    const plain = makeRepo(justiceAgency());
    const outside = await runMain(['history', 'QT-TP-01', '--lang', 'en'], plain);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/is not in a git repository: the revision history is read from git\n$/);
  });
});

describe('qms diff', () => {
  it('shows the text change between two revisions across the rename, as a unified diff', () => {
    const { root, commits } = repo;
    const result = runBin(['diff', 'QT-TP-01', '1', '3'], root, { QMS_LANG: '' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    // Revision 1 ended with the body edit (the second commit): that is its text.
    expect(lines[0]).toMatch(new RegExp(`^--- a/procedures/QT-TP-01\\.md\\t\\(lần ban hành 1, ${commits[1]!.slice(0, 7)}, \\d{4}-\\d\\d-\\d\\d\\)$`));
    expect(lines[1]).toMatch(new RegExp(`^\\+\\+\\+ b/procedures/tu-phap/QT-TP-01\\.md\\t\\(lần ban hành 3, ${commits[4]!.slice(0, 7)}, `));
    expect(lines).toContain('-revision: 1');
    expect(lines).toContain('+revision: 3');
    expect(lines).toContain('-Thời hạn giải quyết: 02 ngày làm việc.');
    expect(lines).toContain('+Thời hạn giải quyết: 01 ngày làm việc.');
    expect(lines).toContain('-Lệ phí: theo quy định.');
    expect(lines).toContain('+Lệ phí: không thu.');
    expect(lines.filter((l) => l.startsWith('@@')).length).toBeGreaterThan(1);
  });

  it('takes the context size, reads an uncommitted revision from the work tree, and reports equal texts', async () => {
    const { root } = repo;
    const narrow = (await runMain(['diff', 'QT-TP-01', '2', '3', '-U', '0', '--lang', 'en'], root)).stdout;
    // Revision 2 ended with the rename: its text is the renamed file's.
    expect(narrow.split('\n')[0]).toMatch(/^--- a\/procedures\/tu-phap\/QT-TP-01\.md\t\(revision 2, /);
    expect(narrow).toContain('\n@@ -5,1 +5,1 @@\n-revision: 2\n+revision: 3\n');
    expect(narrow).toContain('\n-Lệ phí: theo quy định.\n+Lệ phí: không thu.\n');
    expect(narrow).not.toContain(' Thời hạn giải quyết');

    const same = await runMain(['diff', 'QT-TP-01', '2', '2', '--lang', 'en'], root);
    expect(same.code).toBe(0);
    expect(same.stdout).toBe('');
    expect(same.stderr).toBe('Revisions 2 and 2 have the same text.\n');

    const clone = makeRepo({});
    git(clone, 'clone', '-q', root, '.');
    writeFileSync(join(clone, 'procedures/tu-phap/QT-TP-01.md'), justiceProcedure(4, 'Lệ phí: không thu.\nNộp trực tuyến.\n'));
    const work = await runMain(['diff', 'QT-TP-01', '3', '4'], clone);
    expect(work.code).toBe(0);
    expect(work.stdout.split('\n')[1]).toBe('+++ b/procedures/tu-phap/QT-TP-01.md\t(lần ban hành 4, chưa commit)');
    expect(work.stdout).toContain('\n+Nộp trực tuyến.\n');
    const history = (await runMain(['history', 'QT-TP-01'], clone)).stdout;
    expect(history).toContain('Thư mục làm việc có thay đổi chưa commit (lần ban hành 4).');
  });

  it('refuses a revision the history does not have, naming the closest', async () => {
    const result = await runMain(['diff', 'QT-TP-01', '1', '5'], repo.root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('qms: QT-TP-01 không có lần ban hành 5 trong lịch sử git; gần nhất: 3; có: 1, 2, 3\n');
    const bad = await runMain(['diff', 'QT-TP-01', 'hai', '3', '--lang', 'en'], repo.root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('qms: a revision is an integer ≥ 1, not "hai"\n');
    const unknown = await runMain(['diff', 'QT-TP-09', '1', '2', '--lang', 'en'], repo.root);
    expect(unknown.stderr).toBe('qms: no document has the code "QT-TP-09"; the closest are QT-TP-01, QT-TP-02 and BM-01/QT-TP-01\n');
  });
});
