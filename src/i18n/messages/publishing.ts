/** Messages of publishing, in Vietnamese and English. */
import { message } from '../catalogue.js';

/** What a decision cannot be made without, named as the user supplies it (`qms export --decision`). */
const DECISION_PIECES: Record<string, { vi: string; en: string }> = {
  number: { vi: 'số quyết định (--number)', en: 'the decision number (--number)' },
  parent: { vi: 'cơ quan chủ quản (--parent hoặc issue.parent trong qms.config.yaml)', en: 'the parent body (--parent or issue.parent in qms.config.yaml)' },
  place: { vi: 'địa danh (--place hoặc issue.place)', en: 'the place name (--place or issue.place)' },
  symbol: { vi: 'chữ viết tắt tên cơ quan trong số hiệu (--symbol hoặc issue.symbol)', en: "the agency's abbreviation in the number (--symbol or issue.symbol)" },
  organization: { vi: 'tên cơ quan (organization trong qms.config.yaml)', en: "the agency's name (organization in qms.config.yaml)" },
  date: { vi: 'ngày ký (--date, hoặc ngày phê duyệt của tài liệu)', en: 'the date of signing (--date, or the approval date of the document)' },
  approver: { vi: 'người phê duyệt (approval.approved: name, title)', en: 'the approver (approval.approved: name, title)' },
};

export const PUBLISHING_MESSAGES = {
  'chromium.chromium-executable-install': message(
    { named: '/opt/chrome/chrome', hint: 'sudo apt-get install -y chromium fonts-liberation2' },
    (d) => `QMS_CHROMIUM=${d.named} không chạy được; cài đặt: ${d.hint}`,
    (d) => `QMS_CHROMIUM=${d.named} is not an executable; install: ${d.hint}`,
  ),
  'chromium.printing-pdf-needs-chromium': message(
    { names: ['chromium', 'google-chrome'], hint: 'sudo apt-get install -y chromium fonts-liberation2' },
    (d) => `cần Chromium để in PDF nhưng không tìm thấy (${d.names.join(', ')}); cài đặt: ${d.hint}`,
    (d) => `printing a PDF needs Chromium, which was not found (${d.names.join(', ')}); install: ${d.hint}`,
  ),
  'export.format-takes-docx-pdf': message(
    { format: 'odt' },
    (d) => `--format nhận docx hoặc pdf, không phải "${d.format}"`,
    (d) => `--format takes docx or pdf, not "${d.format}"`,
  ),
  'export.decision-decision-only-do': message(
    {},
    () => '--decision và --decision-only không đi cùng nhau: chọn một',
    () => '--decision and --decision-only do not go together: use one',
  ),
  'export.unchanged-n': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file} không đổi\n`,
    (d) => `${d.file} is unchanged\n`,
  ),
  // The folder an output goes into (export --out, site --out) is not there.
  'output.no-folder': message(
    { folder: 'ban-in' },
    (d) => `thư mục ${d.folder} không tồn tại`,
    (d) => `the folder ${d.folder} does not exist`,
  ),
  'export.note-approved-n': message(
    { code: 'QT-KHCN-01', status: 'draft' },
    (d) => `qms: lưu ý: ${d.code} đang ở trạng thái ${d.status}, chưa được phê duyệt\n`,
    (d) => `qms: note: ${d.code} is ${d.status}, not approved\n`,
  ),
  'export.wrote-bytes-n': message(
    { out: 'QT-KHCN-01.docx', bytesCount: 48213 },
    (d) => `đã ghi ${d.out} (${d.bytesCount} byte)\n`,
    (d) => `wrote ${d.out} (${d.bytesCount} bytes)\n`,
  ),
  'decision.cannot-make-decision-issuing': message(
    { code: 'QT-KHCN-01', missing: ['number', 'place', 'approver'] },
    (d) => `không lập được quyết định ban hành ${d.code}: thiếu ${d.missing.map((piece) => DECISION_PIECES[piece]?.vi ?? piece).join('; ')}`,
    (d) => `cannot make the decision issuing ${d.code}: missing ${d.missing.map((piece) => DECISION_PIECES[piece]?.en ?? piece).join('; ')}`,
  ),
};
