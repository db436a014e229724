/** The words of the command line around the commands: commander's own usage errors and help headings, in Vietnamese and English. */
import { joined, message } from '../catalogue.js';

export const CLI_MESSAGES = {
  'cli.unknown-option': message(
    { option: '--langue' },
    (d) => `lỗi: không có tùy chọn '${d.option}'`,
    (d) => `error: unknown option '${d.option}'`,
  ),
  'cli.unknown-command': message(
    { command: 'chek' },
    (d) => `lỗi: không có lệnh '${d.command}'`,
    (d) => `error: unknown command '${d.command}'`,
  ),
  'cli.suggestion': message(
    { names: ['--lang'] },
    (d) => `(Có phải ý bạn là ${joined('vi', d.names, true)}?)`,
    (d) => (d.names.length === 1 ? `(Did you mean ${d.names[0]}?)` : `(Did you mean one of ${d.names.join(', ')}?)`),
  ),
  'cli.missing-argument': message(
    { argument: 'code' },
    (d) => `lỗi: thiếu tham số bắt buộc '${d.argument}'`,
    (d) => `error: missing required argument '${d.argument}'`,
  ),
  'cli.option-argument-missing': message(
    { option: '--title <title>' },
    (d) => `lỗi: tùy chọn '${d.option}' cần có giá trị`,
    (d) => `error: option '${d.option}' argument missing`,
  ),
  'cli.required-option': message(
    { option: '--title <title>' },
    (d) => `lỗi: thiếu tùy chọn bắt buộc '${d.option}'`,
    (d) => `error: required option '${d.option}' not specified`,
  ),
  'cli.excess-arguments': message(
    { command: 'show', expected: 1, received: 2 },
    (d) => `lỗi: thừa tham số${d.command ? ` cho lệnh '${d.command}'` : ''}: cần ${d.expected} tham số nhưng nhận được ${d.received}`,
    (d) => `error: too many arguments${d.command ? ` for '${d.command}'` : ''}. Expected ${d.expected} argument${d.expected === 1 ? '' : 's'} but got ${d.received}.`,
  ),
  'cli.invalid-option-value': message(
    { option: '--format <format>', value: 'xml' },
    (d) => `lỗi: giá trị '${d.value}' của tùy chọn '${d.option}' không hợp lệ`,
    (d) => `error: option '${d.option}' argument '${d.value}' is invalid.`,
  ),
  'cli.conflicting-options': message(
    { first: "option '--head'", second: "option '--staged'" },
    (d) => `lỗi: ${d.first} không dùng cùng với ${d.second}`,
    (d) => `error: ${d.first} cannot be used with ${d.second}`,
  ),
  'cli.title.Usage:': message({}, () => 'Cách dùng:', () => 'Usage:'),
  'cli.title.Options:': message({}, () => 'Tùy chọn:', () => 'Options:'),
  'cli.title.Commands:': message({}, () => 'Lệnh:', () => 'Commands:'),
  'cli.title.Arguments:': message({}, () => 'Tham số:', () => 'Arguments:'),
  'cli.title.Global Options:': message({}, () => 'Tùy chọn chung:', () => 'Global Options:'),
  'cli.default': message(
    { value: '"stylish"' },
    (d) => `(mặc định: ${d.value})`,
    (d) => `(default: ${d.value})`,
  ),
  'usage.format': message(
    { format: 'xml', formats: ['stylish', 'json'] },
    (d) => `không có định dạng "${d.format}": dùng ${joined('vi', d.formats, true)}`,
    (d) => `unknown format "${d.format}": use ${d.formats.join(', ')}`,
  ),
  'usage.dry-run-needs-fix': message(
    {},
    () => '--dry-run chỉ dùng cùng --fix',
    () => '--dry-run goes with --fix',
  ),
  'usage.fix-work-tree': message(
    {},
    () => '--fix sửa cây làm việc, không dùng cùng --head hay --staged',
    () => '--fix changes the work tree: it does not go with --head or --staged',
  ),
  'usage.exclusive': message(
    { first: '--head', second: '--staged' },
    (d) => `${d.first} và ${d.second} không dùng cùng nhau: chọn một`,
    (d) => `${d.first} and ${d.second} exclude each other: use one`,
  ),
  'usage.changed-only-base': message(
    {},
    () => '--changed-only cần một nhánh gốc để so sánh: thêm --base <nhánh> (trong pipeline pull request của GitHub và GitLab, qms tự tìm nhánh gốc)',
    () => '--changed-only needs a base to compare with: give --base <branch> (found automatically in GitHub and GitLab pull request pipelines)',
  ),
  'usage.with-apply': message(
    { option: '--dry-run' },
    (d) => `${d.option} chỉ dùng cùng --apply`,
    (d) => `${d.option} goes with --apply`,
  ),
  'usage.max-warnings': message(
    { value: 'many' },
    (d) => `--max-warnings nhận một số nguyên ≥ 0, không phải "${d.value}"`,
    (d) => `--max-warnings takes a whole number ≥ 0, not "${d.value}"`,
  ),
  'usage.cache-strategy': message(
    { value: 'hash' },
    (d) => `--cache-strategy nhận metadata hoặc content, không phải "${d.value}"`,
    (d) => `--cache-strategy takes metadata or content, not "${d.value}"`,
  ),
  'usage.no-such-path': message(
    { path: 'procedures/QT-X.md' },
    (d) => `${d.path}: không có tệp hay thư mục này`,
    (d) => `${d.path}: no such file or folder`,
  ),
  'usage.cannot-read': message(
    { file: 'a.md', reason: 'ENOENT' },
    (d) => `không đọc được ${d.file}: ${d.reason}`,
    (d) => `cannot read ${d.file}: ${d.reason}`,
  ),
  'usage.unsafe-file': message(
    { file: 'procedures/QT-KHCN-01.md', why: 'too-large', megabytes: 30, limit: 16 },
    (d) => `không đọc được ${d.file}: ${d.why === 'too-large' ? `tệp ${d.megabytes} MB, lớn hơn mức ${d.limit} MB qms đọc` : d.why === 'outside' ? 'đó là liên kết ra ngoài kho' : 'đó không phải tệp thường (thiết bị, ống dẫn hoặc thư mục)'}`,
    (d) => `cannot read ${d.file}: ${d.why === 'too-large' ? `it is ${d.megabytes} MB, more than the ${d.limit} MB qms reads` : d.why === 'outside' ? 'it is a link out of the repository' : 'it is not a regular file (a device, a pipe or a folder)'}`,
  ),
  'usage.cannot-write-output': message(
    { file: 'out/qms.sarif', reason: 'ENOENT' },
    (d) => `không ghi được --output ${d.file}: ${d.reason}`,
    (d) => `cannot write --output ${d.file}: ${d.reason}`,
  ),
  'usage.cannot-revise': message(
    { count: 1, named: 'procedures/QT-VP-01.md (QT-VP-01): obsolete' },
    (d) => `không tự động sửa đổi được ${d.count} tài liệu, chưa thay đổi gì: ${d.named}`,
    (d) => `cannot revise ${d.count === 1 ? 'a document' : `${d.count} documents`} automatically, nothing was changed: ${d.named}`,
  ),
  'hook.foreign': message(
    { path: '.git/hooks/pre-commit' },
    (d) => `${d.path} đã có và không do qms cài: thêm "qms check --staged --changed-only" vào tệp đó, hoặc thay thế bằng --force`,
    (d) => `${d.path} exists and was not installed by qms: add "qms check --staged --changed-only" to it, or replace it with --force`,
  ),
  'hook.not-ours': message(
    { path: '.git/hooks/pre-commit' },
    (d) => `${d.path} không do qms cài: giữ nguyên`,
    (d) => `${d.path} was not installed by qms: leaving it alone`,
  ),
  'hook.installed': message(
    { path: '.git/hooks/pre-commit' },
    (d) => `đã cài ${d.path}: commit có tài liệu chờ commit bị lỗi sẽ bị từ chối`,
    (d) => `installed ${d.path}: commits with errors in staged documents are refused`,
  ),
  'hook.none': message({}, () => 'chưa cài hook pre-commit nào', () => 'no pre-commit hook is installed'),
  'hook.removed': message(
    { path: '.git/hooks/pre-commit' },
    (d) => `đã gỡ ${d.path}`,
    (d) => `removed ${d.path}`,
  ),
  'hook.no-git': message(
    { root: '/srv/qms' },
    (d) => `${d.root} không nằm trong kho git: hook pre-commit cần có kho git`,
    (d) => `${d.root} is not in a git repository: a pre-commit hook needs one`,
  ),
  'cli.internal-error': message(
    { detail: 'Maximum call stack size exceeded' },
    (d) => `lỗi nội bộ: ${d.detail}`,
    (d) => `internal error: ${d.detail}`,
  ),
  'cli.internal-error-hint': message(
    {},
    () => 'Chạy lại với --debug để xem chi tiết, và báo lỗi kèm kết quả in ra.',
    () => 'Run again with --debug for details, and report it with the output.',
  ),
};
