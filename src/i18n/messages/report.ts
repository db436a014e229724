/** The words of qms check's reports around the findings: severities, the summary line, the GitHub job summary, JUnit failure counts. */
import { message } from '../catalogue.js';

/** "3 errors" / "1 error". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

const COUNTS = { errors: 2, warnings: 1, infos: 0 };
const SCOPE = { documents: 12, legal: 5 };

const viCounts = (d: { errors: number; warnings: number; infos: number }): string => [`${d.errors} lỗi`, `${d.warnings} cảnh báo`, ...(d.infos > 0 ? [`${d.infos} thông tin`] : [])].join(', ');
const enCounts = (d: { errors: number; warnings: number; infos: number }): string =>
  [counted(d.errors, 'error'), counted(d.warnings, 'warning'), ...(d.infos > 0 ? [counted(d.infos, 'info')] : [])].join(', ');

export const REPORT_MESSAGES = {
  'severity.error': message({}, () => 'lỗi', () => 'error'),
  'severity.warning': message({}, () => 'cảnh báo', () => 'warning'),
  'severity.info': message({}, () => 'thông tin', () => 'info'),
  'report.clean': message(
    SCOPE,
    (d) => `không có vấn đề nào — đã kiểm tra ${d.documents} tài liệu và ${d.legal} văn bản trong sổ đăng ký`,
    (d) => `no problems — ${counted(d.documents, 'document')} and ${counted(d.legal, 'register entry', 'register entries')} checked`,
  ),
  'report.found': message(
    { ...COUNTS, ...SCOPE },
    (d) => `${viCounts(d)} — đã kiểm tra ${d.documents} tài liệu và ${d.legal} văn bản trong sổ đăng ký`,
    (d) => `${enCounts(d)} — ${counted(d.documents, 'document')} and ${counted(d.legal, 'register entry', 'register entries')} checked`,
  ),
  'report.counts': message(COUNTS, viCounts, enCounts),
  'report.written': message(
    { file: 'qms.sarif' },
    (d) => `báo cáo ghi tại ${d.file}`,
    (d) => `report in ${d.file}`,
  ),
  'report.github.clean': message(
    { files: 12 },
    (d) => `### ✅ qms check: không có vấn đề nào\n\nĐã kiểm tra ${d.files} tệp.`,
    (d) => `### ✅ qms check: no problems\n\n${counted(d.files, 'file')} checked.`,
  ),
  'report.github.files': message(
    { files: 12 },
    (d) => `Đã kiểm tra ${d.files} tệp.`,
    (d) => `${counted(d.files, 'file')} checked.`,
  ),
  'report.github.note': message(
    { per: 10, over: '12 lỗi' },
    (d) => `**Lưu ý:** GitHub chỉ hiện ${d.per} chú thích mỗi loại trong một bước (và 50 trong một job), lần chạy này có ${d.over}: mọi phát hiện đều có trong bảng dưới đây và trong nhật ký.`,
    (d) => `**Note:** GitHub shows only ${d.per} annotations of each kind per step (and 50 per job), and this run has ${d.over}: every finding is in the table below and in the log.`,
  ),
  'report.github.header': message({}, () => '| Vị trí | Mức độ | Quy tắc | Nội dung |', () => '| Location | Severity | Rule | Message |'),
  'report.github.more': message(
    { left: 3 },
    (d) => `…và ${d.left} phát hiện khác không được liệt kê: GitHub giới hạn bản tóm tắt của một bước ở 1 MiB. Xem nhật ký để có đầy đủ.`,
    (d) => `…and ${counted(d.left, 'more finding')} not listed: GitHub limits a step summary to 1 MiB. See the log for all of them.`,
  ),
};
