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

import type { Outcome } from './apply.js';
import { parseDateOption, textOption } from '../i18n/option-values.js';
import type { Workspace } from '../workspace/open.js';
import { both, t as msg } from '../i18n/messages/index.js';

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
    refuse(language, 'obsolete', both('obsolete.already-obsolete-since', { value: document.obsolete?.date ?? '?', shown }), { code: shown });
  }
  let replacedBy: string | undefined;
  if (options.replacedBy !== undefined) {
    const successor = findOneDocument(repository, textOption(options.replacedBy, '--replaced-by', language), language, '--replaced-by:');
    replacedBy = successor.code!.value;
    if (codeKey(replacedBy) === codeKey(shown)) refuse(language, 'usage', both('obsolete.cannot-replace-itself', { shown }));
    if (successor.status?.value === 'obsolete') {
      refuse(language, 'obsolete-successor', both('obsolete.replaced-obsolete-too-name', { replacedBy }), { replacedBy });
    }
  }
  const record: FlatRecord = { date, reason, ...(replacedBy !== undefined ? { replaced_by: replacedBy } : {}) };
  const withdraw = (before: string, fields: FlatRecord): string => putRecord(editFields(before, [{ op: 'set', path: ['status'], value: 'obsolete' }], language), ['obsolete'], fields, language);
  const change = renderChange(session, document.file, text, withdraw(text, record));
  const members = membersOf(repository.documents, shown);
  const alongside = options.withForms
    ? members.map((member) => {
        const before = session.readText(member.file);
        return renderChange(session, member.file, before, withdraw(before, { date, reason: msg(language, 'obsolete.withdrawn', { reason, shown }) }));
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
      msg(language, 'obsolete.obsolete-from-file-stays', { shown, date, reason, replacedBy: replacedBy ?? '', file: document.file }),
      ...(members.length === 0
        ? []
        : options.withForms
          ? [msg(language, 'obsolete.withdrawn-form-s-documents', { membersCount: members.length, shown }), ...memberLines]
          : [
              msg(language, 'obsolete.form-s-documents-named', { shown, membersCount: members.length }),
              ...memberLines,
            ]),
    ],
    after: (after) => {
      const referrers = referrersOf(after, document.file);
      const lines =
        referrers.length === 0
          ? [msg(language, 'obsolete.no-document-use-references', { shown })]
          : [
              msg(language, 'obsolete.document-s-use-still', { count: referrers.length, shown, replacedBy: replacedBy ?? '' }),
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
