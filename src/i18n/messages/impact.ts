/** The words of qms impact's text report, in Vietnamese and English. */
import { dateIn as at, message } from '../catalogue.js';
import { relationWord } from './words.js';
import { legalStatusLabel } from '../labels.js';
import type { LegalStatus } from '../../model/register.js';

const status = (language: 'vi' | 'en', value: string): string => legalStatusLabel(language, value as LegalStatus) ?? value;

export const IMPACT_MESSAGES = {
  // `since`: the day the change that gave the status took effect ('' when none) — never the day of the run.
  'impact.subject': message(
    { name: 'Nghị định số 61/2018/NĐ-CP', title: ' — Về thực hiện cơ chế một cửa', status: 'amended', since: '2022-02-21', today: '2026-11-27' },
    (d) => `${d.name}${d.title} (${status('vi', d.status).toLowerCase()}${d.since ? ` từ ngày ${at('vi', d.since)}` : ''}, tính đến ngày ${at('vi', d.today)})`,
    (d) => `${d.name}${d.title} (${d.status}${d.since ? ` since ${d.since}` : ''}, as of ${d.today})`,
  ),
  'impact.no-change': message(
    {},
    () => 'Sổ đăng ký không có văn bản nào sửa đổi, bổ sung, thay thế hay bãi bỏ văn bản này, hoặc bị văn bản này tác động: không tài liệu nào chịu tác động.',
    () => 'No amendment, replacement or repeal of or by this document is in the register: no document is affected.',
  ),
  'impact.changes': message({}, () => 'Các thay đổi', () => 'Changes'),
  'impact.change': message<{ old: string; relation: string; by: string; inForce?: string; due?: string; articles: string[] }>(
    { old: 'Nghị định số 61/2018/NĐ-CP', relation: 'amended', by: 'Nghị định số 107/2021/NĐ-CP', inForce: '2022-02-21', due: '2022-05-21', articles: ['Điều 1'] },
    (d) =>
      `${d.old} ${relationWord('vi', d.relation)} bởi ${d.by}${d.inForce ? ` (có hiệu lực từ ngày ${at('vi', d.inForce)}; hạn cập nhật hệ thống ${at('vi', d.due ?? '')})` : ''}${d.articles.length > 0 ? ` — ${d.articles.join(', ')}` : ''}`,
    (d) => `${d.old} ${d.relation} by ${d.by}${d.inForce ? ` (in force ${d.inForce}; QMS update due ${d.due ?? ''})` : ''}${d.articles.length > 0 ? ` — ${d.articles.join(', ')}` : ''}`,
  ),
  'impact.affected': message(
    { open: 3, done: 1 },
    (d) => `Tài liệu chịu tác động: ${d.open} cần sửa đổi${d.done > 0 ? `, ${d.done} đã sửa đổi (đã ghi nhận)` : ''}`,
    (d) => `Affected documents: ${d.open} to revise${d.done > 0 ? `, ${d.done} already revised (acknowledged)` : ''}`,
  ),
  'impact.columns': message(
    {},
    () => 'MÃ HIỆU|LẦN BH|QUAN HỆ|MỨC ĐỘ|HẠN|ĐƠN VỊ|TỆP',
    () => 'CODE|REV|RELATION|PRECISION|DUE|OWNER|FILE',
  ),
  'impact.precision.direct': message({}, () => 'trực tiếp', () => 'direct'),
  'impact.precision.review': message({}, () => 'cần xem xét', () => 'review'),
  'impact.precision.through': message(
    { precision: 'trực tiếp', tthc: ['VD.000101'] },
    (d) => `${d.precision} qua TTHC ${d.tthc.join(', ')}`,
    (d) => `${d.precision} through TTHC ${d.tthc.join(', ')}`,
  ),
  'impact.tthc.heading': message(
    {},
    () => 'Hồ sơ TTHC dựa trên văn bản này (cập nhật: qms tthc set <mã> --trigger …; rồi qms render)',
    () => 'TTHC records resting on it (update them: qms tthc set <code> --trigger …; then qms render)',
  ),
  'impact.tthc.record': message(
    { code: 'VD.000101', acknowledged: false as boolean, file: 'tthc/VD.000101.md', cites: 'Điều 5 118/2025/NĐ-CP', procedures: ['QT-KHCN-08'] },
    (d) => `${d.code}${d.acknowledged ? ' ✓' : ''}  ${d.file}  viện dẫn ${d.cites}; do ${d.procedures.join(', ') || 'không tài liệu nào'} thực hiện`,
    (d) => `${d.code}${d.acknowledged ? ' ✓' : ''}  ${d.file}  cites ${d.cites}; handled by ${d.procedures.join(', ') || 'no document'}`,
  ),
  'impact.relation': message(
    { relation: 'amended' },
    (d) => relationWord('vi', d.relation),
    (d) => d.relation,
  ),
  'impact.also': message<{ relation: string; by: string; acknowledged: boolean; precision: string; due: string }>(
    { relation: 'replaced', by: '102/2024/NĐ-CP', acknowledged: true, precision: 'trực tiếp', due: '2024-11-01' },
    (d) => `${relationWord('vi', d.relation)} bởi ${d.by}${d.acknowledged ? ' ✓ đã ghi nhận' : ''} (${d.precision}, hạn ${d.due ? at('vi', d.due) : '-'})`,
    (d) => `${d.relation} by ${d.by}${d.acknowledged ? ' ✓ acknowledged' : ''} (${d.precision}, due ${d.due || '-'})`,
  ),
  'impact.source.legal_basis': message({}, () => 'căn cứ', () => 'legal_basis'),
  'impact.source.body': message({}, () => 'nội dung', () => 'body'),
  'impact.possibly': message({}, () => 'Văn bản pháp luật có thể chịu tác động', () => 'Possibly affected legal documents'),
  'impact.possibly-item': message(
    { name: 'Thông tư số 01/2018/TT-VPCP', guides: '61/2018/NĐ-CP', citing: ['QT-VP-01'] },
    (d) => `${d.name} hướng dẫn ${d.guides}, văn bản đã hết hiệu lực: cần xem xét (${d.citing.length > 0 ? `được viện dẫn bởi ${d.citing.join(', ')}` : 'không tài liệu nào viện dẫn'})`,
    (d) => `${d.name} guides ${d.guides}, which ended: review it (cited by ${d.citing.length > 0 ? d.citing.join(', ') : 'no document'})`,
  ),
  'impact.dependents': message(
    {},
    () => 'Tài liệu liên quan (biểu mẫu và tài liệu viện dẫn các tài liệu chịu tác động)',
    () => 'Dependent documents (forms and documents referencing the affected ones)',
  ),
  'impact.via': message(
    { code: 'BM-01/QT-VP-01', file: 'forms/BM-01-QT-VP-01.md', path: ['QT-VP-01', 'BM-01/QT-VP-01'] },
    (d) => `${d.code}  ${d.file}  qua ${d.path.join(' → ')}`,
    (d) => `${d.code}  ${d.file}  via ${d.path.join(' → ')}`,
  ),
  'impact.changed-since-plan': message(
    { file: 'procedures/QT-KHCN-03.md' },
    (d) => `${d.file} đã thay đổi sau khi lập kế hoạch sửa đổi: hãy chạy lại lệnh`,
    (d) => `${d.file} changed after the plan was made: run the command again`,
  ),
  // `problem`: why the front matter edit was refused (a front-matter-edit.* message), in the same language (bothEmbedding).
  'impact.cannot-revise-file': message(
    { file: 'procedures/QT-KHCN-03.md', problem: 'cannot append to history: it is a mapping, not a list' },
    (d) => `${d.file}: không tự động sửa đổi được: ${d.problem}; hãy sửa front matter (qms check chỉ ra cách sửa)`,
    (d) => `${d.file}: cannot revise it automatically: ${d.problem}; fix the front matter (qms check shows how)`,
  ),
  'impact.line-changed': message(
    { file: 'procedures/QT-KHCN-03.md', line: 12, from: 'Nghị định số 61/2018/NĐ-CP' },
    (d) => `${d.file}: dòng ${d.line} không còn ghi "${d.from}"`,
    (d) => `${d.file}: line ${d.line} no longer reads "${d.from}"`,
  ),
};
