/** Messages of register, in Vietnamese and English. */
import { joined, message } from '../catalogue.js';
import { list } from '../language.js';
import { relationLabel, type RelationField } from '../labels.js';

export const REGISTER_MESSAGES = {
  'legal.refused-change-would-give': message(
    { n: 2 },
    (d) => `từ chối: thay đổi này làm qms check báo ${d.n} lỗi trong sổ đăng ký (ở trên); không ghi gì`,
    (d) => `refused: the change would give qms check ${d.n} register error${d.n === 1 ? '' : 's'} (above); nothing was written`,
  ),
  'legal.dry-run-nothing-written': message(
    {},
    () => '(--dry-run: không ghi gì)\n',
    () => '(--dry-run: nothing written)\n',
  ),
  'legal.next-find-documents-affected': message(
    { command: 'qms impact 118/2025/NĐ-CP' },
    (d) => `Tiếp theo, rà soát các tài liệu bị ảnh hưởng: ${d.command}\n`,
    (d) => `Next, find the documents affected: ${d.command}\n`,
  ),
  'documents.code-used-fix-code': message(
    { spelling: 'QT-KHCN-01', files: ['procedures/QT-KHCN-01.md', 'procedures/QT-KHCN-01-cu.md'] },
    (d) => `mã "${d.spelling}" được dùng ở ${list('vi', d.files)}: sửa lỗi code/duplicate trước`,
    (d) => `the code "${d.spelling}" is used by ${list('en', d.files)}: fix code/duplicate first`,
  ),
  'documents.no-document-has-code': message(
    { what: '--replaced-by ', code: 'QT-KHCN-1', closest: ['QT-KHCN-01', 'QT-KHCN-10'] },
    (d) => `${d.what}không có tài liệu nào mã hiệu "${d.code}"${d.closest.length > 0 ? `; gần nhất: ${list('vi', d.closest)}` : ''}`,
    (d) => `${d.what}no document has the code "${d.code}"${d.closest.length > 0 ? `; the closest are ${list('en', d.closest)}` : ''}`,
  ),
  'legal.could-mean-give-full': message(
    { what: '--trigger ', argument: '61/2018', names: ['61/2018/NĐ-CP', '61/2018/TT-BTC'] },
    (d) => `${d.what}"${d.argument}" có thể là ${joined('vi', d.names, true)}: ghi đầy đủ số hiệu`,
    (d) => `${d.what}"${d.argument}" could mean ${joined('en', d.names, true)}: give the full number`,
  ),
  'legal.legal-register-add-legal': message(
    { what: '--trigger ', argument: '61/2018', closest: ['61/2018/NĐ-CP', '107/2021/NĐ-CP'] },
    (d) => `${d.what}"${d.argument}" không có trong sổ đăng ký văn bản pháp luật${d.closest.length > 0 ? `; gần nhất: ${list('vi', d.closest)}` : ''} (thêm bằng qms legal add)`,
    (d) => `${d.what}"${d.argument}" is not in the legal register${d.closest.length > 0 ? `; the closest are ${list('en', d.closest)}` : ''} (add it with qms legal add)`,
  ),
  'articles.cannot-read-articles-write': message(
    { part: 'Điều năm' },
    (d) => `không đọc được "${d.part}" trong --articles: ghi như "Điều 1, khoản 2 Điều 5"`,
    (d) => `cannot read "${d.part}" in --articles: write it as "Điều 1, khoản 2 Điều 5"`,
  ),
  'articles.articles-names-no-article': message(
    {},
    () => `--articles không có điều nào: ghi như "Điều 1, Điều 5"`,
    () => `--articles names no article: write it as "Điều 1, Điều 5"`,
  ),
  'edit.already-registered-one-entry': message(
    { id: '107/2021/NĐ-CP', file: 'legal/107-2021-nd-cp.md' },
    (d) => `${d.id} đã có trong sổ đăng ký (${d.file}): mỗi văn bản chỉ đăng ký một lần; xem bằng qms legal show`,
    (d) => `${d.id} is already registered in ${d.file}: one entry per document; see it with qms legal show`,
  ),
  'edit.created': message(
    { file: 'legal/107-2021-nd-cp.md', entry: 'Nghị định 107/2021/NĐ-CP' },
    (d) => `Tạo ${d.file}: ${d.entry}`,
    (d) => `Created ${d.file}: ${d.entry}`,
  ),
  'edit.created-2': message(
    { file: 'legal/107-2021-nd-cp.md', entry: 'Nghị định 107/2021/NĐ-CP', relation: 'sửa đổi, bổ sung 61/2018/NĐ-CP' },
    (d) => `Tạo ${d.file}: ${d.entry} ${d.relation}`,
    (d) => `Created ${d.file}: ${d.entry} ${d.relation}`,
  ),
  'edit.file-new-entry-already': message(
    { file: 'procedures/QT-KHCN-01.md', id: '107/2021/NĐ-CP' },
    (d) => `--file chỉ dùng khi tạo mục mới; ${d.id} đã có trong ${d.file}`,
    (d) => `--file is for a new entry; ${d.id} is already in ${d.file}`,
  ),
  'edit.added': message(
    { articles: 'Điều 1, Điều 5' },
    (d) => `thêm ${d.articles}`,
    (d) => `added ${d.articles}`,
  ),
  'edit.already-recorded-nothing-changed': message(
    { byId: '107/2021/NĐ-CP', relation: 'sửa đổi, bổ sung 61/2018/NĐ-CP', file: 'legal/107-2021-nd-cp.md' },
    (d) => `Đã ghi nhận trước đó: ${d.byId} ${d.relation} (${d.file}); không có gì thay đổi`,
    (d) => `Already recorded: ${d.byId} ${d.relation} (${d.file}); nothing changed`,
  ),
  'edit.updated': message(
    { file: 'legal/107-2021-nd-cp.md', line: 'effective: 2022-02-21' },
    (d) => `Cập nhật ${d.file}: ${d.line}`,
    (d) => `Updated ${d.file}: ${d.line}`,
  ),
  'edit.records-that-whole-narrowed': message(
    { file: 'legal/107-2021-nd-cp.md', byId: '107/2021/NĐ-CP', relation: 'amends', targetId: '61/2018/NĐ-CP' },
    (d) => `${d.file} ghi ${d.byId} ${relationLabel('vi', d.relation as RelationField)} toàn bộ ${d.targetId}; không thu hẹp thành một số điều được: sửa tệp nếu đúng là như vậy`,
    (d) => `${d.file} records that ${d.byId} ${relationLabel('en', d.relation as RelationField)} the whole of ${d.targetId}; it is not narrowed to some articles: edit the file if that is what you mean`,
  ),
  // `message`: why the front matter edit was refused (a front-matter-edit.* message), in the same language (bothEmbedding).
  'edit.cannot-edit': message(
    { file: 'legal/107-2021-nd-cp.md', message: 'YAML không hợp lệ' },
    (d) => `không sửa được ${d.file}: ${d.message}`,
    (d) => `cannot edit ${d.file}: ${d.message}`,
  ),
  'edit.document-number-missing': message(
    {},
    () => 'thiếu số hiệu văn bản',
    () => 'the document number is missing',
  ),
  'edit.registered-yet-needed-create': message(
    { id: '107/2021/NĐ-CP', flags: ['--kind', '--title'] },
    (d) => `${d.id} chưa có trong sổ đăng ký: cần ${d.flags.join(', ')} để tạo mục mới`,
    (d) => `${d.id} is not registered yet: ${d.flags.join(', ')} ${d.flags.length === 1 ? 'is' : 'are'} needed to create its entry`,
  ),
  'edit.already-exists': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file} đã tồn tại`,
    (d) => `${d.file} already exists`,
  ),
  'edit.register-entry-under-legal': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file} không thuộc sổ đăng ký theo legal.include/legal.exclude của qms.config.yaml: chọn tệp khác bằng --file`,
    (d) => `${d.file} is not a register entry under the legal.include/legal.exclude globs of qms.config.yaml: choose another with --file`,
  ),
  'shared.none': message(
    {},
    () => '(không có)',
    () => '(none)',
  ),
  'shared.register-one-shared-registers': message(
    { register: 'tinh', known: 'quoc-gia, bo-khcn' },
    (d) => `--register ${d.register} không phải sổ đăng ký dùng chung nào trong legal.shared của qms.config.yaml: ${d.known}`,
    (d) => `--register ${d.register} is not one of the shared registers in legal.shared of qms.config.yaml: ${d.known}`,
  ),
  'shared.belongs-shared-register-kept': message(
    { file: 'shared/legal/61-2018-nd-cp.md', register: 'quoc-gia' },
    (d) => `${d.file} thuộc sổ đăng ký dùng chung ${d.register}, do nơi khác quản lý: qms chỉ ghi vào sổ đăng ký của cơ quan mình; hãy sửa ở nơi quản lý sổ đó, hoặc thêm --register ${d.register} nếu đúng là muốn ghi vào đó`,
    (d) => `${d.file} belongs to the shared register ${d.register}, kept elsewhere: qms writes only to this agency's own register; change it where that register is kept, or add --register ${d.register} if writing there is really meant`,
  ),
};
