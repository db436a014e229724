/** Help texts of qms check, render, impact and fingerprint, in Vietnamese and English. */
import { text, type HelpTexts } from './help-shared.js';

export const CHECK_HELP: HelpTexts = {
  'help:check': text('kiểm tra mọi sự không nhất quán của tài liệu kiểm soát và sổ đăng ký văn bản', 'check controlled documents and the legal register for every inconsistency'),
  'help:check <paths>': text('tệp hoặc thư mục cần báo cáo (mặc định: cả kho tài liệu)', 'files or folders to report on (default: the whole repository)'),
  'help:check --format': text('định dạng báo cáo: stylish, json, sarif, github, junit', 'output format: stylish, json, sarif, github, junit'),
  'help:check --output': text('ghi báo cáo ra tệp; dòng tóm tắt vẫn in ra màn hình', 'write the report to a file; the human summary stays on stdout'),
  'help:check --max-warnings': text('thoát với mã 1 khi số cảnh báo vượt quá số này', 'exit 1 when there are more warnings than this'),
  'help:check --today': text('ngày dùng để kiểm tra (YYYY-MM-DD), để kết quả lặp lại được', 'the date to check against (YYYY-MM-DD), for reproducible runs'),
  'help:check --base': text(
    'so với điểm gốc chung với <ref> (các quy tắc change/*); tự động trong pull request của GitHub/GitLab',
    'compare with the merge base of <ref> (change/* rules); automatic in GitHub/GitLab pull requests',
  ),
  'help:check --head': text('kiểm tra HEAD như đã commit thay vì thư mục làm việc', 'check HEAD as committed instead of the work tree'),
  'help:check --staged': text('kiểm tra vùng chờ commit của git (index), so với HEAD', 'check the git index (what is about to be committed), compared with HEAD'),
  'help:check --changed-only': text(
    'chỉ báo cáo tài liệu đã thay đổi so với điểm gốc và tài liệu chịu tác động của thay đổi trong sổ đăng ký',
    'report only on documents changed since the base and those its register changes affect',
  ),
  'help:check --color': text('luôn tô màu kết quả', 'force coloured output'),
  'help:check --no-color': text('không tô màu (cũng như NO_COLOR=1)', 'no colours (also NO_COLOR=1)'),
  'help:check after': text(
    `
Ví dụ:
  qms check                          kiểm tra kho tài liệu chứa thư mục hiện tại
  qms check procedures/QT-KHCN-01.md báo cáo một tài liệu (các quy tắc vẫn xét mọi tài liệu)
  qms check --format json > out.json các phát hiện dạng JSON (docs/output.md)
  qms check --format sarif -o qms.sarif   SARIF 2.1.0 cho code scanning; tóm tắt in ra màn hình
  qms check --format github          chú thích GitHub Actions (+ bảng $GITHUB_STEP_SUMMARY)
  qms check --format junit -o report.xml  JUnit XML cho GitLab và các máy chủ CI khác
  qms check --today 2026-01-01       kiểm tra tại một ngày cho trước
  qms check --base main              kiểm tra thêm: mọi tài liệu thay đổi so với main đã được ban hành lại
  qms check --base origin/main --head --changed-only   trong CI: HEAD đã commit, chỉ tài liệu thay đổi
  qms check --lang en                thông báo bằng tiếng Anh

Mã thoát: 0 không có lỗi, 1 có lỗi (hoặc số cảnh báo vượt --max-warnings), 2 sai cách dùng, lỗi cấu hình hoặc lỗi nội bộ.
Các quy tắc và cách cấu hình: docs/rules/.`,
    `
Examples:
  qms check                          check the repository holding the current folder
  qms check procedures/QT-KHCN-01.md report on one document (rules still see every document)
  qms check --format json > out.json findings as JSON (docs/output.md)
  qms check --format sarif -o qms.sarif   SARIF 2.1.0 for code scanning; summary on stdout
  qms check --format github          GitHub Actions annotations (+ $GITHUB_STEP_SUMMARY table)
  qms check --format junit -o report.xml  JUnit XML for GitLab and other CI servers
  qms check --today 2026-01-01       check as of a given day
  qms check --base main              also check that every document changed since main was re-revised
  qms check --base origin/main --head --changed-only   in CI: HEAD as committed, changed documents only
  qms check --lang vi                messages in Vietnamese

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage, config or internal error.
Rules and how to configure them: docs/rules/.`,
  ),
  'help:fingerprint': text('in dấu vân tay nội dung để ghi vào approval.approved.fingerprint', 'print the content fingerprint to record in approval.approved.fingerprint'),
  'help:fingerprint <files>': text('các tài liệu kiểm soát', 'controlled documents'),
  'help:fingerprint after': text(
    '\nVí dụ:\n  qms fingerprint procedures/QT-KHCN-01.md\n\nDấu vân tay bao gồm phần nội dung và các trường thực chất của front matter (docs/file-formats.md).',
    '\nExample:\n  qms fingerprint procedures/QT-KHCN-01.md\n\nThe fingerprint covers the body and the substantive front matter (docs/file-formats.md).',
  ),
  'help:render': text(
    'ghi các vùng sinh tự động (thông tin nhận biết, bảng phê duyệt, theo dõi sửa đổi, căn cứ pháp lý) của tài liệu kiểm soát',
    'write the generated regions (identification, approval grid, history, legal basis) of controlled documents',
  ),
  'help:render <paths>': text('tệp hoặc thư mục cần sinh (mặc định: cả kho tài liệu)', 'files or folders to render (default: the whole repository)'),
  'help:render --check': text('không ghi gì; liệt kê các tệp sẽ thay đổi và thoát với mã 1 nếu có', 'write nothing; list the files that would change and exit 1 if there are any'),
  'help:render --dry-run': text('không ghi gì; in các thay đổi dưới dạng unified diff', 'write nothing; print the changes as a unified diff'),
  'help:render --today': text('ngày lấy quan hệ pháp lý để hiện trong căn cứ pháp lý (YYYY-MM-DD)', 'the day whose legal relations the legal basis shows (YYYY-MM-DD)'),
  'help:render after': text(
    `
Ví dụ:
  qms render                                 sinh lại mọi tài liệu kiểm soát của kho
  qms render procedures/QT-KHCN-01.md        sinh lại một tài liệu
  qms render --dry-run > render.patch        các thay đổi dạng unified diff (tóm tắt in ra stderr)
  qms render --check                         trong CI: thoát với mã 1 khi có tài liệu chưa cập nhật

Vùng sinh tự động nằm giữa <!-- qms:begin TÊN --> và <!-- qms:end TÊN --> (TÊN: identification,
approval, history, legal-basis); vùng mà types.<loại>.regions yêu cầu sẽ được chèn vào.
Ngoài các vùng, không có gì thay đổi. Chạy lần hai không thay đổi gì thêm.
Mã thoát: 0 xong (hoặc, với --check, không có gì cần thay đổi), 1 có tệp cần thay đổi (--check) hoặc
vùng không sinh được, 2 sai cách dùng, lỗi cấu hình hoặc lỗi nội bộ. Tài liệu: docs/generated-sections.md.`,
    `
Examples:
  qms render                                 render every controlled document of the repository
  qms render procedures/QT-KHCN-01.md        render one document
  qms render --dry-run > render.patch        the changes as a unified diff (the summary goes to stderr)
  qms render --check                         in CI: exit 1 when a document is not up to date

Regions sit between <!-- qms:begin NAME --> and <!-- qms:end NAME --> (NAME: identification,
approval, history, legal-basis); regions that types.<type>.regions requires are inserted.
Nothing outside the regions changes. Running it twice changes nothing the second time.
Exit codes: 0 done (or, with --check, nothing to change), 1 files to change (--check) or regions
that could not be rendered, 2 usage, config or internal error. Docs: docs/generated-sections.md.`,
  ),
  'help:impact': text(
    'tìm mọi tài liệu chịu tác động khi một văn bản pháp luật được sửa đổi, bổ sung, bị thay thế hoặc bãi bỏ',
    'find every document affected when a legal document is amended, replaced or repealed',
  ),
  'help:impact <legal-doc>': text(
    'văn bản pháp luật, ghi theo bất kỳ cách trích dẫn nào: 61/2018/NĐ-CP, 61/2018/ND-CP, "Luật Đất đai 2013"',
    'the legal document, in any citation form: 61/2018/NĐ-CP, 61/2018/ND-CP, "Luật Đất đai 2013"',
  ),
  'help:impact --format': text('định dạng: text, json, md (md: báo cáo rà soát trình lãnh đạo)', 'output format: text, json, md (md: the review report for the leadership)'),
  'help:impact --today': text('ngày dùng để đánh giá (YYYY-MM-DD)', 'the date to assess against (YYYY-MM-DD)'),
  'help:impact --apply': text('sửa đổi mọi tài liệu chịu tác động trên một nhánh git mới, trong một commit', 'revise every affected document on a new git branch, in one commit'),
  'help:impact --dry-run': text('đi cùng --apply: in kế hoạch và unified diff, không thay đổi gì', 'with --apply: print the plan and a unified diff, change nothing'),
  'help:impact --date': text('đi cùng --apply: ngày của các dòng theo dõi sửa đổi mới (mặc định: hôm nay)', 'with --apply: date of the new history rows (default: today)'),
  'help:impact --branch': text('đi cùng --apply: nhánh sẽ tạo (mặc định: qms/impact/<văn bản>)', 'with --apply: the branch to create (default: qms/impact/<document>)'),
  'help:impact --rewrite-citations': text(
    'đi cùng --apply: thay các trích dẫn trong nội dung (không nêu điều, khoản) của văn bản bị thay thế bằng văn bản thay thế',
    'with --apply: rewrite body citations of a replaced document (without article references) to its successor',
  ),
  'help:impact after': text(
    `
Ví dụ:
  qms impact 61/2018/NĐ-CP              tài liệu dựa trên Nghị định số 61/2018/NĐ-CP, và văn bản sửa đổi nó
  qms impact 107/2021/ND-CP             theo quan hệ sửa đổi của 107/2021 theo cả hai chiều
  qms impact "Luật Đất đai 2013" -f md  báo cáo rà soát văn bản dạng Markdown
  qms impact 43/2014/NĐ-CP -f json      báo cáo dạng JSON (docs/impact.md)
  qms impact 107/2021/NĐ-CP --apply --dry-run   những gì --apply sẽ thay đổi, dạng diff
  qms impact 107/2021/NĐ-CP --apply     sửa đổi các tài liệu chịu tác động trên nhánh qms/impact/107-2021-nd-cp

--apply tăng lần ban hành của từng tài liệu chịu tác động, thêm dòng theo dõi sửa đổi nêu văn bản,
cập nhật legal_basis theo thay đổi, đưa về dự thảo (xóa phê duyệt) và sinh lại các vùng tự động.
Nội dung giữ nguyên (trừ khi có --rewrite-citations): qms check vẫn báo các trích dẫn văn bản bị
thay thế cho đến khi có người sửa.

Mã thoát: 0 dù có hay không có tài liệu chịu tác động; 2 khi không có văn bản này hoặc sổ đăng ký bị lỗi.`,
    `
Examples:
  qms impact 61/2018/NĐ-CP              documents resting on 61/2018, and what amends it
  qms impact 107/2021/ND-CP             follows what 107/2021 amends, in either direction
  qms impact "Luật Đất đai 2013" -f md  the review report (Báo cáo rà soát văn bản) as Markdown
  qms impact 43/2014/NĐ-CP -f json      the report as JSON (docs/impact.md)
  qms impact 107/2021/NĐ-CP --apply --dry-run   what --apply would change, as a diff
  qms impact 107/2021/NĐ-CP --apply     revise the affected documents on branch qms/impact/107-2021-nd-cp

--apply bumps each affected document's revision, adds a history row naming the legal document,
makes legal_basis follow the change, resets the approval (status draft) and re-renders the
generated regions. Body text is left as it is (unless --rewrite-citations): qms check keeps
reporting citations of a replaced document until a person revises them.

Exit codes: 0 whether or not documents are affected; 2 for an unknown document or a broken register.`,
  ),
};
