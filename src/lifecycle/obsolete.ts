/**
 * `qms obsolete <code> --reason "…"`: withdraws a document. The file stays (a record of what was in
 * force); its status becomes `obsolete` with `obsolete: { date, reason, replaced_by }`. The documents
 * in use that still reference it are listed: `qms check` now reports them (ref/obsolete).
 */
import { referencesOf } from '../rules/ref/resolve.js';
import type { RepositoryIndex } from '../model/repository.js';
import { codeKey, membersOf } from '../model/documents.js';
import { renderChange } from './apply.js';
import { findDocument } from './find.js';
import { findOneDocument } from '../lookup/documents.js';
import { editFields, putRecord, type FlatRecord } from './frontmatter.js';
import { refuse } from '../util/errors.js';
import { bi, tr } from '../i18n/language.js';
import type { Outcome } from './apply.js';
import { parseDateOption, textOption } from '../i18n/option-values.js';
import type { Workspace } from '../workspace/open.js';

export interface ObsoleteOptions {
  reason?: string;
  date?: string;
  replacedBy?: string;
  /** Withdraw the documents named after it (its forms) in the same change. */
  withForms?: boolean;
}

/** A document in use that references the withdrawn one. */
export interface Referrer {
  file: string;
  code: string | null;
  title: string | null;
  status: string | null;
  /** Where it names the code: `references` in the front matter, or the body. */
  places: Array<{ line: number; column: number; source: 'references' | 'body' }>;
}

export function planObsolete(session: Workspace, code: string, options: ObsoleteOptions): Outcome {
  const { language, repository } = session;
  const reason = textOption(options.reason, '--reason', language);
  const date = parseDateOption(options.date, '--date', language, session.today);
  const { document, text } = findDocument(session, code, language);
  const shown = document.code!.value;
  if (document.status?.value === 'obsolete') {
    refuse(language, 'obsolete', bi(`${shown} đã hết hiệu lực từ ${document.obsolete?.date ?? '?'}`, `${shown} is already obsolete since ${document.obsolete?.date ?? '?'}`), { code: shown });
  }
  let replacedBy: string | undefined;
  if (options.replacedBy !== undefined) {
    const successor = findOneDocument(repository, textOption(options.replacedBy, '--replaced-by', language), language, '--replaced-by:');
    replacedBy = successor.code!.value;
    if (codeKey(replacedBy) === codeKey(shown)) refuse(language, 'usage', bi(`${shown} không thể thay thế chính nó`, `${shown} cannot replace itself`));
    if (successor.status?.value === 'obsolete') {
      refuse(language, 'obsolete-successor', bi(`--replaced-by ${replacedBy} cũng đã hết hiệu lực: chỉ tài liệu đang dùng mới thay thế được`, `--replaced-by ${replacedBy} is obsolete too: name a document in use`), { replacedBy });
    }
  }
  const record: FlatRecord = { date, reason, ...(replacedBy !== undefined ? { replaced_by: replacedBy } : {}) };
  const withdraw = (before: string, fields: FlatRecord): string => putRecord(editFields(before, [{ op: 'set', path: ['status'], value: 'obsolete' }], language), ['obsolete'], fields, language);
  const change = renderChange(session, document.file, text, withdraw(text, record));
  const members = membersOf(repository.documents, shown);
  const alongside = options.withForms
    ? members.map((member) => {
        const before = session.readText(member.file);
        return renderChange(session, member.file, before, withdraw(before, { date, reason: tr(language, bi(`Hủy bỏ cùng ${shown}: ${reason}`, `Withdrawn with ${shown}: ${reason}`)) }));
      })
    : [];
  const memberLines = members.map((m) => `  ${m.code!.value}  ${m.file}`);
  return {
    change,
    alongside,
    result: {
      file: document.file,
      code: shown,
      revision: document.revision?.value ?? null,
      status: 'obsolete',
      date,
      reason,
      replacedBy: replacedBy ?? null,
      forms: members.map((m) => ({ code: m.code!.value, file: m.file, withdrawn: options.withForms === true })),
    },
    lines: [
      tr(
        language,
        bi(
          `${shown} hết hiệu lực từ ${date}: ${reason}${replacedBy ? `; thay thế bởi ${replacedBy}` : ''}. Tệp ${document.file} vẫn được giữ.`,
          `${shown} is obsolete from ${date}: ${reason}${replacedBy ? `; replaced by ${replacedBy}` : ''}. The file ${document.file} stays.`,
        ),
      ),
      ...(members.length === 0
        ? []
        : options.withForms
          ? [tr(language, bi(`Hủy bỏ cùng ${shown} (${members.length} biểu mẫu, tài liệu mang mã của nó):`, `Withdrawn with ${shown} (${members.length} form(s) and documents named after it):`)), ...memberLines]
          : [
              tr(
                language,
                bi(
                  `${members.length} biểu mẫu, tài liệu mang mã của ${shown} vẫn còn hiệu lực (qms check báo status/orphan): hủy bỏ cùng bằng qms obsolete ${shown} --with-forms, hoặc từng cái bằng qms obsolete <mã>`,
                  `${members.length} form(s) and documents named after ${shown} are still in use (qms check reports status/orphan): withdraw them with it with qms obsolete ${shown} --with-forms, or one by one with qms obsolete <code>`,
                ),
              ),
              ...memberLines,
            ]),
    ],
    after: (after) => {
      const referrers = referrersOf(after, document.file);
      const lines =
        referrers.length === 0
          ? [tr(language, bi(`Không tài liệu đang dùng nào viện dẫn ${shown}.`, `No document in use references ${shown}.`))]
          : [
              tr(
                language,
                bi(
                  `${referrers.length} tài liệu đang dùng còn viện dẫn ${shown} (qms check báo ref/obsolete cho chúng; sửa viện dẫn${replacedBy ? ` sang ${replacedBy}` : ''} trong lần ban hành mới):`,
                  `${referrers.length} document(s) in use still reference ${shown} (qms check reports ref/obsolete for them; change the reference${replacedBy ? ` to ${replacedBy}` : ''} in a new revision):`,
                ),
              ),
              ...referrers.map((r) => `  ${r.code ?? '?'}  ${r.status ?? '?'}  ${r.file}:${r.places.map((p) => `${p.line}:${p.column}`).join(', ')}`),
            ];
      return { result: { referencedBy: referrers }, lines };
    },
  };
}

/** The documents not obsolete that reference the document in `file`, with the places they name it. */
export function referrersOf(repository: RepositoryIndex, file: string): Referrer[] {
  const result: Referrer[] = [];
  for (const other of repository.documents) {
    if (other.file === file || !other.readable || other.status?.value === 'obsolete') continue;
    const places = referencesOf(other, repository)
      .filter((reference) => reference.targets.some((t) => t.file === file))
      .map((reference) => ({ line: reference.position.line, column: reference.position.column, source: reference.source }));
    if (places.length === 0) continue;
    result.push({ file: other.file, code: other.code?.value ?? null, title: other.title ?? null, status: other.status?.value ?? null, places });
  }
  return result;
}
