/** Help texts of the lifecycle commands (new, revise, approve, publish, obsolete), in Vietnamese and English. */
import { text, type HelpText, type HelpTexts } from './help-shared.js';

const COMMON = {
  vi: `
Mọi thay đổi được ghi trọn vẹn (không ghi gì nếu tệp đã bị sửa trên đĩa trong lúc đó), các vùng sinh
tự động được sinh lại, và kết quả cho biết qms check sẽ báo gì về tài liệu.
Mã thoát: 0 xong; 2 bị từ chối (thông báo nêu lý do; không ghi gì), sai cách dùng hoặc lỗi cấu hình.
Tài liệu: docs/lifecycle.md.`,
  en: `
Every change is written atomically (nothing is written if the file changed on disk meanwhile), the
generated regions are rendered, and the result says what qms check reports for the document.
Exit codes: 0 done; 2 refused (the message says why; nothing was written), usage or config error.
Docs: docs/lifecycle.md.`,
};

const after = (vi: string, en: string): HelpText => text(`${vi}\n${COMMON.vi}`, `${en}\n${COMMON.en}`);

/** The options every lifecycle command has, under its own ids. */
function common(command: string): HelpTexts {
  return {
    [`help:${command} --dry-run`]: text('in thay đổi dạng diff, không ghi gì', 'print the change as a unified diff and write nothing'),
    [`help:${command} --json`]: text('in kết quả dạng JSON (cả khi bị từ chối, với "ok": false)', 'print the result as JSON (refusals too, with "ok": false)'),
    [`help:${command} --today`]: text('ngày dùng để kiểm tra tài liệu sau thay đổi (YYYY-MM-DD; mặc định: hôm nay)', 'the day the document is checked against afterwards (YYYY-MM-DD; default: today)'),
  };
}

const CODE = text('mã hiệu của tài liệu, ví dụ QT-KHCN-01', 'the document code, e.g. QT-KHCN-01');

