/** What the one writer (src/write) tells people when the system refuses a write: a full disk, a quota, a read-only file system, no permission. */
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
};
