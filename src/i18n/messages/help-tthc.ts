/** Help texts of qms tthc (add, set, show, list, import), in Vietnamese and English. */
import { text, type HelpText, type HelpTexts } from './help-shared.js';

/** The record's fields, taken by add and set. */
const FIELDS: Record<string, HelpText> = {
  '--name': text('tên thủ tục hành chính', 'the name of the administrative procedure'),
  '--level': text('cấp thực hiện: central, province, commune', 'the level: central, province, commune'),
  '--field': text('lĩnh vực', 'the field (lĩnh vực)'),
  '--agency': text('cơ quan thực hiện', 'the handling agency (cơ quan thực hiện)'),
  '--time-limit': text('thời hạn giải quyết: "10 ngày làm việc", "15 ngày", "8 giờ"', 'the time limit: "10 working-days", "15 days", "8 hours" (or "10 ngày làm việc")'),
  '--fee': text('phí, lệ phí: "Phí thẩm định=Không thu" (lặp lại được; thay cả danh sách)', 'a fee or charge: "Phí thẩm định=Không thu" (repeatable; replaces the list)'),
  '--no-fees': text('không thu phí, lệ phí (làm rỗng danh sách)', 'no fees (empties the list)'),
  '--dossier': text('thành phần hồ sơ: "tên|bản chính/bản sao|số lượng|biểu mẫu" (lặp lại được; thay cả danh sách)', 'a dossier component: "name|original/copy|count|form" (repeatable; replaces the list)'),
  '--condition': text('yêu cầu, điều kiện (lặp lại được; thay cả danh sách)', 'a requirement or condition (repeatable; replaces the list)'),
  '--result': text('kết quả giải quyết', 'the result'),
  '--legal-basis': text('căn cứ pháp lý: "76/2018/NĐ-CP|Điều 5, Điều 6" (lặp lại được; thay cả danh sách)', 'a legal basis item: "76/2018/NĐ-CP|Điều 5, Điều 6" (repeatable; replaces the list)'),
  '--announced-by': text('Quyết định công bố thủ tục: 123/QĐ-UBND', 'the Quyết định công bố that announced it: 123/QĐ-UBND'),
  '--announced-date': text('ngày của quyết định đó (YYYY-MM-DD)', 'its date (YYYY-MM-DD)'),
};

const fieldsOf = (command: string): HelpTexts => Object.fromEntries(Object.entries(FIELDS).map(([option, help]) => [`help:tthc ${command} ${option}`, help]));
const RECORDED = text('mã của một TTHC đã có hồ sơ', 'the code of a recorded TTHC');

export const TTHC_HELP: HelpTexts = {
  'help:tthc': text('quản lý hồ sơ TTHC (thủ tục hành chính do tỉnh công bố) mà các quy trình thực hiện', 'maintain the TTHC records (thủ tục hành chính as announced by the province) that procedures follow'),
  'help:tthc add': text('thêm hồ sơ một TTHC (tạo tthc/<mã>.md)', 'add a TTHC record (creates tthc/<code>.md)'),
  'help:tthc add <code>': text('mã thủ tục trên Cơ sở dữ liệu quốc gia: 1.004227, 2.000001', 'the national code: 1.004227, 2.000001'),
  ...fieldsOf('add'),
  'help:tthc set': text('sửa hồ sơ một TTHC; --trigger ghi văn bản pháp luật làm phát sinh thay đổi', 'change a TTHC record; --trigger records the legal document that caused it'),
  'help:tthc set <code>': RECORDED,
  ...fieldsOf('set'),
  'help:tthc set --trigger': text('văn bản pháp luật làm phát sinh thay đổi, viết theo bất kỳ cách viện dẫn nào sổ đăng ký nhận ra', 'the legal document that makes the change necessary, in any citation form the register resolves'),
  'help:tthc set --summary': text('nội dung thay đổi, ghi vào mục changes của hồ sơ (mặc định: các trường đã sửa)', "what changed, for the record's changes (default: the fields changed)"),
  'help:tthc show': text('một hồ sơ TTHC, căn cứ pháp lý kèm tình trạng hiệu lực, và các quy trình thực hiện nó', 'one TTHC record, its legal basis with statuses, and the procedures handling it'),
  'help:tthc show <code>': RECORDED,
  'help:tthc list': text('mọi hồ sơ TTHC: mã, thời hạn, tên và các quy trình thực hiện', 'every TTHC record: code, time limit, name and the procedures handling it'),
  'help:tthc import': text('thêm hoặc cập nhật hồ sơ TTHC từ danh mục cơ quan nhận được (CSV hoặc XLSX)', 'add or update TTHC records from a list as agencies receive it (CSV or XLSX)'),
  'help:tthc import <file>': text('tệp .csv hoặc .xlsx: mỗi dòng một TTHC, có một dòng tiêu đề cột', 'a .csv or .xlsx file: one TTHC a row, with a header row'),
  'help:tthc import --skip-invalid': text(
    'ghi các dòng đọc được và báo các dòng còn lại (mặc định: không ghi gì nếu có dòng sai)',
    'write the rows that can be read and report the others (default: write nothing unless every row is valid)',
  ),
  'help:tthc after': text(
    `
Ví dụ:
  qms tthc add VD.000101 --name "Cấp giấy phép …" --agency "Sở Khoa học và Công nghệ" --time-limit "15 ngày làm việc"
  qms tthc set VD.000101 --time-limit "10 ngày làm việc" --trigger 11/2026/NĐ-CP
  qms tthc show VD.000101
  qms tthc list
  qms tthc import danh-muc-tthc.xlsx --dry-run

Bản ghi nằm ở tthc/<mã>.md (tthc.folder trong cấu hình). Xem docs/tthc.md.`,
    `
Examples:
  qms tthc add VD.000101 --name "Cấp giấy phép …" --agency "Sở Khoa học và Công nghệ" --time-limit "15 ngày làm việc"
  qms tthc set VD.000101 --time-limit "10 ngày làm việc" --trigger 11/2026/NĐ-CP
  qms tthc show VD.000101
  qms tthc list
  qms tthc import danh-muc-tthc.xlsx --dry-run

Records live in tthc/<code>.md (config tthc.folder). See docs/tthc.md.`,
  ),
};
