/** Help texts of qms init and qms hook, in Vietnamese and English. */
import { text, type HelpTexts } from './help-shared.js';

export const SETUP_HELP: HelpTexts = {
  'help:init': text('tạo kho tài liệu QMS (cấu hình, sổ đăng ký văn bản, sổ tay, tài liệu mẫu), hoặc thêm job CI', 'create a QMS repository (config, register, manual, samples), or add its CI job'),
  'help:init <dir>': text('thư mục (mặc định: thư mục hiện tại)', 'the folder (default: the current folder)'),
  'help:init --organization': text('tên cơ quan, ví dụ "Sở Khoa học và Công nghệ tỉnh Phú Thọ" (hỏi khi chạy trong terminal)', 'the agency, e.g. "Sở Khoa học và Công nghệ tỉnh Phú Thọ" (asked in a terminal)'),
  'help:init --language': text('ngôn ngữ của tài liệu và báo cáo (hỏi khi chạy trong terminal; mặc định vi)', 'language of documents and reports (asked in a terminal; default vi)'),
  'help:init --today': text('ngày của các dòng theo dõi sửa đổi đầu tiên (YYYY-MM-DD)', 'the date of the first history rows (YYYY-MM-DD)'),
  'help:init --ci': text('ghi cấu hình CI: github hoặc gitlab', 'write the CI configuration: github or gitlab'),
  'help:init --print': text('đi cùng --ci: in cấu hình ra thay vì ghi tệp', 'with --ci: print the configuration instead of writing it'),
  'help:init after': text(
    `
Ví dụ:
  qms init so-khcn --organization "Sở Khoa học và Công nghệ tỉnh Phú Thọ"
                                 kho mới: qms.config.yaml, README.md, legal/ có sẵn các văn bản
                                 quốc gia, STCL.md, một quy trình và biểu mẫu mẫu, git init
  qms init --ci github           ghi .github/workflows/qms.yml (chú thích, tóm tắt, tải SARIF lên)
  qms init --ci gitlab           ghi .gitlab-ci.yml (job merge request có báo cáo JUnit)
  qms init --ci gitlab --print   in job ra, để thêm vào .gitlab-ci.yml đã có

Không bao giờ ghi đè tệp đã có. Không chạy trong terminal thì init không hỏi: dùng các tùy chọn
hoặc giá trị mặc định (ngôn ngữ vi, tên cơ quan để trống để điền vào qms.config.yaml).`,
    `
Examples:
  qms init so-khcn --organization "Sở Khoa học và Công nghệ tỉnh Phú Thọ"
                                 a new repository: qms.config.yaml, README.md, legal/ seeded with
                                 the national documents, STCL.md, a sample procedure and form, git init
  qms init --ci github           write .github/workflows/qms.yml (annotations, summary, SARIF upload)
  qms init --ci gitlab           write .gitlab-ci.yml (a merge request job with a JUnit report)
  qms init --ci gitlab --print   print the job, to add it to an existing .gitlab-ci.yml

Existing files are never overwritten. Without a terminal, init never asks: options or the
defaults (language vi, an empty organization to fill in qms.config.yaml).`,
  ),
  'help:hook': text('cài hoặc gỡ git hook pre-commit kiểm tra các tài liệu chờ commit', 'install or remove the git pre-commit hook that checks staged documents'),
  'help:hook after': text(
    '\nVí dụ:\n  qms hook install     từ chối commit khi tài liệu chờ commit có lỗi\n  qms hook uninstall   gỡ hook đó\n',
    '\nExamples:\n  qms hook install     refuse commits whose staged documents have errors\n  qms hook uninstall   remove that hook\n',
  ),
  'help:hook install': text('cài hook pre-commit chạy `qms check --staged --changed-only`', 'install a pre-commit hook running `qms check --staged --changed-only`'),
  'help:hook install --force': text('thay hook pre-commit không do qms cài', 'replace a pre-commit hook that qms did not install'),
  'help:hook install after': text(
    '\nHook từ chối commit khi tài liệu chờ commit có lỗi. Hook tôn trọng core.hooksPath.',
    '\nThe hook refuses a commit whose staged documents have errors. It honours core.hooksPath.',
  ),
  'help:hook uninstall': text('gỡ hook pre-commit do qms cài', 'remove the pre-commit hook qms installed'),
};
