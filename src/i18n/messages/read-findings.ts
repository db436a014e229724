/** The findings of reading front matter (frontmatter/parse) and checking its fields (frontmatter/schema, register/schema), in Vietnamese and English. */
import { joined, message } from '../catalogue.js';
import { fieldWord as field, valueWord as value } from './words.js';

const GOT = { field: 'revision', gotKind: 'value', got: '"hai"' };

export const READ_FINDINGS = {
  'read.not-utf8': message(
    {},
    () => 'tệp không phải văn bản UTF-8 hợp lệ ở đây (hiện thành �): lưu lại tệp dưới dạng UTF-8; qms sẽ không ghi đè tệp cho đến khi đó',
    () => 'the file is not valid UTF-8 here (shown as �): save it as UTF-8; qms will not rewrite it until then',
  ),
  'read.no-front-matter': message(
    {},
    () => 'không có front matter: tài liệu phải bắt đầu bằng một dòng "---", tiếp theo là các trường YAML, rồi một dòng "---" đóng lại',
    () => 'no front matter: a document starts with a line "---", its YAML fields, and a closing line "---"',
  ),
  'read.fenced': message(
    { fence: 'js' },
    (d) => `front matter mở bằng "---${d.fence}" không được đọc (qms chỉ đọc YAML và không bao giờ chạy mã trong tài liệu): dùng dòng "---" thường với YAML`,
    (d) => `front matter fenced as "---${d.fence}" is not read (only YAML is, and documents are never executed): use a plain "---" fence with YAML`,
  ),
  'read.unclosed': message(
    {},
    () => 'front matter chưa được đóng: thêm một dòng "---" sau trường cuối cùng',
    () => 'front matter is not closed: add a line "---" after the last field',
  ),
  'read.control': message(
    { codepoint: 'U+0007' },
    (d) => `front matter chứa ký tự điều khiển (${d.codepoint}), YAML không cho phép: xóa ký tự này`,
    (d) => `front matter holds a control character (${d.codepoint}), which YAML does not allow: remove it`,
  ),
  'read.yaml': message(
    { detail: 'Nested mappings are not allowed in compact mappings' },
    (d) => `front matter không phải YAML hợp lệ: ${d.detail}`,
    (d) => `invalid YAML in front matter: ${d.detail}`,
  ),
  'read.not-mapping': message(
    {},
    () => 'front matter phải là một nhóm trường (code: …, title: …), không phải một danh sách hay một giá trị đơn',
    () => 'front matter must be a mapping of fields (code: …, title: …), not a list or a single value',
  ),
  'frontmatter/schema.unknown-type': message(
    { type: 'quytrinh', types: ['manual', 'procedure', 'instruction', 'form'] },
    (d) => `loại tài liệu "${d.type}" không có trong cấu hình: dùng một trong ${joined('vi', d.types, true)}`,
    (d) => `unknown document type "${d.type}": use one of ${d.types.join(', ')}`,
  ),
  'frontmatter/schema.tthc-number': message(
    { source: '1.001190' },
    (d) => `mã thủ tục hành chính ${d.source} bị đọc thành số (mất số 0 ở cuối): đặt trong dấu nháy, "${d.source}"`,
    (d) => `TTHC code ${d.source} is read as a number: quote it, "${d.source}"`,
  ),
  'shape.text': message(
    GOT,
    (d) => `${field('vi', d.field)} phải là văn bản, không phải ${value('vi', d.gotKind, d.got)}`,
    (d) => `${field('en', d.field)} must be text, not ${value('en', d.gotKind, d.got)}`,
  ),
  'shape.empty': message(
    { field: 'title' },
    (d) => `${field('vi', d.field)} đang để trống`,
    (d) => `${field('en', d.field)} is empty`,
  ),
  'shape.quoted-number': message(
    { field: 'revision', text: '2', number: 2 },
    (d) => `${field('vi', d.field)} phải là số, không phải văn bản "${d.text}": ghi ${d.number}, không có dấu nháy`,
    (d) => `${field('en', d.field)} must be a number, not the text "${d.text}": write ${d.number} without quotes`,
  ),
  'shape.integer': message(
    GOT,
    (d) => `${field('vi', d.field)} phải là số nguyên, không phải ${value('vi', d.gotKind, d.got)}`,
    (d) => `${field('en', d.field)} must be a whole number, not ${value('en', d.gotKind, d.got)}`,
  ),
  'shape.min': message(
    { field: 'revision', min: 1, value: 0 },
    (d) => `${field('vi', d.field)} phải từ ${d.min} trở lên, không phải ${d.value}`,
    (d) => `${field('en', d.field)} must be at least ${d.min}, not ${d.value}`,
  ),
  'shape.max': message(
    { field: 'revision', max: 9999, value: 100000 },
    (d) => `${field('vi', d.field)} không được quá ${d.max}, không phải ${d.value}`,
    (d) => `${field('en', d.field)} must be at most ${d.max}, not ${d.value}`,
  ),
  'shape.date-order': message(
    { field: 'effective', text: '21/02/2022', suggestion: '2022-02-21' },
    (d) => `${field('vi', d.field)} ghi theo ngày/tháng/năm ("${d.text}"): trong front matter ghi ngày là ${d.suggestion} (YYYY-MM-DD)`,
    (d) => `${field('en', d.field)} is written day/month/year ("${d.text}"): write it as ${d.suggestion} (YYYY-MM-DD)`,
  ),
  'shape.date-impossible': message(
    { field: 'effective', text: '2022-02-30' },
    (d) => `${field('vi', d.field)} "${d.text}" không phải một ngày có thật`,
    (d) => `${field('en', d.field)} "${d.text}" is not a real calendar date`,
  ),
  'shape.date': message(
    { field: 'effective', gotKind: 'value', got: '"tháng 2"' },
    (d) => `${field('vi', d.field)} phải là ngày viết dạng YYYY-MM-DD, không phải ${value('vi', d.gotKind, d.got)}`,
    (d) => `${field('en', d.field)} must be a date written YYYY-MM-DD, not ${value('en', d.gotKind, d.got)}`,
  ),
  'shape.boolean': message(
    { field: 'approval.allow' },
    (d) => `${field('vi', d.field)} phải là true hoặc false`,
    (d) => `${field('en', d.field)} must be true or false`,
  ),
  'shape.enum': message(
    { field: 'status', values: ['draft', 'approved', 'effective', 'obsolete'], gotKind: 'value', got: '"ban hành"' },
    (d) => `${field('vi', d.field)} phải là một trong ${joined('vi', d.values, true)}, không phải ${value('vi', d.gotKind, d.got)}`,
    (d) => `${field('en', d.field)} must be one of ${d.values.join(', ')}, not ${value('en', d.gotKind, d.got)}`,
  ),
  'shape.list': message(
    { field: 'references', gotKind: 'value', got: '42' },
    (d) => `${field('vi', d.field)} phải là một danh sách, không phải ${value('vi', d.gotKind, d.got)}`,
    (d) => `${field('en', d.field)} must be a list, not ${value('en', d.gotKind, d.got)}`,
  ),
  'shape.record': message(
    { field: 'approval', gotKind: 'value', got: '"Giám đốc"' },
    (d) => `${field('vi', d.field)} phải là một nhóm trường, không phải ${value('vi', d.gotKind, d.got)}`,
    (d) => `${field('en', d.field)} must be a mapping of fields, not ${value('en', d.gotKind, d.got)}`,
  ),
  'shape.missing': message(
    { field: 'title' },
    (d) => `thiếu trường ${d.field}`,
    (d) => `${d.field} is missing`,
  ),
  'shape.unknown-field': message<{ field: string; hint?: string }>(
    { field: 'aproval', hint: 'approval' },
    (d) => `trường "${d.field}" không có trong quy định${d.hint ? ` (có phải "${d.hint}"?)` : ''}`,
    (d) => `unknown field "${d.field}"${d.hint ? ` (did you mean "${d.hint}"?)` : ''}`,
  ),
};
