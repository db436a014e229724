/**
 * `qms publish <code> --effective <date>`: an approved document comes into force. Refused when a
 * step is missing, when the content no longer matches the fingerprint recorded at approval, or when
 * the date would break the record (before the approval or the last history row). A date still to
 * come is a scheduled issue: the document is issued now and takes effect on that day.
 */
import { STEP_LABELS } from '../rules/approval/missing.js';
import { renderChange } from './apply.js';
import { findDocument } from './find.js';
import { editFields, putRootScalar } from './frontmatter.js';
import { stepName, STEPS } from './messages.js';
import { list } from '../i18n/language.js';
import { refuse } from '../util/errors.js';
import { bi, tr } from '../i18n/language.js';
import { quote } from './new.js';
import type { Outcome } from './apply.js';
import { parseDateOption } from '../i18n/option-values.js';
import type { Workspace } from '../workspace/open.js';

export interface PublishOptions {
  effective?: string;
}

/** Top-level keys before which a new `effective` goes (so it sits near `status`). */
const EFFECTIVE_BEFORE = ['owner', 'approval', 'legal_basis', 'references', 'tthc', 'history', 'last_review', 'obsolete'];

export function planPublish(session: Workspace, code: string, options: PublishOptions): Outcome {
  const { language } = session;
  if (options.effective === undefined) refuse(language, 'usage', bi('cần --effective <YYYY-MM-DD>: ngày có hiệu lực', '--effective <YYYY-MM-DD> is required: the date it comes into force'));
  const effective = parseDateOption(options.effective, '--effective', language, session.today);
  const { document, text } = findDocument(session, code, language);
  const shown = document.code!.value;
  const status = document.status?.value;
  if (status === 'obsolete') refuse(language, 'obsolete', bi(`${shown} đã hết hiệu lực (obsolete): không ban hành lại`, `${shown} is obsolete: it is not published again`), { code: shown });
  if (status === 'effective') {
    refuse(language, 'effective', bi(`${shown} đã có hiệu lực từ ${document.effective?.value ?? '?'}`, `${shown} is already effective since ${document.effective?.value ?? '?'}`), { code: shown });
  }
  const missing = STEPS.filter((s) => {
    const record = document.approval[s];
    return !record || !record.name || !record.title || !record.date;
  });
  if (missing.length > 0) {
    refuse(
      language,
      'step-missing',
      bi(
        `${shown} thiếu bước ${list('vi', missing.map((s) => stepName('vi', s)))} (cần họ tên, chức vụ, ngày): ghi bằng qms approve ${quote(shown)} --step ${missing[0]} …`,
        `${shown} lacks the ${list('en', missing.map((s) => STEP_LABELS[s]))} step${missing.length > 1 ? 's' : ''} (name, title and date): record ${missing.length > 1 ? 'them' : 'it'} with qms approve ${quote(shown)} --step ${missing[0]} …`,
      ),
      { code: shown, missing },
    );
  }
  if (status !== 'approved') {
    refuse(language, 'not-approved', bi(`${shown} có trạng thái ${status ?? '?'}, chưa approved: ghi lại bước phê duyệt bằng qms approve`, `${shown} is ${status ?? 'without a status'}, not approved: record the approval with qms approve`), { code: shown, status });
  }
  const approved = document.approval.approved!;
  const recorded = approved.fingerprint?.trim().toLowerCase();
  if (!recorded) {
    refuse(
      language,
      'fingerprint',
      bi(`${shown} không có dấu vân tay nội dung lúc phê duyệt (approval.approved.fingerprint): ghi lại bước phê duyệt bằng qms approve`, `${shown} has no content fingerprint from its approval (approval.approved.fingerprint): record the approval again with qms approve`),
      { code: shown },
    );
  }
  if (recorded !== document.fingerprint) {
    refuse(
      language,
      'fingerprint',
      bi(
        `nội dung ${shown} đã thay đổi sau khi phê duyệt (dấu vân tay ${document.fingerprint.slice(0, 19)}… ≠ đã ghi ${recorded.slice(0, 19)}…): không ban hành; hãy duyệt lại`,
        `the content of ${shown} changed after approval (fingerprint ${document.fingerprint.slice(0, 19)}… ≠ recorded ${recorded.slice(0, 19)}…): not published; have it reviewed and approved again`,
      ),
      { code: shown, recorded, actual: document.fingerprint },
    );
  }
  if (effective < approved.date!) {
    refuse(language, 'date-order', bi(`ngày hiệu lực ${effective} sớm hơn ngày phê duyệt ${approved.date}`, `the effective date ${effective} is before the approval on ${approved.date}`), { effective, approved: approved.date });
  }
  const lastHistory = document.history.map((row) => row.date).filter((d): d is string => d !== undefined).sort().at(-1);
  if (lastHistory !== undefined && effective < lastHistory) {
    refuse(language, 'date-order', bi(`ngày hiệu lực ${effective} sớm hơn dòng lịch sử gần nhất (${lastHistory})`, `the effective date ${effective} is before the last history row (${lastHistory})`), { effective, history: lastHistory });
  }
  // The revision's history row keeps its effective date: the revision in force stays known while the next is drafted.
  const row = document.history.findIndex((r) => r.revision === document.revision?.value);
  const withStatus = editFields(text, [{ op: 'set', path: ['status'], value: 'effective' }, ...(row >= 0 ? [{ op: 'set' as const, path: ['history', row, 'effective'], value: effective }] : [])], language);
  const change = renderChange(session, document.file, text, putRootScalar(withStatus, 'effective', effective, language, EFFECTIVE_BEFORE));
  const revision = document.revision?.value ?? null;
  return {
    change,
    result: { file: document.file, code: shown, revision, status: 'effective', effective, fingerprint: document.fingerprint },
    lines: [
      effective > session.today
        ? tr(language, bi(`${shown} lần ban hành ${revision ?? '?'} đã ban hành, có hiệu lực từ ${effective} (${document.file}); đến ngày đó không cần chạy thêm lệnh nào.`, `${shown} revision ${revision ?? '?'} is issued and takes effect on ${effective} (${document.file}); nothing more to run on that day.`))
        : tr(language, bi(`${shown} lần ban hành ${revision ?? '?'} có hiệu lực từ ${effective} (${document.file}).`, `${shown} revision ${revision ?? '?'} is effective from ${effective} (${document.file}).`)),
    ],
  };
}
