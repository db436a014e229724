/** Messages of views, in Vietnamese and English. */
import { message } from '../catalogue.js';
import { showDate } from '../labels.js';

export const VIEWS_MESSAGES = {
  'diff.revision-integer-1': message(
    { value: 'ba' },
    (d) => `lần ban hành là số nguyên ≥ 1, không phải "${d.value}"`,
    (d) => `a revision is an integer ≥ 1, not "${d.value}"`,
  ),
  'diff.unified-takes-number-lines': message(
    { unified: 'nhiều' },
    (d) => `--unified nhận số dòng ≥ 0, không phải "${d.unified}"`,
    (d) => `--unified takes a number of lines ≥ 0, not "${d.unified}"`,
  ),
  'diff.revision': message(
    {},
    () => 'lần ban hành',
    () => 'revision',
  ),
  'diff.committed': message(
    {},
    () => 'chưa commit',
    () => 'not committed',
  ),
  'diff.closest-there-are': message(
    { closest: 3, known: ['1', '2', '3'] },
    (d) => `; gần nhất: ${d.closest}; có: ${d.known.join(', ')}`,
    (d) => `; the closest is ${d.closest}; there are ${d.known.join(', ')}`,
  ),
  'diff.has-no-revision-git': message(
    { code: 'QT-KHCN-01', revision: 5, hint: '; gần nhất: 4' },
    (d) => `${d.code} không có lần ban hành ${d.revision} trong lịch sử git${d.hint}`,
    (d) => `${d.code} has no revision ${d.revision} in its git history${d.hint}`,
  ),
  'diff.revisions-have-same-text': message(
    { a: 2, b: 3 },
    (d) => `Lần ban hành ${d.a} và ${d.b} có cùng nội dung.\n`,
    (d) => `Revisions ${d.a} and ${d.b} have the same text.\n`,
  ),
  'history.document-has-been-committed': message(
    {},
    () => 'Chưa có commit nào của tài liệu này.\n',
    () => 'The document has not been committed yet.\n',
  ),
  'history.no-history-row': message(
    {},
    () => '(không có dòng theo dõi sửa đổi)',
    () => '(no history row)',
  ),
  'history.work-tree-has-uncommitted': message(
    { revision: '4' },
    (d) => `Thư mục làm việc có thay đổi chưa commit (lần ban hành ${d.revision}).`,
    (d) => `The work tree has uncommitted changes (revision ${d.revision}).`,
  ),
  'list.xlsx-binary-file-write': message(
    {},
    () => 'xlsx là tệp nhị phân: ghi ra tệp bằng -o, ví dụ -o danh-muc.xlsx',
    () => 'xlsx is a binary file: write it with -o, for example -o list.xlsx',
  ),
  'list.wrote-rows': message(
    { output: 'danh-muc.xlsx', rows: 36 },
    (d) => `Đã ghi ${d.output}: ${d.rows} dòng`,
    (d) => `Wrote ${d.output}: ${d.rows} rows`,
  ),
  'list.delimiter-goes-f-csv': message(
    {},
    () => '--delimiter chỉ dùng với -f csv',
    () => '--delimiter goes with -f csv only',
  ),
  'list.delimiter-takes': message(
    { value: '|' },
    (d) => `--delimiter nhận "," hoặc ";", không nhận "${d.value}"`,
    (d) => `--delimiter takes "," or ";", not "${d.value}"`,
  ),
  'list.unknown-format-use': message(
    { format: 'pdf', formats: ['text', 'md', 'csv', 'xlsx', 'json'] },
    (d) => `không có định dạng "${d.format}": dùng ${d.formats.join(', ')}`,
    (d) => `unknown format "${d.format}": use ${d.formats.join(', ')}`,
  ),
  'show.code-used-n': message(
    { code: 'QT-KHCN-01', files: ['procedures/QT-KHCN-01.md', 'procedures/QT-KHCN-01-cu.md'] },
    (d) => `qms: mã hiệu ${d.code} bị trùng: ${d.files.join(', ')}\n`,
    (d) => `qms: the code ${d.code} is used by ${d.files.join(', ')}\n`,
  ),
  'history.git-repository-revision-history': message(
    { root: '/srv/qms' },
    (d) => `${d.root} không phải kho git: lịch sử sửa đổi được đọc từ git`,
    (d) => `${d.root} is not in a git repository: the revision history is read from git`,
  ),
  'legal-view.status': message(
    { today: '2026-12-01' },
    (d) => `Tình trạng (${showDate('vi', d.today)})`,
    (d) => `Status (${d.today})`,
  ),
  'master-list.closest': message(
    { closest: 'effective' },
    (d) => ` (gần nhất: ${d.closest})`,
    (d) => ` (closest: ${d.closest})`,
  ),
  'master-list.does-take-use': message(
    { option: '--status', value: 'efective', hint: ' (gần nhất: effective)', known: ['draft', 'effective'] },
    (d) => `${d.option} không nhận "${d.value}"${d.hint}; dùng: ${d.known.join(', ')}`,
    (d) => `${d.option} does not take "${d.value}"${d.hint}; use: ${d.known.join(', ')}`,
  ),
  'tthc-view.no-tthc-records-yet': message(
    {},
    () => 'Chưa có bản ghi TTHC nào (qms tthc add, qms tthc import)\n',
    () => 'No TTHC records yet (qms tthc add, qms tthc import)\n',
  ),
  'tthc-view.no-procedure': message(
    {},
    () => '(chưa có quy trình)',
    () => '(no procedure)',
  ),
};
