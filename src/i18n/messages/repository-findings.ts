/** The findings of the ref/*, change/* and generated/* rules, in Vietnamese and English. */
import { dateIn as at, joined, message } from '../catalogue.js';
import { relationWord, statusWord } from './words.js';

const REGION_SOURCES: Record<string, { vi: string; en: string }> = {
  identification: { vi: 'mã hiệu, tên, lần ban hành, ngày hiệu lực và đơn vị chủ trì trong front matter', en: 'code, title, revision, effective and owner in the front matter' },
  approval: { vi: 'mục approval (soạn thảo, xem xét, phê duyệt) trong front matter', en: 'approval in the front matter' },
  history: { vi: 'mục history (theo dõi sửa đổi) trong front matter', en: 'history in the front matter' },
  'legal-basis': { vi: 'legal_basis (căn cứ pháp lý), hồ sơ TTHC và sổ đăng ký văn bản', en: 'legal_basis, the TTHC records and the legal register' },
  'tthc-dossier': { vi: 'thành phần hồ sơ trong các hồ sơ TTHC ghi ở mục tthc', en: 'the dossier of the TTHC records named in tthc' },
  'tthc-time-limit': { vi: 'thời hạn giải quyết trong các hồ sơ TTHC ghi ở mục tthc', en: 'the time limit of the TTHC records named in tthc' },
  'tthc-fees': { vi: 'phí, lệ phí trong các hồ sơ TTHC ghi ở mục tthc', en: 'the fees of the TTHC records named in tthc' },
  'tthc-conditions': { vi: 'điều kiện trong các hồ sơ TTHC ghi ở mục tthc', en: 'the conditions of the TTHC records named in tthc' },
  'tthc-result': { vi: 'kết quả trong các hồ sơ TTHC ghi ở mục tthc', en: 'the result of the TTHC records named in tthc' },
};
const source = (language: 'vi' | 'en', region: string): string => REGION_SOURCES[region]?.[language] ?? region;
const REGIONS = 'identification, approval, history, legal-basis, tthc-dossier, tthc-time-limit, tthc-fees, tthc-conditions, tthc-result';

