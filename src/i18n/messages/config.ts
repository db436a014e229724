/**
 * The errors of reading qms.config.yaml, in Vietnamese and English: where the problem is, what the
 * field takes, and — for a code pattern — an example of a pattern and of a code it accepts.
 */
import { joined, message } from '../catalogue.js';
import type { Overlap } from '../../config/pattern-safety.js';

/** The two ambiguities config.pattern-overlap names. */
const OVERLAP: Record<Overlap, { vi: string; en: string }> = {
  alternation: { vi: 'một nhóm lặp có các nhánh có thể bắt đầu bằng cùng một ký tự', en: 'a repeated alternation whose branches can begin with the same character' },
  repetition: { vi: 'một phần lặp theo sau bởi phần có thể khớp cùng ký tự đó', en: 'a repetition followed by something that can match the same character' },
};

/** A code pattern that cannot backtrack, and a code it accepts: what a pattern message shows as the example. */
const EXAMPLE = '"^QT-[A-Z]+-\\d{2}$" (nhận mã như QT-KHCN-01)';
const EXAMPLE_EN = '"^QT-[A-Z]+-\\d{2}$" (which accepts codes like QT-KHCN-01)';

export const CONFIG_MESSAGES = {
  'config.yaml': message(
    { at: 'qms.config.yaml:3:5', detail: 'Nested mappings are not allowed in compact mappings' },
    (d) => `${d.at}: YAML không hợp lệ: ${d.detail}`,
    (d) => `${d.at}: invalid YAML: ${d.detail}`,
  ),
  'config.aliases': message(
    { file: 'qms.config.yaml' },
    (d) => `${d.file} không hợp lệ: quá nhiều alias YAML (*tên)`,
    (d) => `invalid ${d.file}: too many aliases`,
  ),
  'config.unusable': message(
    { file: 'qms.config.yaml', detail: 'Unresolved alias' },
    (d) => `${d.file} không hợp lệ: ${d.detail}`,
    (d) => `invalid ${d.file}: ${d.detail}`,
  ),
  'config.invalid': message(
    { file: 'qms.config.yaml', problems: ['qms.config.yaml:1:1: không có khóa "langauge" ở cấp ngoài cùng'] },
    (d) => `${d.file} không hợp lệ:\n  ${d.problems.join('\n  ')}`,
    (d) => `invalid ${d.file}:\n  ${d.problems.join('\n  ')}`,
  ),
  'config.unknown-key': message(
    { at: 'qms.config.yaml:1:1', key: 'langauge', field: '' },
    (d) => `${d.at}: không có khóa "${d.key}" ${d.field ? `trong ${d.field}` : 'ở cấp ngoài cùng'}`,
    (d) => `${d.at}: unknown key "${d.key}" at ${d.field || 'the top level'}`,
  ),
  'config.one-of': message(
    { at: 'qms.config.yaml:1:11', field: 'language', values: ['vi', 'en'] },
    (d) => `${d.at}: ${d.field || 'cấp ngoài cùng'} nhận một trong các giá trị ${joined('vi', d.values, true)}`,
    (d) => `${d.at}: ${d.field || 'the top level'} must be one of ${d.values.join(', ')}`,
  ),
  'config.wrong-type': message(
    { at: 'qms.config.yaml:4:3', field: 'review.interval_months', type: 'integer' },
    (d) => `${d.at}: ${d.field || 'cấp ngoài cùng'} phải là ${TYPE_WORDS[d.type] ?? d.type}`,
    (d) => `${d.at}: ${d.field || 'the top level'} must be ${d.type}`,
  ),
  'config.field-invalid': message(
    { at: 'qms.config.yaml:4:3', field: 'review.interval_months', detail: 'must be >= 1' },
    (d) => `${d.at}: ${d.field || 'cấp ngoài cùng'} không hợp lệ (${d.detail})`,
    (d) => `${d.at}: ${d.field || 'the top level'} ${d.detail}`,
  ),
  'config.type-name': message(
    { file: 'qms.config.yaml', name: '__proto__' },
    (d) => `${d.file}: types: "${d.name}" không dùng được làm tên loại tài liệu; đặt tên khác, ví dụ "huong-dan"`,
    (d) => `${d.file}: types: "${d.name}" is not a valid type name; choose another, for example "huong-dan"`,
  ),
  'config.type-needs-pattern': message(
    { file: 'qms.config.yaml', name: 'memo' },
    (d) => `${d.file}: loại "${d.name}" là loại mới nên cần có mẫu mã hiệu types.${d.name}.pattern, ví dụ ${EXAMPLE}`,
    (d) => `${d.file}: type "${d.name}" is new, so it needs a pattern (types.${d.name}.pattern), for example ${EXAMPLE_EN}`,
  ),
  'config.pattern-invalid': message(
    { file: 'qms.config.yaml', name: 'procedure', detail: 'Unterminated character class' },
    (d) => `${d.file}: types.${d.name}.pattern không phải biểu thức chính quy hợp lệ (${d.detail}); viết lại, ví dụ ${EXAMPLE}`,
    (d) => `${d.file}: types.${d.name}.pattern is not a valid regular expression: ${d.detail}; write it as, for example, ${EXAMPLE_EN}`,
  ),
  'config.pattern-nested': message(
    { file: 'qms.config.yaml', name: 'procedure' },
    (d) => `${d.file}: types.${d.name}.pattern có một nhóm lặp mà bên trong lại lặp, có thể chạy mất thời gian theo hàm mũ: viết lại, ví dụ ${EXAMPLE}`,
    (d) => `${d.file}: types.${d.name}.pattern has nested repetition (a repeated group that itself repeats), which can take exponential time: rewrite it, for example ${EXAMPLE_EN}`,
  ),
  'config.pattern-overlap': message(
    { file: 'qms.config.yaml', name: 'procedure', overlap: 'repetition' as Overlap },
    (d) => `${d.file}: types.${d.name}.pattern có ${OVERLAP[d.overlap].vi}, có thể chạy mất thời gian theo hàm mũ hoặc đa thức: viết lại sao cho mỗi ký tự chỉ khớp được một cách, ví dụ ${EXAMPLE}`,
    (d) => `${d.file}: types.${d.name}.pattern has ${OVERLAP[d.overlap].en}, which can take exponential or polynomial time: rewrite it so each character can be matched one way only, for example ${EXAMPLE_EN}`,
  ),
  'config.folder': message(
    { file: 'qms.config.yaml', key: 'legal.shared', folder: '../tinh', example: 'registers/phu-tho' },
    (d) => `${d.file}: ${d.key}: "${d.folder}" phải là một thư mục trong kho, viết bằng dấu /, ví dụ ${d.example}`,
    (d) => `${d.file}: ${d.key}: "${d.folder}" must be a folder inside the repository, written with / (for example ${d.example})`,
  ),
  'config.unknown-rule': message(
    { file: 'qms.config.yaml', id: 'code/formatt' },
    (d) => `${d.file}: rules: không có quy tắc "${d.id}" (xem danh sách trong docs/rules/, ví dụ code/format)`,
    (d) => `${d.file}: rules: unknown rule id "${d.id}" (see docs/rules/, for example code/format)`,
  ),
};

/** JSON Schema types as an officer would name them. */
const TYPE_WORDS: Record<string, string> = {
  string: 'một chuỗi chữ',
  integer: 'một số nguyên',
  number: 'một số',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một bảng các trường',
};
