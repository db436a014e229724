/** The words of the command line around the commands: commander's own usage errors and help headings, in Vietnamese and English. */
import { joined, message } from '../catalogue.js';

export const CLI_MESSAGES = {
  'cli.unknown-option': message(
    { option: '--langue' },
    (d) => `lỗi: không có tùy chọn '${d.option}'`,
    (d) => `error: unknown option '${d.option}'`,
  ),
  'cli.unknown-command': message(
    { command: 'chek' },
    (d) => `lỗi: không có lệnh '${d.command}'`,
    (d) => `error: unknown command '${d.command}'`,
  ),
  'cli.suggestion': message(
    { names: ['--lang'] },
    (d) => `(Có phải ý bạn là ${joined('vi', d.names, true)}?)`,
    (d) => (d.names.length === 1 ? `(Did you mean ${d.names[0]}?)` : `(Did you mean one of ${d.names.join(', ')}?)`),
  ),
  'cli.missing-argument': message(
    { argument: 'code' },
    (d) => `lỗi: thiếu tham số bắt buộc '${d.argument}'`,
    (d) => `error: missing required argument '${d.argument}'`,
  ),
  'cli.option-argument-missing': message(
    { option: '--title <title>' },
    (d) => `lỗi: tùy chọn '${d.option}' cần có giá trị`,
    (d) => `error: option '${d.option}' argument missing`,
  ),
  'cli.required-option': message(
    { option: '--title <title>' },
    (d) => `lỗi: thiếu tùy chọn bắt buộc '${d.option}'`,
    (d) => `error: required option '${d.option}' not specified`,
  ),
  'cli.excess-arguments': message(
    { command: 'show', expected: 1, received: 2 },
    (d) => `lỗi: thừa tham số${d.command ? ` cho lệnh '${d.command}'` : ''}: cần ${d.expected} tham số nhưng nhận được ${d.received}`,
    (d) => `error: too many arguments${d.command ? ` for '${d.command}'` : ''}. Expected ${d.expected} argument${d.expected === 1 ? '' : 's'} but got ${d.received}.`,
  ),
  'cli.invalid-option-value': message(
    { option: '--format <format>', value: 'xml' },
    (d) => `lỗi: giá trị '${d.value}' của tùy chọn '${d.option}' không hợp lệ`,
    (d) => `error: option '${d.option}' argument '${d.value}' is invalid.`,
  ),
  'cli.conflicting-options': message(
    { first: "option '--head'", second: "option '--staged'" },
    (d) => `lỗi: ${d.first} không dùng cùng với ${d.second}`,
    (d) => `error: ${d.first} cannot be used with ${d.second}`,
  ),
  'cli.title.Usage:': message({}, () => 'Cách dùng:', () => 'Usage:'),
  'cli.title.Options:': message({}, () => 'Tùy chọn:', () => 'Options:'),
  'cli.title.Commands:': message({}, () => 'Lệnh:', () => 'Commands:'),
  'cli.title.Arguments:': message({}, () => 'Tham số:', () => 'Arguments:'),
  'cli.title.Global Options:': message({}, () => 'Tùy chọn chung:', () => 'Global Options:'),
  'cli.default': message(
    { value: '"stylish"' },
    (d) => `(mặc định: ${d.value})`,
    (d) => `(default: ${d.value})`,
  ),
  'cli.internal-error': message(
    { detail: 'Maximum call stack size exceeded' },
    (d) => `lỗi nội bộ: ${d.detail}`,
    (d) => `internal error: ${d.detail}`,
  ),
  'cli.internal-error-hint': message(
    {},
    () => 'Chạy lại với --debug để xem chi tiết, và báo lỗi kèm kết quả in ra.',
    () => 'Run again with --debug for details, and report it with the output.',
  ),
};
