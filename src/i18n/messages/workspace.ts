/** Messages of workspace, in Vietnamese and English. */
import { message } from '../catalogue.js';


export const WORKSPACE_MESSAGES = {
  'report.too-many-warnings': message(
    { warnings: 12, max: 10 },
    (d) => `${d.warnings} cảnh báo, nhiều hơn --max-warnings ${d.max}`,
    (d) => `${d.warnings} warning${d.warnings === 1 ? '' : 's'}, more than --max-warnings ${d.max}`,
  ),
  'date-option.invalid': message(
    { option: '--effective', value: '15/05/2026', hint: '2026-05-15' },
    (d) => `${d.option} nhận ngày viết năm-tháng-ngày, ví dụ 2026-12-01, không phải "${d.value}"${d.hint ? ` (viết ${d.hint})` : ''}`,
    (d) => `${d.option} takes a date YYYY-MM-DD, e.g. 2026-12-01, not "${d.value}"${d.hint ? ` (write ${d.hint})` : ''}`,
  ),
  'option-values.lang': message(
    { flag: 'fr' },
    (d) => `--lang nhận vi hoặc en, không nhận "${d.flag}"`,
    (d) => `--lang takes vi or en, not "${d.flag}" (--lang nhận vi hoặc en)`,
  ),
  'option-values.must-empty': message(
    { option: '--title' },
    (d) => `${d.option} không được để trống`,
    (d) => `${d.option} must not be empty`,
  ),
  'option-values.must-one-line-text': message(
    { option: '--title' },
    (d) => `${d.option} phải là một dòng văn bản, không có ký tự điều khiển`,
    (d) => `${d.option} must be one line of text, without control characters`,
  ),
  'document-templates.cannot-read-template': message(
    { label: 'templates/procedure.md', message: 'tệp quá lớn' },
    (d) => `không đọc được mẫu ${d.label}: ${d.message}`,
    (d) => `cannot read the template ${d.label}: ${d.message}`,
  ),
  'document-templates.no-document-template-type': message(
    { type: 'instruction' },
    (d) => `không có mẫu tài liệu cho loại "${d.type}"`,
    (d) => `no document template for the type "${d.type}"`,
  ),
  'files.shared-register-folder-legal': message(
    { folder: 'shared/legal' },
    (d) => `không thấy thư mục sổ đăng ký dùng chung ${d.folder} (legal.shared trong qms.config.yaml); nếu là git submodule, chạy: git submodule update --init`,
    (d) => `the shared register folder ${d.folder} (legal.shared in qms.config.yaml) is not there; if it is a git submodule, run: git submodule update --init`,
  ),
  'root.no-such-file-folder': message(
    { start: '/srv/qms/so-khcn' },
    (d) => `không có tệp hoặc thư mục ${d.start}`,
    (d) => `no such file or folder: ${d.start}`,
  ),
  'root.there-no-here-no': message(
    { where: '/srv/qms', CONFIG_FILE: 'qms.config.yaml' },
    (d) => `không có hệ thống tài liệu QMS ở ${d.where}: không thấy ${d.CONFIG_FILE} ở đây hay ở thư mục cha. Tạo mới bằng: qms init ${d.where}`,
    (d) => `there is no QMS here (${d.where}): no ${d.CONFIG_FILE} in it or above it. Start one with: qms init ${d.where}`,
  ),
  'table-file.utf-8-save-as': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file} không phải UTF-8: lưu lại dưới dạng "CSV UTF-8"`,
    (d) => `${d.file} is not UTF-8: save it as "CSV UTF-8"`,
  ),
  'table-file.only-csv-xlsx-files': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file}: chỉ đọc tệp .csv hoặc .xlsx`,
    (d) => `${d.file}: only .csv and .xlsx files can be imported`,
  ),
  'table-file.readable-excel-xlsx-file': message(
    { file: 'tthc.csv', message: 'tệp quá lớn' },
    (d) => `${d.file} không phải tệp Excel (.xlsx) đọc được: ${d.message}`,
    (d) => `${d.file} is not a readable Excel (.xlsx) file: ${d.message}`,
  ),
  'apply.appeared-meanwhile-nothing-was': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file} vừa được tạo bởi người khác; không ghi gì`,
    (d) => `${d.file} appeared meanwhile; nothing was written`,
  ),
  'apply.changed-disk-since-was': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file} đã thay đổi trên đĩa từ lúc đọc; không ghi gì: hãy chạy lại lệnh`,
    (d) => `${d.file} changed on disk since it was read; nothing was written: run the command again`,
  ),
  'apply.nothing-was-written': message(
    { message: 'procedures/QT-KHCN-01.md đã thay đổi' },
    (d) => `${d.message}; không ghi gì`,
    (d) => `${d.message}; nothing was written`,
  ),
  'parallel.workers-variable': message(
    { value: 'many' },
    (d) => `QMS_WORKERS phải là số luồng xử lý (worker thread), một số nguyên từ 0 đến 99, không phải "${d.value}"`,
    (d) => `QMS_WORKERS must be a whole number of worker threads from 0 to 99, not "${d.value}"`,
  ),
  'parallel.worker-heap-variable': message(
    { value: '8', min: 32 },
    (d) => `QMS_WORKER_HEAP_MB phải là số megabyte, một số nguyên từ ${d.min} đến 999999, không phải "${d.value}"`,
    (d) => `QMS_WORKER_HEAP_MB must be a whole number of megabytes from ${d.min} to 999999, not "${d.value}"`,
  ),
  // The words of the generated regions, templates/sections.<lang>.yaml (src/sections/templates.ts).
  'section-templates.cannot-read': message(
    { file: 'templates/sections.vi.yaml', detail: 'EACCES: permission denied' },
    (d) => `không đọc được ${d.file}: ${d.detail}`,
    (d) => `cannot read ${d.file}: ${d.detail}`,
  ),
  'section-templates.invalid-yaml': message(
    { file: 'templates/sections.vi.yaml', detail: 'Flow sequence in block collection must be sufficiently indented and end with a ]' },
    (d) => `${d.file}: YAML không hợp lệ: ${d.detail}`,
    (d) => `${d.file}: invalid YAML: ${d.detail}`,
  ),
  // `key`: the key whose value is not a mapping ('' for the whole file).
  'section-templates.not-mapping': message(
    { file: 'templates/sections.vi.yaml', key: 'approval' },
    (d) => `${d.file}: ${d.key ? `${d.key} phải` : 'nội dung tệp phải'} là một bảng các khóa`,
    (d) => `${d.file}: ${d.key ? `${d.key} ` : ''}must be a mapping of keys`,
  ),
  'section-templates.unknown-key': message(
    { file: 'templates/sections.vi.yaml', key: 'approval.prepard' },
    (d) => `${d.file}: không có khóa "${d.key}" (chỉ dùng được các khóa có trong tệp templates/sections.*.yaml đi kèm qms)`,
    (d) => `${d.file}: unknown key "${d.key}" (the keys are those of the shipped templates/sections.*.yaml)`,
  ),
  'section-templates.not-list': message(
    { file: 'templates/sections.vi.yaml', key: 'legal-basis.sections' },
    (d) => `${d.file}: ${d.key} phải là một danh sách các chuỗi chữ`,
    (d) => `${d.file}: ${d.key} must be a list of texts`,
  ),
  'section-templates.not-text': message(
    { file: 'templates/sections.vi.yaml', key: 'approval.name' },
    (d) => `${d.file}: ${d.key} phải là một chuỗi chữ`,
    (d) => `${d.file}: ${d.key} must be a text`,
  ),
  // `detail`: what is wrong with the pattern's brackets, as the pattern reader said it.
  'section-templates.bad-pattern': message(
    { file: 'templates/sections.vi.yaml', key: 'format.date', detail: 'a "[" is not closed' },
    (d) => `${d.file}: mẫu ${d.key} viết sai: ${d.detail}`,
    (d) => `${d.file}: ${d.key}: ${d.detail}`,
  ),
  // `allowed`: the placeholders the key may use (none for most).
  'section-templates.unknown-placeholder': message(
    { file: 'templates/sections.vi.yaml', key: 'legal-basis.replaces', name: 'ban', allowed: ['by', 'articles'] },
    (d) =>
      `${d.file}: ${d.key}: không hiểu {${d.name}}${d.allowed.length > 0 ? ` (dùng được: ${d.allowed.map((a) => `{${a}}`).join(', ')})` : ' (mẫu này không có giá trị nào để điền)'}`,
    (d) => `${d.file}: ${d.key}: unknown placeholder {${d.name}}${d.allowed.length > 0 ? ` (it may use ${d.allowed.map((a) => `{${a}}`).join(', ')})` : ' (it takes none)'}`,
  ),
};
