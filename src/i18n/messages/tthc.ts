/** Messages of tthc, in Vietnamese and English. */
import { message } from '../catalogue.js';


export const TTHC_MESSAGES = {
  'tthc-import.row': message(
    {},
    () => 'dòng',
    () => 'row',
  ),
  'tthc-import.refused-row-cannot-read': message(
    { n: 2 },
    (d) => `từ chối: ${d.n} dòng không đọc được (ở trên); không ghi gì (dùng --skip-invalid để nhập các dòng còn lại)`,
    (d) => `refused: ${d.n} row${d.n === 1 ? '' : 's'} cannot be read (above); nothing was written (--skip-invalid imports the others)`,
  ),
  'tthc-import.imported-rows-from-new': message(
    { rows: 12, file: 'tthc-so-khcn.xlsx', created: 3, updated: 2, unchanged: 6, skipped: 1 },
    (d) => `Nhập ${d.rows} dòng từ ${d.file}: ${d.created} bản ghi mới, ${d.updated} bản ghi cập nhật, ${d.unchanged} không đổi${d.skipped > 0 ? `, ${d.skipped} dòng bỏ qua` : ''}`,
    (d) => `Imported ${d.rows} rows from ${d.file}: ${d.created} new records, ${d.updated} updated, ${d.unchanged} unchanged${d.skipped > 0 ? `, ${d.skipped} rows skipped` : ''}`,
  ),
  'tthc.refused-change-would-give': message(
    { n: 2 },
    (d) => `từ chối: thay đổi này làm qms check báo ${d.n} lỗi trong bản ghi TTHC (ở trên); không ghi gì`,
    (d) => `refused: the change would give qms check ${d.n} TTHC record error${d.n === 1 ? '' : 's'} (above); nothing was written`,
  ),
  'tthc.dry-run-nothing-written': message(
    {},
    () => '(--dry-run: không ghi gì)\n',
    () => '(--dry-run: nothing written)\n',
  ),
  'tthc.next-render-procedures-tthc': message(
    {},
    () => 'Tiếp theo: qms render (cập nhật các vùng TTHC của quy trình), rồi qms check\n',
    () => 'Next: qms render (the procedures\' TTHC regions), then qms check\n',
  ),
  'import.header-row-has-no': message(
    { names: ['Mã TTHC', 'Thời hạn giải quyết'] },
    (d) => `dòng tiêu đề không có cột ${d.names.join(', ')}`,
    (d) => `the header row has no column ${d.names.join(', ')}`,
  ),
  'options.time-limit-write-number': message(
    { text: 'mười ngày', units: ['working-days', 'days', 'hours'] },
    (d) => `--time-limit "${d.text}": viết số và đơn vị, ví dụ "10 ngày làm việc" (${d.units.join(', ')})`,
    (d) => `--time-limit "${d.text}": write a number and a unit, e.g. "10 working-days" (${d.units.join(', ')})`,
  ),
  'options.fee-write-name-amount': message(
    { text: 'Lệ phí 50000' },
    (d) => `--fee "${d.text}": viết "tên phí=mức thu"`,
    (d) => `--fee "${d.text}": write "name=amount"`,
  ),
  'options.dossier-write-name-original': message(
    { text: 'Lệ phí 50000' },
    (d) => `--dossier "${d.text}": viết "tên|bản chính/bản sao|số lượng|mẫu"`,
    (d) => `--dossier "${d.text}": write "name|original/copy|count|form"`,
  ),
  'options.dossier-count-whole-number': message(
    { text: 'Tờ khai|bản chính|hai|BM-01', count: 'hai' },
    (d) => `--dossier "${d.text}": số lượng "${d.count}" không phải số nguyên`,
    (d) => `--dossier "${d.text}": count "${d.count}" is not a whole number`,
  ),
  'plan.tthc-code-cannot-name': message(
    { code: 'QT-KHCN-01' },
    (d) => `mã TTHC "${d.code}" không dùng được làm tên tệp: chỉ chữ, số và . - _`,
    (d) => `TTHC code "${d.code}" cannot name a file: letters, digits and . - _ only`,
  ),
  'plan.tthc-has-record-already': message(
    { code: '1.001234', file: 'tthc/1.001234.md' },
    (d) => `TTHC ${d.code} đã có bản ghi (${d.file}): sửa bằng qms tthc set ${d.code}`,
    (d) => `TTHC ${d.code} has a record already (${d.file}): change it with qms tthc set ${d.code}`,
  ),
  'plan.new-tthc-record-needs': message(
    { options: '--name, --time-limit' },
    (d) => `bản ghi TTHC mới cần ${d.options}`,
    (d) => `a new TTHC record needs ${d.options}`,
  ),
  'plan.created': message(
    { file: 'tthc/1.001234.md', name: 'Cấp giấy phép tiến hành công việc bức xạ' },
    (d) => `Tạo ${d.file}: ${d.name}`,
    (d) => `Created ${d.file}: ${d.name}`,
  ),
  'plan.nothing-change': message(
    { file: 'procedures/QT-KHCN-01.md' },
    (d) => `${d.file}: không có gì thay đổi`,
    (d) => `${d.file}: nothing to change`,
  ),
  'plan.changed': message(
    { file: 'tthc/1.001234.md', summary: 'thời hạn 15 → 10 ngày làm việc' },
    (d) => `Sửa ${d.file}: ${d.summary}`,
    (d) => `Changed ${d.file}: ${d.summary}`,
  ),
  'plan.no-tthc-record': message(
    { code: '1.00123', known: '1.001234, 1.001235' },
    (d) => `không có bản ghi TTHC ${d.code}${d.known ? ` (có: ${d.known})` : ''}`,
    (d) => `no TTHC record ${d.code}${d.known ? ` (there are: ${d.known})` : ''}`,
  ),
  'import.code-unreadable': message(
    { code: '1.0012 34' },
    (d) => `mã TTHC "${d.code}" không đọc được: chỉ gồm chữ, số và . - _, ví dụ "1.001234"`,
    (d) => `TTHC code "${d.code}" cannot be read: letters, digits and . - _ only, e.g. "1.001234"`,
  ),
  'import.code-repeated': message(
    { code: '1.001234', row: 4 },
    (d) => `mã ${d.code} đã có ở dòng ${d.row}`,
    (d) => `code ${d.code} is on row ${d.row} already`,
  ),
  'import.name-missing': message(
    { code: '1.001234' },
    (d) => `${d.code}: thiếu tên thủ tục`,
    (d) => `${d.code}: the name is empty`,
  ),
  'import.time-limit-unreadable': message(
    { code: '1.001234', text: 'mười lăm ngày' },
    (d) => `${d.code}: thời hạn "${d.text}" không đọc được (viết như "15 ngày làm việc")`,
    (d) => `${d.code}: time limit "${d.text}" cannot be read (write it as "15 ngày làm việc")`,
  ),
  'import.agency-missing': message(
    { code: '1.001234' },
    (d) => `${d.code}: thiếu cơ quan thực hiện (không có cột này, và qms.config.yaml không có organization)`,
    (d) => `${d.code}: no agency (no column, and no organization in the config)`,
  ),
};
