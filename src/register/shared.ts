/** Which register a legal command writes to: the agency's own, or a shared one (legal.shared) only when --register names it. */
import type { LegalEntry } from '../model/document.js';
import { QmsError } from '../util/errors.js';
import { bi, tr, type Language } from '../i18n/language.js';
import type { Workspace } from '../workspace/open.js';

/** `--register`: one of the config's shared register folders, or undefined for the agency's own. */
export function writableRegister(opened: Workspace, register: string | undefined): string | undefined {
  if (register === undefined) return undefined;
  const folder = register.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  const shared = opened.config.legal.shared;
  if (shared.includes(folder)) return folder;
  const known = shared.length > 0 ? shared.join(', ') : tr(opened.language, bi('(không có)', '(none)'));
  throw new QmsError(
    bi(
      `--register ${register} không phải sổ đăng ký dùng chung nào trong legal.shared của qms.config.yaml: ${known}`,
      `--register ${register} is not one of the shared registers in legal.shared of qms.config.yaml: ${known}`,
    ),
    { reason: 'usage', language: opened.language },
  );
}

/** An entry is edited only in the register the command writes to: the agency's own unless --register says otherwise. */
export function assertOwnedEntry(opened: Workspace, entry: LegalEntry, register: string | undefined): void {
  if (entry.register === register) return;
  throw sharedRegisterError(opened.language, entry.file, entry.register ?? register!);
}

export function sharedRegisterError(language: Language, file: string, register: string): QmsError {
  return new QmsError(
    bi(
      `${file} thuộc sổ đăng ký dùng chung ${register}, do nơi khác quản lý: qms chỉ ghi vào sổ đăng ký của cơ quan mình; hãy sửa ở nơi quản lý sổ đó, hoặc thêm --register ${register} nếu đúng là muốn ghi vào đó`,
      `${file} belongs to the shared register ${register}, kept elsewhere: qms writes only to this agency's own register; change it where that register is kept, or add --register ${register} if writing there is really meant`,
    ),
    { reason: 'shared-register', language },
  );
}
