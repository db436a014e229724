/** Which register a legal command writes to: the agency's own, or a shared one (legal.shared) only when --register names it. */
import type { LegalEntry } from '../model/document.js';
import { QmsError } from '../util/errors.js';
import { type Language } from '../i18n/language.js';
import type { Workspace } from '../workspace/open.js';
import { both, t } from '../i18n/messages/index.js';

/** `--register`: one of the config's shared register folders, or undefined for the agency's own. */
export function writableRegister(opened: Workspace, register: string | undefined): string | undefined {
  if (register === undefined) return undefined;
  const folder = register.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  const shared = opened.config.legal.shared;
  if (shared.includes(folder)) return folder;
  const known = shared.length > 0 ? shared.join(', ') : t(opened.language, 'shared.none', {});
  throw new QmsError(
    both('shared.register-one-shared-registers', { known, register }),
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
    both('shared.belongs-shared-register-kept', { register, file }),
    { reason: 'shared-register', language },
  );
}
