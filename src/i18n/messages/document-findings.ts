/** The findings of the code/*, approval/*, status/*, review/*, revision/* and structure/* rules, in Vietnamese and English. */
import { dateIn as at, joined, message } from '../catalogue.js';
import { statusWord, stepWord } from './words.js';

const FIELD_WORDS: Record<string, string> = { name: 'họ và tên', title: 'chức vụ', date: 'ngày' };

/** Working hours as a person counts them: "15 ngày làm việc (120 giờ)". */
function hoursText(language: 'vi' | 'en', hours: number, perDay: number): string {
  const round = (value: number): number => Math.round(value * 100) / 100;
  const days = String(round(hours / perDay));
  const whole = String(round(hours));
  return language === 'vi' ? `${days.replace('.', ',')} ngày làm việc (${whole.replace('.', ',')} giờ)` : `${days} working days (${whole} hours)`;
}

const STEPS = { steps: 120, limit: 80, perDay: 8, tthc: 'VD.000101', record: 'tthc/VD.000101.md' };

export const DOCUMENT_FINDINGS = {
  'tthc/schema.file-name': message(
    { code: 'VD.000101', name: 'VD-000101' },
    (d) => `hồ sơ TTHC ${d.code} được đặt tên ${d.name}.md: đổi tên thành ${d.code}.md`,
    (d) => `the record of TTHC ${d.code} is named ${d.name}.md: name it ${d.code}.md`,
  ),
  'tthc/schema.duplicate': message(
    { code: 'VD.000101', first: 'tthc/VD.000101.md' },
    (d) => `TTHC ${d.code} đã có hồ sơ: ${d.first}`,
    (d) => `TTHC ${d.code} has a record already: ${d.first}`,
  ),
  'tthc/time-limit.unreadable': message(
    { step: '2', time: 'ba ngày' },
    (d) => `bước ${d.step}: không đọc được thời gian "${d.time}": viết dạng "03 ngày làm việc", "04 giờ làm việc", "1/2 ngày" hoặc "0,5 ngày"`,
    (d) => `step ${d.step}: the time "${d.time}" cannot be read: write it as "03 ngày làm việc", "04 giờ làm việc", "1/2 ngày" or "0,5 ngày"`,
  ),
  'tthc/time-limit.over-days': message(
    { steps: 120, perDay: 8, tthc: 'VD.000101', record: 'tthc/VD.000101.md', days: 10 },
    (d) => `tổng thời gian các bước là ${hoursText('vi', d.steps, d.perDay)}, quá ${d.days} ngày mà TTHC ${d.tthc} cho phép (${d.record})`,
    (d) => `the steps add up to ${hoursText('en', d.steps, d.perDay)}, more than the ${d.days} days TTHC ${d.tthc} allows (${d.record})`,
  ),
  'tthc/time-limit.over': message(
    STEPS,
    (d) => `tổng thời gian các bước là ${hoursText('vi', d.steps, d.perDay)}, quá ${hoursText('vi', d.limit, d.perDay)} mà TTHC ${d.tthc} cho phép (${d.record}): rút ngắn các bước`,
    (d) => `the steps add up to ${hoursText('en', d.steps, d.perDay)}, more than the ${hoursText('en', d.limit, d.perDay)} TTHC ${d.tthc} allows (${d.record}): shorten the steps`,
  ),
  'tthc/time-limit.under': message(
    STEPS,
    (d) => `tổng thời gian các bước là ${hoursText('vi', d.steps, d.perDay)}, chưa bằng ${hoursText('vi', d.limit, d.perDay)} của TTHC ${d.tthc} (${d.record}): sửa thời gian các bước hoặc hồ sơ TTHC`,
    (d) => `the steps add up to ${hoursText('en', d.steps, d.perDay)}, not the ${hoursText('en', d.limit, d.perDay)} of TTHC ${d.tthc} (${d.record}): revise the step times or the record`,
  ),
  'tthc/unknown': message(
    { code: 'VD.000102', folder: 'tthc', hint: 'VD.000101' },
    (d) => `tthc ghi ${d.code} nhưng không có hồ sơ trong ${d.folder}/${d.hint ? ` (có phải ${d.hint}?)` : ''}: thêm bằng qms tthc add ${d.code}`,
    (d) => `tthc names ${d.code}, which has no record in ${d.folder}/${d.hint ? ` (did you mean ${d.hint}?)` : ''}: add it with qms tthc add ${d.code}`,
  ),
  'code/duplicate': message(
    { code: 'QT-KHCN-01', others: ['procedures/QT-KHCN-01-ban-cu.md'] },
    (d) => `mã hiệu "${d.code}" đã được dùng cho ${joined('vi', d.others)}: mỗi tài liệu phải có mã hiệu riêng`,
    (d) => `code "${d.code}" is also used by ${d.others.join(', ')}: give each document its own code`,
  ),
  'code/filename': message(
    { actual: 'quy-trinh.md', code: 'QT-KHCN-01', expected: 'QT-KHCN-01.md' },
    (d) => `tên tệp "${d.actual}" không khớp mã hiệu "${d.code}": đổi tên tệp thành "${d.expected}"`,
    (d) => `file name "${d.actual}" does not match code "${d.code}": rename the file to "${d.expected}"`,
  ),
  'code/format': message(
    { code: 'QTKHCN_01', type: 'procedure', label: 'Quy trình', example: 'QT-KHCN-01' },
    (d) => `mã hiệu "${d.code}" không đúng quy cách mã hiệu của loại ${d.label} (${d.type}); một mã hiệu đúng có dạng ${d.example} (quy cách đặt tại types.${d.type}.pattern trong qms.config.yaml)`,
    (d) => `code "${d.code}" does not follow the code format of the ${d.label} type (${d.type}); a valid code looks like ${d.example} (the format is types.${d.type}.pattern in qms.config.yaml)`,
  ),
  'code/format.no-example': message(
    { code: 'QTKHCN_01', type: 'procedure', label: 'Quy trình' },
    (d) => `mã hiệu "${d.code}" không đúng quy cách mã hiệu của loại ${d.label} (${d.type}), đặt tại types.${d.type}.pattern trong qms.config.yaml; ghi thêm types.${d.type}.example (một mã hiệu mẫu) để qms nêu được ví dụ`,
    (d) => `code "${d.code}" does not follow the code format of the ${d.label} type (${d.type}), set in types.${d.type}.pattern of qms.config.yaml; add types.${d.type}.example (a sample code) so qms can show one`,
  ),
  'approval/changed': message(
    { current: 'sha256:3f1c2a9b8e7d6c5', recorded: 'sha256:0a1b2c3d4e5f607', code: 'QT-KHCN-01' },
    (d) => `nội dung đã thay đổi sau khi phê duyệt (dấu vân tay ${d.current}… khác với ${d.recorded}… đã ghi khi phê duyệt): chạy qms revise ${d.code} --summary "…" để mở lần ban hành mới, rồi xem xét, phê duyệt lại (qms approve)`,
    (d) => `content changed after approval (fingerprint ${d.current}… ≠ recorded ${d.recorded}…): run qms revise ${d.code} --summary "…" to start a new revision, then have it reviewed and approved again (qms approve)`,
  ),
  'approval/missing.step': message(
    { status: 'effective', step: 'reviewed', code: 'QT-KHCN-01' },
    (d) => `tài liệu ở trạng thái "${statusWord('vi', d.status)}" chưa ghi bước ${stepWord('vi', d.step)}: chạy qms approve ${d.code} --step ${d.step} --name "…" --title "…"`,
    (d) => `${d.status} document has no ${d.step} (${stepWord('vi', d.step)}) step: run qms approve ${d.code} --step ${d.step} --name "…" --title "…"`,
  ),
  'approval/missing.fields': message(
    { step: 'reviewed', fields: ['title', 'date'] },
    (d) => `bước ${stepWord('vi', d.step)} (approval.${d.step}) còn thiếu ${joined('vi', d.fields.map((f) => `${f} (${FIELD_WORDS[f] ?? f})`))}`,
    (d) => `approval.${d.step} lacks ${d.fields.join(', ')}`,
  ),
  'approval/order.future': message(
    { step: 'approved', date: '2030-01-01' },
    (d) => `bước ${stepWord('vi', d.step)} ghi ngày ${at('vi', d.date)}, là ngày chưa đến: chỉ ghi một bước khi đã thực hiện`,
    (d) => `${d.step} on ${d.date}, a day still to come: record a step when it has happened`,
  ),
  'approval/order.order': message(
    { after: 'approved', afterDate: '2024-01-02', before: 'reviewed', beforeDate: '2024-01-05' },
    (d) => `ngày ${stepWord('vi', d.after)} (${at('vi', d.afterDate)}) trước ngày ${stepWord('vi', d.before)} (${at('vi', d.beforeDate)}): thứ tự phải là soạn thảo ≤ xem xét ≤ phê duyệt ≤ hiệu lực`,
    (d) => `${d.after} on ${d.afterDate} is before ${d.before} on ${d.beforeDate}: the order is prepared ≤ reviewed ≤ approved ≤ effective`,
  ),
  'approval/role': message(
    { step: 'approved', title: 'Chuyên viên', type: 'procedure', allowed: ['Giám đốc', 'Phó Giám đốc'], key: 'approvers' },
    (d) => `người ${stepWord('vi', d.step)} có chức vụ "${d.title}", không thuộc các chức vụ được ${stepWord('vi', d.step)} loại tài liệu ${d.type}: ${joined('vi', d.allowed)} (types.${d.type}.${d.key})`,
    (d) => `${d.step} by "${d.title}", a title not allowed for a ${d.type}: allowed are ${d.allowed.join(', ')} (types.${d.type}.${d.key})`,
  ),
  'approval/self': message(
    { name: 'Nguyễn Văn An' },
    (d) => `${d.name} vừa soạn thảo vừa phê duyệt tài liệu này: người phê duyệt phải là người khác người soạn thảo`,
    (d) => `${d.name} both prepared and approved this document: approval needs someone other than the preparer`,
  ),
  'status/lifecycle.no-effective-date': message(
    { code: 'QT-KHCN-01' },
    (d) => `tài liệu đang hiệu lực phải có ngày hiệu lực: ghi effective: YYYY-MM-DD vào ${d.code} (tài liệu mới đi qua qms publish ${d.code} --effective <ngày> đã có sẵn ngày này)`,
    (d) => `an effective document needs its effective date: add effective: YYYY-MM-DD to ${d.code} (a document brought into force with qms publish ${d.code} --effective <date> has it)`,
  ),
  'status/lifecycle.no-approval': message(
    { code: 'QT-KHCN-01' },
    (d) => `tài liệu đang hiệu lực phải có bước phê duyệt đã ghi (approval.approved): chạy qms approve ${d.code} --step approved --name "…" --title "…"`,
    (d) => `an effective document needs a recorded approval (approval.approved): run qms approve ${d.code} --step approved --name "…" --title "…"`,
  ),
  'status/orphan': message(
    { code: 'BM-01/QT-VP-01', parent: 'QT-VP-01', since: '2026-11-01' },
    (d) => `${d.code} mang mã của ${d.parent}, tài liệu đã hết hiệu lực${d.since ? ` từ ngày ${at('vi', d.since)}` : ''}: hủy bỏ cả tài liệu này bằng qms obsolete ${d.code} --reason "…", hoặc đổi mã theo một tài liệu đang áp dụng`,
    (d) => `${d.code} is named after ${d.parent}, which is obsolete${d.since ? ` since ${d.since}` : ''}: withdraw it too with qms obsolete ${d.code} --reason "…", or rename it after a document in use`,
  ),
  'status/lifecycle.no-obsolete-record': message(
    { code: 'QT-KHCN-01' },
    (d) => `tài liệu hết hiệu lực phải ghi obsolete: { date: YYYY-MM-DD, reason: … } (ngày và lý do hủy bỏ) để nhận biết là đã hủy bỏ; qms obsolete ${d.code} --reason "…" ghi mục này khi hủy bỏ tài liệu đang dùng`,
    (d) => `an obsolete document needs obsolete: { date: YYYY-MM-DD, reason: … } so it is identified as withdrawn; qms obsolete ${d.code} --reason "…" records it when a document in use is withdrawn`,
  ),
  'status/lifecycle.stray-obsolete-record': message(
    { status: 'effective', code: 'QT-KHCN-01' },
    (d) => `tài liệu có mục obsolete (hủy bỏ) nhưng trạng thái là "${statusWord('vi', d.status)}": chạy qms obsolete ${d.code} --reason "…", hoặc xóa mục obsolete`,
    (d) => `the document has an obsolete record but its status is ${d.status}: run qms obsolete ${d.code} --reason "…", or remove the record`,
  ),
  'review/overdue': message(
    { last: '2023-01-10', due: '2024-01-10', months: 12, code: 'QT-KHCN-01' },
    (d) => `lần phê duyệt hoặc rà soát gần nhất ngày ${at('vi', d.last)}; hạn rà soát là ${at('vi', d.due)} (mỗi ${d.months} tháng): rà soát tài liệu rồi ghi lại bằng qms review ${d.code} --by "…" --title "…"`,
    (d) => `last approved or reviewed on ${d.last}; a review was due by ${d.due} (every ${d.months} months): review it and record it with qms review ${d.code} --by "…" --title "…"`,
  ),
  'revision/history.none': message(
    { revision: 3 },
    (d) => `lần ban hành ${d.revision} chưa có dòng theo dõi sửa đổi nào: thêm một dòng history cho mỗi lần ban hành 1..${d.revision}`,
    (d) => `revision ${d.revision} has no history: add a history row for each revision 1..${d.revision}`,
  ),
  // `more`: how many further revisions lack a row beyond those listed (the list is bounded).
  'revision/history.missing': message(
    { missing: ['2'], more: 0, revision: 3 },
    (d) => `theo dõi sửa đổi (history) thiếu dòng của lần ban hành ${d.missing.join(', ')}${d.more > 0 ? ` và ${d.more} lần khác` : ''} (phải đủ các lần 1..${d.revision})`,
    (d) => `history has no row for revision ${d.missing.join(', ')}${d.more > 0 ? ` and ${d.more} more` : ''} (rows must cover 1..${d.revision})`,
  ),
  'revision/history.duplicate': message(
    { revision: 2 },
    (d) => `theo dõi sửa đổi có hai dòng cho lần ban hành ${d.revision}`,
    (d) => `history has two rows for revision ${d.revision}`,
  ),
  'revision/history.ahead': message(
    { row: 4, revision: 3 },
    (d) => `dòng theo dõi sửa đổi của lần ban hành ${d.row} vượt quá lần ban hành hiện tại của tài liệu (${d.revision})`,
    (d) => `history row for revision ${d.row} is ahead of the document's revision ${d.revision}`,
  ),
  'revision/history.order': message(
    { row: 1, previous: 2 },
    (d) => `các dòng theo dõi sửa đổi sai thứ tự: lần ban hành ${d.row} đứng sau lần ${d.previous}`,
    (d) => `history rows are out of order: revision ${d.row} comes after ${d.previous}`,
  ),
  'revision/history.date-earlier': message(
    { date: '2023-01-01', row: 2, previous: '2023-05-01' },
    (d) => `ngày ${at('vi', d.date)} của lần ban hành ${d.row} sớm hơn ngày của dòng trước (${at('vi', d.previous)})`,
    (d) => `history date ${d.date} of revision ${d.row} is earlier than the row before (${d.previous})`,
  ),
  'revision/history.date-after-effective': message(
    { date: '2024-03-01', row: 2, effective: '2024-02-01' },
    (d) => `ngày ${at('vi', d.date)} của lần ban hành ${d.row} sau ngày hiệu lực ${at('vi', d.effective)}`,
    (d) => `history date ${d.date} of revision ${d.row} is after the effective date ${d.effective}`,
  ),
  'revision/history.last': message(
    { last: 2, revision: 3 },
    (d) => `dòng theo dõi sửa đổi cuối cùng là lần ban hành ${d.last}, nhưng tài liệu đang ở lần ban hành ${d.revision}`,
    (d) => `the last history row is revision ${d.last}, but the document is at revision ${d.revision}`,
  ),
  'structure/sections.order': message(
    { section: 'Phạm vi', type: 'procedure', sections: ['Mục đích', 'Phạm vi', 'Nội dung quy trình'] },
    (d) => `mục "${d.section}" sai thứ tự: các mục của loại ${d.type} là ${d.sections.join(', ')}`,
    (d) => `section "${d.section}" is out of order: the ${d.type} sections are ${d.sections.join(', ')}`,
  ),
  'structure/sections.missing': message(
    { section: 'Hồ sơ cần lưu' },
    (d) => `thiếu mục "${d.section}": thêm một đề mục "${d.section}"`,
    (d) => `section "${d.section}" is missing: add a heading "${d.section}"`,
  ),
};
