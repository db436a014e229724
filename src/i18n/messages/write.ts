/** What the one writer (src/write) tells people when the system refuses a write (a full disk, a quota, a read-only file system, no permission), a file it will not rewrite, or a commit git refused. */
import { message } from '../catalogue.js';

/** Why the system refused, by error code, in each language. */
const CAUSES: Record<string, { vi: string; en: string }> = {
  ENOSPC: { vi: 'đĩa đã đầy', en: 'the disk is full' },
  EDQUOT: { vi: 'đã vượt hạn mức dung lượng đĩa', en: 'the disk quota is exceeded' },
  EROFS: { vi: 'hệ thống tệp chỉ cho phép đọc', en: 'the file system is read-only' },
  EACCES: { vi: 'không có quyền ghi', en: 'permission denied' },
  EPERM: { vi: 'không có quyền ghi', en: 'permission denied' },
};
const cause = (code: string, language: 'vi' | 'en'): string => CAUSES[code]?.[language] ?? code;

export const WRITE_MESSAGES = {
  'write.failed': message(
    { file: 'procedures/QT-VP-01.md', code: 'ENOSPC' },
    (d) => `không ghi được ${d.file}: ${cause(d.code, 'vi')} (${d.code}); không tệp nào bị thay đổi, vì qms ghi tất cả các tệp hoặc không ghi tệp nào`,
    (d) => `cannot write ${d.file}: ${cause(d.code, 'en')} (${d.code}); nothing was changed, since qms writes every file or none`,
  ),
  'write.not-utf8': message(
    { file: 'procedures/QT-VP-01.md' },
    (d) => `${d.file} không phải văn bản UTF-8 hợp lệ: qms sẽ không ghi lại tệp này; hãy lưu tệp dưới dạng UTF-8 trước`,
    (d) => `${d.file} is not valid UTF-8 text: qms will not rewrite it; save it as UTF-8 first`,
  ),
  // `message`: the first line of what git said (git speaks English to qms, see src/git/run.ts).
  'write.commit-failed': message(
    { message: 'error: pre-commit hook exited with 1' },
    (d) => `git commit không thành công, chưa có gì bị thay đổi: ${d.message}`,
    (d) => `git commit failed, nothing was changed: ${d.message}`,
  ),
};