export const LIFECYCLE_HELP: HelpTexts = {
  ...common('new'),
  'help:new': text(
    'tạo tài liệu kiểm soát từ mẫu của loại tài liệu: lần ban hành 1, dự thảo, dòng theo dõi sửa đổi đầu tiên, các vùng sinh tự động',
    'create a controlled document from its type\'s template: revision 1, draft, first history row, generated regions',
  ),
  'help:new <type>': text('loại tài liệu: procedure, form, instruction, manual, hoặc một loại trong qms.config.yaml', 'document type: procedure, form, instruction, manual, or a type of qms.config.yaml'),
  'help:new --code': text('mã hiệu của tài liệu, đúng quy cách mã hiệu của loại, ví dụ QT-KHCN-09', 'the document code (mã hiệu), matching the type\'s code format, e.g. QT-KHCN-09'),
  'help:new --title': text('tên tài liệu', 'the title (tên tài liệu)'),
  'help:new --owner': text('đơn vị chủ trì tài liệu', 'the unit that owns the document (đơn vị chủ trì)'),
  'help:new --dir': text(
    'thư mục tính từ gốc kho (mặc định: procedures/, forms/, instructions/; gốc kho với sổ tay)',
    'folder from the repository root (default: procedures/, forms/, instructions/; the root for the manual)',
  ),
  'help:new --date': text('ngày của dòng theo dõi sửa đổi đầu tiên (YYYY-MM-DD; mặc định: hôm nay)', 'date of the first history row (YYYY-MM-DD; default: today)'),
  'help:new after': after(
    `
Ví dụ:
  qms new procedure --code QT-KHCN-09 --title "Quy trình thẩm định công nghệ" --owner "Phòng Quản lý chuyên ngành"
  qms new form --code BM-01/QT-KHCN-09 --title "Phiếu thẩm định"     ghi forms/BM-01-QT-KHCN-09.md
  qms new manual --code STCL --title "Sổ tay chất lượng" --json

Nội dung lấy từ templates/documents/<loại>.<ngôn ngữ>.md (bản của kho trước, rồi bản đi kèm qms),
theo ngôn ngữ trong cấu hình. Lệnh từ chối loại không có, mã hiệu sai quy cách hoặc đã dùng, tệp đã
có, và mẫu sẽ không qua qms check.`,
    `
Examples:
  qms new procedure --code QT-KHCN-09 --title "Quy trình thẩm định công nghệ" --owner "Phòng Quản lý chuyên ngành"
  qms new form --code BM-01/QT-KHCN-09 --title "Phiếu thẩm định"     writes forms/BM-01-QT-KHCN-09.md
  qms new manual --code STCL --title "Sổ tay chất lượng" --json

The body comes from templates/documents/<type>.<language>.md (the repository's own copy first, then
the one shipped with qms), in the config's language. It refuses an unknown type, a code that breaks
the type's code format or is already used, an existing file, and a template that would fail qms check.`,
  ),
  ...common('revise'),
  'help:revise': text(
    'mở lần ban hành mới: lần ban hành + 1, một dòng theo dõi sửa đổi, trở về dự thảo, xóa xem xét và phê duyệt',
    'start a new revision: revision + 1, a history row, status draft, review and approval cleared',
  ),
  'help:revise <code>': CODE,
  'help:revise --summary': text('nội dung sửa đổi của lần ban hành này', 'what changes in this revision (nội dung sửa đổi)'),
  'help:revise --trigger': text(
    'văn bản pháp luật làm phát sinh việc sửa đổi, ghi theo bất kỳ cách trích dẫn nào sổ đăng ký nhận ra',
    'the legal document that makes the revision necessary, in any citation form the register resolves',
  ),
  'help:revise --date': text('ngày của dòng theo dõi sửa đổi (YYYY-MM-DD; mặc định: hôm nay)', 'date of the history row (YYYY-MM-DD; default: today)'),
  'help:revise after': after(
    `
Ví dụ:
  qms revise QT-KHCN-01 --summary "Rà soát định kỳ"
  qms revise QT-KHCN-03 --summary "Cập nhật theo Nghị định số 107/2021/NĐ-CP" --trigger 107/2021/ND-CP --date 2026-12-01

Người soạn thảo giữ nguyên; approval.reviewed, approval.approved và ngày hiệu lực được xóa cho đến khi
lần ban hành mới được phê duyệt và ban hành. Tài liệu đã hết hiệu lực không sửa đổi được.`,
    `
Examples:
  qms revise QT-KHCN-01 --summary "Rà soát định kỳ"
  qms revise QT-KHCN-03 --summary "Cập nhật theo Nghị định 107/2021/NĐ-CP" --trigger 107/2021/ND-CP --date 2026-12-01

The preparer stays; approval.reviewed, approval.approved and the effective date are removed until
the new revision is approved and published. An obsolete document is not revised.`,
  ),
  ...common('approve'),
  'help:approve': text('ghi một bước phê duyệt (soạn thảo, xem xét, phê duyệt); đủ ba bước thì tài liệu được phê duyệt', 'record one approval step (prepared, reviewed, approved); with all three the document is approved'),
  'help:approve <code>': CODE,
  'help:approve --step': text('prepared (soạn thảo), reviewed (xem xét) hoặc approved (phê duyệt)', 'prepared (soạn thảo), reviewed (xem xét) or approved (phê duyệt)'),
  'help:approve --name': text('họ và tên người thực hiện', 'full name of the person (họ và tên)'),
  'help:approve --title': text('chức vụ, như types.<loại>.reviewers / approvers ghi', 'their title (chức vụ), as types.<type>.reviewers / approvers name it'),
  'help:approve --date': text('ngày của bước (YYYY-MM-DD; mặc định: hôm nay)', 'date of the step (YYYY-MM-DD; default: today)'),
  'help:approve after': after(
    `
Ví dụ:
  qms approve QT-KHCN-09 --step prepared --name "Nguyễn Văn An" --title "Chuyên viên" --date 2026-03-01
  qms approve QT-KHCN-09 --step reviewed --name "Trần Thị Bình" --title "Trưởng phòng" --date 2026-03-05
  qms approve QT-KHCN-09 --step approved --name "Lê Văn Cường" --title "Giám đốc" --date 2026-03-10

Các bước theo thứ tự (soạn thảo ≤ xem xét ≤ phê duyệt, bước sau không trước bước trước); người xem xét
và người phê duyệt giữ chức vụ cấu hình cho phép; người phê duyệt không phải người soạn thảo (trừ khi
approval.allow_self_approval). Bước phê duyệt ghi lại dấu vân tay nội dung.`,
    `
Examples:
  qms approve QT-KHCN-09 --step prepared --name "Nguyễn Văn An" --title "Chuyên viên" --date 2026-03-01
  qms approve QT-KHCN-09 --step reviewed --name "Trần Thị Bình" --title "Trưởng phòng" --date 2026-03-05
  qms approve QT-KHCN-09 --step approved --name "Lê Văn Cường" --title "Giám đốc" --date 2026-03-10

Steps go in order (prepared ≤ reviewed ≤ approved, each after the one before); the reviewer and
approver hold titles the config allows; the approver is not the preparer (unless
approval.allow_self_approval). The approved step records the content fingerprint.`,
  ),
  ...common('publish'),
  'help:publish': text('đưa tài liệu đã phê duyệt vào hiệu lực (trạng thái effective, kèm ngày hiệu lực)', 'bring an approved document into force (status effective, with its effective date)'),
  'help:publish <code>': CODE,
  'help:publish --effective': text(
    'ngày hiệu lực (YYYY-MM-DD): từ ngày phê duyệt trở đi, không ở tương lai',
    'the date it comes into force (ngày hiệu lực, YYYY-MM-DD): on or after the approval, not in the future',
  ),
  'help:publish after': after(
    `
Ví dụ:
  qms publish QT-KHCN-09 --effective 2026-03-15
  qms publish QT-KHCN-09 --effective 2026-03-15 --json

Lệnh từ chối tài liệu chưa đủ ba bước phê duyệt, và tài liệu có nội dung không còn khớp dấu vân tay
đã ghi khi phê duyệt (approval/changed).`,
    `
Examples:
  qms publish QT-KHCN-09 --effective 2026-03-15
  qms publish QT-KHCN-09 --effective 2026-03-15 --json

It refuses a document without all three approval steps, and one whose content no longer matches the
fingerprint recorded at approval (approval/changed).`,
  ),
  ...common('obsolete'),
  'help:obsolete': text(
    'hủy bỏ một tài liệu: trạng thái hết hiệu lực kèm ngày, lý do và tài liệu thay thế; liệt kê các tài liệu còn viện dẫn nó',
    'withdraw a document: status obsolete with date, reason and successor; lists the documents that still reference it',
  ),
  'help:obsolete <code>': CODE,
  'help:obsolete --reason': text('lý do hủy bỏ', 'why it is withdrawn (lý do hủy bỏ)'),
  'help:obsolete --date': text('ngày hủy bỏ (YYYY-MM-DD; mặc định: hôm nay)', 'the date it is withdrawn (YYYY-MM-DD; default: today)'),
  'help:obsolete --replaced-by': text('mã hiệu của tài liệu thay thế', 'the code of the document that replaces it'),
  'help:obsolete after': after(
    `
Ví dụ:
  qms obsolete QT-KHCN-02 --reason "Thủ tục hành chính đã bị bãi bỏ"
  qms obsolete QT-KHCN-02 --reason "Gộp vào QT-KHCN-05" --replaced-by QT-KHCN-05 --date 2026-12-01

Tệp được giữ lại làm hồ sơ về những gì đã có hiệu lực. Các tài liệu đang dùng còn viện dẫn nó được
liệt kê: qms check báo các tài liệu này (ref/obsolete) cho đến khi chúng được sửa đổi.`,
    `
Examples:
  qms obsolete QT-KHCN-02 --reason "Thủ tục hành chính đã bị bãi bỏ"
  qms obsolete QT-KHCN-02 --reason "Gộp vào QT-KHCN-05" --replaced-by QT-KHCN-05 --date 2026-12-01

The file stays, as the record of what was in force. Documents in use that reference it are listed:
qms check now reports them (ref/obsolete) until they are revised.`,
  ),
  'help:review after': after(
    `
Ví dụ:
  qms review QT-KHCN-01 --by "Trần Thị Bình" --title "Trưởng phòng"
  qms review QT-KHCN-01 --by "Trần Thị Bình" --title "Trưởng phòng" --outcome revise --note "Thời hạn giải quyết đã thay đổi"

Lệnh ghi last_review và một dòng trong reviews: review/overdue được đáp ứng đến hết chu kỳ rà soát
tiếp theo (review.interval_months trong qms.config.yaml). Với --outcome revise, chạy tiếp qms revise.`,
    `
Examples:
  qms review QT-KHCN-01 --by "Trần Thị Bình" --title "Trưởng phòng"
  qms review QT-KHCN-01 --by "Trần Thị Bình" --title "Trưởng phòng" --outcome revise --note "Thời hạn giải quyết đã thay đổi"

It records last_review and a row in reviews: review/overdue is satisfied until the next interval
(review.interval_months in qms.config.yaml). With --outcome revise, run qms revise next.`,
  ),
  'help:cite after': after(
    '\nVí dụ:\n  qms cite QT-VP-01 118/2025/NĐ-CP\n  qms cite QT-VP-01 "Nghị định 118/2025" --articles "Điều 5, Điều 7"',
    '\nExamples:\n  qms cite QT-VP-01 118/2025/NĐ-CP\n  qms cite QT-VP-01 "Nghị định 118/2025" --articles "Điều 5, Điều 7"',
  ),
  'help:uncite after': after('\nVí dụ:\n  qms uncite QT-VP-01 61/2018/NĐ-CP', '\nExample:\n  qms uncite QT-VP-01 61/2018/NĐ-CP'),
};