export const REPOSITORY_FINDINGS = {
  'ref/obsolete': message<{ code: string; since?: string; successor?: string }>(
    { code: 'BM-01/QT-KHCN-01', since: '2024-01-01', successor: 'BM-02/QT-KHCN-01' },
    (d) => `viện dẫn ${d.code}, tài liệu đã hết hiệu lực${d.since ? ` từ ngày ${at('vi', d.since)}` : ''}${d.successor ? `: viện dẫn ${d.successor} thay thế` : ': bỏ hoặc thay thế viện dẫn này'}`,
    (d) => `references ${d.code}, which is obsolete${d.since ? ` since ${d.since}` : ''}${d.successor ? `: refer to ${d.successor} instead` : ': remove or replace the reference'}`,
  ),
  'ref/unknown': message<{ code: string; source: string; hint?: string }>(
    { code: 'BM-09/QT-KHCN-01', source: 'body', hint: 'BM-01/QT-KHCN-01' },
    (d) => `${d.source === 'references' ? 'mục references ghi' : 'nội dung nêu'} ${d.code}, không có tài liệu nào mang mã hiệu này${d.hint ? ` (có phải ${d.hint}?)` : ''}`,
    (d) => `${d.source === 'references' ? 'references name' : 'the body names'} ${d.code}, which no document has${d.hint ? ` (did you mean ${d.hint}?)` : ''}`,
  ),
  'change/approval.other-content': message(
    { status: 'effective', code: 'QT-KHCN-01' },
    (d) => `đã thay đổi so với bản gốc khi đang ở trạng thái "${statusWord('vi', d.status)}", nhưng dấu vân tay phê duyệt là của nội dung khác: tài liệu bị sửa sau khi phê duyệt — chạy qms revise ${d.code} --summary "…" (trở về dự thảo) rồi phê duyệt lại`,
    (d) => `changed since the base and ${d.status}, but the approval fingerprint is of other content: it was changed after approval — run qms revise ${d.code} --summary "…" (back to draft) and have it approved again`,
  ),
  'change/approval.no-fingerprint': message(
    { status: 'effective', code: 'QT-KHCN-01', file: 'procedures/QT-KHCN-01.md' },
    (d) => `đã thay đổi so với bản gốc khi đang ở trạng thái "${statusWord('vi', d.status)}", nhưng không có dấu vân tay phê duyệt chứng minh nội dung này đã được phê duyệt: ghi dấu vân tay khi phê duyệt (qms fingerprint ${d.file}) hoặc chạy qms revise ${d.code} --summary "…"`,
    (d) => `changed since the base and ${d.status}, but no approval fingerprint proves this content was approved: record it at approval (qms fingerprint ${d.file}) or run qms revise ${d.code} --summary "…"`,
  ),
  'change/code': message(
    { from: 'QT-KHCN-01', to: 'QT-KHCN-10' },
    (d) => `mã hiệu đổi từ ${d.from} thành ${d.to}: giữ ${d.from} (nếu hủy bỏ thì chạy qms obsolete ${d.from} --reason "…") và tạo ${d.to} là tài liệu mới, lần ban hành 1 (qms new)`,
    (d) => `code changed from ${d.from} to ${d.to}: keep ${d.from} (run qms obsolete ${d.from} --reason "…" if it is withdrawn) and create ${d.to} as a new document at revision 1 (qms new)`,
  ),
  'change/deleted': message(
    { code: 'QT-KHCN-01' },
    (d) => `tài liệu kiểm soát ${d.code} đã bị xóa: khôi phục tệp và chạy qms obsolete ${d.code} --reason "…" để tài liệu vẫn được nhận biết là đã hủy bỏ`,
    (d) => `${d.code} was deleted: restore it and run qms obsolete ${d.code} --reason "…" so it stays identified as withdrawn`,
  ),
  'change/deleted.no-code': message(
    {},
    () => 'một tài liệu kiểm soát đã bị xóa: khôi phục tệp và đánh dấu hết hiệu lực (status: obsolete và obsolete: { date, reason }) để tài liệu vẫn được nhận biết',
    () => 'this controlled document was deleted: keep it and mark it obsolete (status: obsolete with obsolete: { date, reason }) so it stays identified',
  ),
  'change/legal': message<{ entry: string; cited: string; relation: string; by: string; due?: string; id: string }>(
    { entry: 'legal/nd-61-2018.md', cited: '61/2018/NĐ-CP', relation: 'amended', by: '107/2021/NĐ-CP', due: '2022-05-21', id: '61/2018/NĐ-CP' },
    (d) => `mục ${d.entry} của sổ đăng ký văn bản đã thay đổi: tài liệu này viện dẫn ${d.cited}, ${relationWord('vi', d.relation)} bởi ${d.by}${d.due ? ` (hạn cập nhật ${at('vi', d.due)})` : ''} — chạy qms impact ${d.id}`,
    (d) => `the register entry ${d.entry} changed: this document cites ${d.cited}, ${d.relation} by ${d.by}${d.due ? ` (update due ${d.due})` : ''} — run qms impact ${d.id}`,
  ),
  'change/revision.new-start': message(
    { revision: 2 },
    (d) => `tài liệu mới bắt đầu từ lần ban hành 1, không phải ${d.revision}`,
    (d) => `a new document starts at revision 1, not ${d.revision}`,
  ),
  'change/revision.new-rows': message(
    { rows: 2 },
    (d) => `tài liệu mới có đúng một dòng theo dõi sửa đổi (lần ban hành 1), không phải ${d.rows}`,
    (d) => `a new document has exactly one history row (revision 1), not ${d.rows}`,
  ),
  'change/revision.down': message(
    { from: 3, to: 2 },
    (d) => `lần ban hành giảm từ ${d.from} xuống ${d.to}: lần ban hành chỉ tăng, mỗi lần một`,
    (d) => `revision went down from ${d.from} to ${d.to}: a revision only ever goes up by one`,
  ),
  'change/revision.jump': message(
    { from: 2, to: 4, next: 3 },
    (d) => `lần ban hành nhảy từ ${d.from} lên ${d.to}: mỗi lần sửa đổi là một lần ban hành, ${d.next}`,
    (d) => `revision jumped from ${d.from} to ${d.to}: a change is one revision, ${d.next}`,
  ),
  'change/revision.unchanged': message(
    { from: 2, next: 3, code: 'QT-KHCN-01' },
    (d) => `nội dung đã thay đổi so với bản gốc nhưng lần ban hành vẫn là ${d.from}: chạy qms revise ${d.code} --summary "…" (lần ban hành ${d.next}, thêm dòng theo dõi sửa đổi)`,
    (d) => `the content changed since the base but the revision is still ${d.from}: run qms revise ${d.code} --summary "…" (revision ${d.next}, with a history row)`,
  ),
  'change/revision.no-row': message(
    { to: 3 },
    (d) => `lần ban hành ${d.to} chưa có dòng theo dõi sửa đổi: thêm một dòng nêu nội dung sửa đổi`,
    (d) => `revision ${d.to} has no history row: add one saying what changed`,
  ),
  'change/revision.editorial': message(
    { to: 3 },
    (d) => `lần ban hành tăng lên ${d.to} nhưng nội dung không đổi so với bản gốc (chỉ các trường biên tập thay đổi)`,
    (d) => `the revision went up to ${d.to} but the content did not change since the base (only editorial fields did)`,
  ),
  'generated/stale.stray-unnamed': message(
    { kind: 'begin', file: 'procedures/QT-KHCN-01.md' },
    (d) => `thẻ "qms:${d.kind}" không có tên vùng: viết <!-- qms:${d.kind} TÊN --> với TÊN là một trong ${REGIONS}, hoặc xóa thẻ, rồi chạy qms render ${d.file}`,
    (d) => `a "qms:${d.kind}" marker without a region name: write <!-- qms:${d.kind} NAME --> with NAME one of ${REGIONS}, or remove it, then run qms render ${d.file}`,
  ),
  'generated/stale.stray-begin': message(
    { name: 'history', file: 'procedures/QT-KHCN-01.md' },
    (d) => `"<!-- qms:begin ${d.name} -->" không có "<!-- qms:end ${d.name} -->" đi sau: ghép cặp thẻ (hoặc xóa thẻ thừa), rồi chạy qms render ${d.file}`,
    (d) => `"<!-- qms:begin ${d.name} -->" has no matching "<!-- qms:end ${d.name} -->" after it: pair the markers (or remove the stray one), then run qms render ${d.file}`,
  ),
  'generated/stale.stray-end': message(
    { name: 'history', file: 'procedures/QT-KHCN-01.md' },
    (d) => `"<!-- qms:end ${d.name} -->" không có "<!-- qms:begin ${d.name} -->" đi trước: ghép cặp thẻ (hoặc xóa thẻ thừa), rồi chạy qms render ${d.file}`,
    (d) => `"<!-- qms:end ${d.name} -->" has no matching "<!-- qms:begin ${d.name} -->" before it: pair the markers (or remove the stray one), then run qms render ${d.file}`,
  ),
  'generated/stale.unknown': message(
    { name: 'signatures', file: 'procedures/QT-KHCN-01.md' },
    (d) => `vùng sinh tự động "${d.name}" không tồn tại: qms chỉ sinh ${REGIONS}; đổi tên hoặc xóa thẻ, rồi chạy qms render ${d.file}`,
    (d) => `unknown generated region "${d.name}": qms renders ${REGIONS}; rename or remove the markers, then run qms render ${d.file}`,
  ),
  'generated/stale.outdated': message<{ name: string; file: string; today?: string }>(
    { name: 'legal-basis', file: 'procedures/QT-KHCN-01.md', today: '2024-06-01' },
    (d) => `vùng sinh tự động "${d.name}" đã lỗi thời: không khớp với ${source('vi', d.name)}${d.today ? ` tại ngày ${at('vi', d.today)}` : ''} (hoặc đã bị sửa tay) — chạy qms render ${d.file}`,
    (d) => `generated region "${d.name}" is out of date: it does not match ${source('en', d.name)}${d.today ? ` as of ${d.today}` : ''} (or it was edited by hand): run qms render ${d.file}`,
  ),
  'render.unsafe': message(
    {},
    () => 'nội dung sinh ra sẽ làm thay đổi cách đọc các vùng sinh tự động; không sinh gì',
    () => 'the generated content would change how the regions are read; nothing was rendered',
  ),
  'render.cannot-insert': message(
    { name: 'history' },
    (d) => `không chèn được vùng "${d.name}": tại chỗ cần chèn, vùng sẽ không được đọc là vùng sinh tự động (nằm trong khối mã hoặc chú thích HTML?); thêm thẻ của vùng bằng tay`,
    (d) => `cannot insert the "${d.name}" region: where it would go it would not be read as a region (inside a code block or an HTML comment?); add its markers by hand`,
  ),
  'generated/stale.missing': message(
    { regions: ['approval', 'history'], type: 'procedure', file: 'procedures/QT-KHCN-01.md' },
    (d) => `thiếu vùng sinh tự động ${joined('vi', d.regions.map((r) => `"${r}"`))} (types.${d.type}.regions yêu cầu): chạy qms render ${d.file} để chèn vào`,
    (d) => `generated ${d.regions.length === 1 ? `region "${d.regions[0]}" is` : `regions ${joined('en', d.regions.map((r) => `"${r}"`))} are`} missing (types.${d.type}.regions requires ${d.regions.length === 1 ? 'it' : 'them'}): run qms render ${d.file} to insert ${d.regions.length === 1 ? 'it' : 'them'}`,
  ),
};
