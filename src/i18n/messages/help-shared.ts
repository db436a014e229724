/** Help texts shared by several commands: the program's own, and options many commands take (--lang, --root, --today, --json …). */
import { message, type CatalogueEntry } from '../catalogue.js';

/** A help text: no data. */
export type HelpText = CatalogueEntry<Record<string, never>>;

/** Help texts by id: `help:<command path>`, `help:<command path> <--option>`, `help:<command path> <<argument>>`, `help:<command path> after`, `help:option <--option>`. */
export type HelpTexts = Readonly<Record<string, HelpText>>;

/** A help text: the same data-free message in both languages. */
export function text(vi: string, en: string): HelpText {
  return message<Record<string, never>>({}, () => vi, () => en);
}

/** How the language is chosen, as every --lang says it. */
export const LANG_HELP = text(
  'ngôn ngữ của thông báo và tiêu đề: vi hoặc en (mặc định: biến môi trường QMS_LANG, rồi language trong qms.config.yaml, rồi ngôn ngữ của hệ thống)',
  'language of messages and headings: vi or en (default: QMS_LANG, else the config\'s language, else the locale)',
);

export const SHARED_HELP: HelpTexts = {
  'help:': text(
    'Kiểm soát tài liệu của hệ thống quản lý chất lượng ISO 9001 tại cơ quan hành chính nhà nước Việt Nam (TCVN ISO 9001, Quyết định số 19/2014/QĐ-TTg).',
    'Document control for ISO 9001 quality management systems of Vietnamese state agencies (TCVN ISO 9001, QĐ 19/2014/QĐ-TTg).',
  ),
  'help: after': text(
    '\nMã thoát: 0 không có lỗi, 1 có phát hiện, 2 sai cách dùng, lỗi cấu hình hoặc lỗi nội bộ.\nNgôn ngữ: --lang vi|en ở mọi lệnh, rồi QMS_LANG, rồi language trong qms.config.yaml, rồi ngôn ngữ hệ thống (LANG/LC_ALL).\nTài liệu: README.md và thư mục docs/ trong gói qms.',
    '\nExit codes: 0 clean, 1 findings, 2 usage, config or internal error.\nLanguage: --lang vi|en on every command, else QMS_LANG, else the config\'s language, else the locale (LANG/LC_ALL).\nDocs: README.md and docs/ in the qms package.',
  ),
  'help:option --version': text('in phiên bản qms', 'print the qms version'),
  'help:option --debug': text('in vết ngăn xếp (stack trace) khi có lỗi nội bộ', 'print stack traces of internal errors'),
  'help:option --help': text('hiện hướng dẫn của lệnh', 'display help for command'),
  'help:command help': text('hiện hướng dẫn của một lệnh', 'show help for a command'),
  'help:hint': text('(chạy qms help để xem cách dùng)', '(run qms help for usage)'),
  'help:option --lang': LANG_HELP,
  'help:option --root': text('kho tài liệu (mặc định: kho chứa thư mục hiện tại)', 'the repository (default: the one holding the current folder)'),
  'help:option --no-cache': text('đọc lại mọi tài liệu, không dùng bộ nhớ đệm .qms/cache', 'read every document afresh, without .qms/cache'),
  'help:option --json': text('in kết quả dạng JSON', 'print it as JSON'),
  'help:option --today': text('ngày dùng để xác định tình trạng hiệu lực (YYYY-MM-DD; mặc định: hôm nay)', 'the date statuses are derived for (YYYY-MM-DD; default: today)'),
  'help:option --cache-location': text('nơi giữ bộ nhớ đệm (mặc định: .qms/cache trong kho tài liệu)', 'where to keep the cache (default: .qms/cache in the repository)'),
  'help:option --cache-strategy': text(
    'cách bộ nhớ đệm biết một tệp không đổi: metadata (kích thước, thời gian và inode đã ghi; mặc định) hoặc content (đọc và băm lại mọi tệp)',
    'how the cache knows a file is unchanged: metadata (size, times and inode as recorded; the default) or content (read and hash every file)',
  ),
  'help:option --dry-run': text('in thay đổi dưới dạng diff, không ghi gì', 'print the change as a diff, write nothing'),
};
