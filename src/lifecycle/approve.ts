/**
 * `qms approve <code> --step prepared|reviewed|approved`: records one step of the approval (soạn
 * thảo, xem xét, phê duyệt) after checking what `qms check` would otherwise report: the order of the
 * steps and their dates, the titles the config allows, and that the approver did not prepare the
 * document. The `approved` step binds the approval to the content with its fingerprint; with all
 * three steps the document is `approved`.
 */
import { fingerprintOfText } from '../document/fingerprint-file.js';
import type { ApprovalStep } from '../model/document.js';
import { sameName } from '../model/documents.js';
import { renderChange } from './apply.js';
import { findDocument } from './find.js';
import { editFields, putRecord } from './frontmatter.js';
import { stepName, STEPS, type Step } from './messages.js';
import { list } from '../i18n/language.js';
import { refuse } from '../util/errors.js';
import { bi, tr } from '../i18n/language.js';
import { quote } from './new.js';
import type { Outcome } from './apply.js';
import { parseDateOption, textOption } from '../i18n/option-values.js';
import type { Workspace } from '../workspace/open.js';

export interface ApproveOptions {
  step?: string;
  name?: string;
  title?: string;
  date?: string;
}

/** Top-level keys before which a new `approval` block goes. */
const APPROVAL_BEFORE = ['legal_basis', 'references', 'tthc', 'history', 'last_review', 'obsolete'];

export function planApprove(session: Workspace, code: string, options: ApproveOptions): Outcome {
  const { language, config } = session;
  const step = options.step as Step;
  if (!STEPS.includes(step)) {
    refuse(language, 'usage', bi(`--step nhận prepared, reviewed hoặc approved, không phải "${options.step ?? ''}"`, `--step takes prepared, reviewed or approved, not "${options.step ?? ''}"`));
  }
  const name = textOption(options.name, '--name', language);
  const title = textOption(options.title, '--title', language);
  const date = parseDateOption(options.date, '--date', language, session.today);
  const { document, text } = findDocument(session, code, language);
  const shown = document.code!.value;
  const status = document.status?.value;
  if (status === 'obsolete') {
    refuse(language, 'obsolete', bi(`${shown} đã hết hiệu lực (obsolete): không phê duyệt tài liệu đã hủy bỏ`, `${shown} is obsolete: an obsolete document is not approved`), { code: shown });
  }
  if (status === 'effective') {
    refuse(
      language,
      'effective',
      bi(`${shown} đang có hiệu lực: để thay đổi, hãy tạo lần ban hành mới bằng qms revise ${quote(shown)} --summary "…"`, `${shown} is effective: to change it, start a new revision with qms revise ${quote(shown)} --summary "…"`),
      { code: shown },
    );
  }
  const index = STEPS.indexOf(step);
  const later = STEPS.slice(index + 1).filter((s) => document.approval[s] !== undefined);
  if (later.length > 0) {
    const names = later.map((s) => stepName(language, s));
    refuse(
      language,
      'step-recorded',
      bi(
        `${shown} đã có bước ${list('vi', names)}: không ghi lại bước ${stepName('vi', step)} sau đó; để làm lại, tạo lần ban hành mới bằng qms revise`,
        `${shown} already records the ${list('en', names)} step: the ${step} step cannot be recorded again after it; to start over, run qms revise`,
      ),
      { code: shown, step, later },
    );
  }
  const previousStep = index > 0 ? STEPS[index - 1] : undefined;
  const previous: ApprovalStep | undefined = previousStep ? document.approval[previousStep] : undefined;
  if (previousStep && !previous) {
    refuse(
      language,
      'step-order',
      bi(
        `${shown} chưa có bước ${stepName('vi', previousStep)}: ghi bước đó trước (qms approve ${quote(shown)} --step ${previousStep} …)`,
        `${shown} has no ${previousStep} step yet: record it first (qms approve ${quote(shown)} --step ${previousStep} …)`,
      ),
      { code: shown, step, missing: previousStep },
    );
  }
  if (previousStep && previous) {
    if (previous.date === undefined) {
      refuse(language, 'step-order', bi(`approval.${previousStep} của ${shown} không có ngày hợp lệ: ghi lại bước đó`, `approval.${previousStep} of ${shown} has no valid date: record that step again`), { code: shown, step });
    }
    if (date < previous.date) {
      refuse(
        language,
        'date-order',
        bi(
          `ngày ${stepName('vi', step)} ${date} sớm hơn ngày ${stepName('vi', previousStep)} ${previous.date}: thứ tự là soạn thảo ≤ xem xét ≤ phê duyệt`,
          `${step} on ${date} is before ${previousStep} on ${previous.date}: the order is prepared ≤ reviewed ≤ approved`,
        ),
        { code: shown, step, date, previous: previous.date },
      );
    }
  }
  // publish requires the approval to follow the revision's history row: refused here, not after three steps.
  const revisionRow = document.history.find((row) => row.revision === document.revision?.value && row.date !== undefined);
  if (revisionRow?.date !== undefined && date < revisionRow.date) {
    refuse(
      language,
      'date-order',
      bi(
        `ngày ${stepName('vi', step)} ${date} sớm hơn ngày của lần ban hành ${revisionRow.revision} trong lịch sử sửa đổi (${revisionRow.date}): một bước phê duyệt không có trước lần ban hành nó phê duyệt`,
        `${step} on ${date} is before revision ${revisionRow.revision}'s history row (${revisionRow.date}): an approval step cannot precede the revision it approves`,
      ),
      { code: shown, step, date, revisionDate: revisionRow.date },
    );
  }
  const typeName = document.type?.value;
  const typeConfig = typeName !== undefined && Object.hasOwn(config.types, typeName) ? config.types[typeName] : undefined;
  if (step !== 'prepared' && typeConfig && config.rules['approval/role'] !== 'off') {
    const key = step === 'reviewed' ? 'reviewers' : 'approvers';
    const allowed = typeConfig[key];
    if (allowed.length > 0 && !allowed.some((t) => sameName(t, title))) {
      refuse(
        language,
        'role',
        bi(
          `chức vụ "${title}" không được ${stepName('vi', step)} loại ${typeName}: được phép là ${list('vi', allowed)} (types.${typeName}.${key})`,
          `the title "${title}" may not ${step === 'reviewed' ? 'review' : 'approve'} a ${typeName}: allowed are ${list('en', allowed)} (types.${typeName}.${key})`,
        ),
        { code: shown, step, title, allowed },
      );
    }
  }
  const preparer = document.approval.prepared?.name;
  if (step === 'approved' && preparer && sameName(preparer, name) && !config.approval.allow_self_approval && config.rules['approval/self'] !== 'off') {
    refuse(
      language,
      'self-approval',
      bi(`${name} đã soạn thảo ${shown}, nên không tự phê duyệt (approval.allow_self_approval: false)`, `${name} prepared ${shown}, so may not approve it (approval.allow_self_approval is false)`),
      { code: shown, name },
    );
  }

  let edited = putRecord(text, ['approval', step], { name, title, date }, language, APPROVAL_BEFORE);
  const complete = STEPS.every((s) => s === step || document.approval[s] !== undefined);
  if (complete && status !== 'approved') edited = editFields(edited, [{ op: 'set', path: ['status'], value: 'approved' }], language);
  // A document not in force whose effective date precedes this step carries the date of an earlier
  // revision (qms impact --apply keeps it): approval/order and revision/history would fail on it.
  // A planned effective date comes after the approval, so it is never this.
  const staleEffective = document.effective !== undefined && document.effective.value < date ? document.effective.value : null;
  if (staleEffective !== null) edited = editFields(edited, [{ op: 'delete', path: ['effective'] }], language);
  let fingerprint: string | null = null;
  if (step === 'approved') {
    // Neither the approval fields nor the generated regions are part of the fingerprint, so that of
    // the edited text is that of the rendered one: it is recorded first, and the text rendered once.
    const computed = fingerprintOfText(edited);
    if (!computed.ok) refuse(language, 'front-matter', bi(`không tính được dấu vân tay: ${computed.message}`, `cannot compute the fingerprint: ${computed.message}`));
    fingerprint = computed.fingerprint;
    edited = editFields(edited, [{ op: 'set', path: ['approval', 'approved', 'fingerprint'], value: fingerprint }], language);
  }
  const change = renderChange(session, document.file, text, edited);
  if (fingerprint !== null) {
    const check = fingerprintOfText(change.after);
    if (!check.ok || check.fingerprint !== fingerprint) throw new Error('the fingerprint changed when the document was rendered');
  }
  const newStatus = complete ? 'approved' : (status ?? 'draft');
  const nextStep = STEPS[index + 1];
  const revision = document.revision?.value ?? null;
  return {
    change,
    result: { file: document.file, code: shown, revision, step, name, title, date, fingerprint, status: newStatus, complete, removed: staleEffective !== null ? ['effective'] : [] },
    lines: [
      tr(language, bi(`${shown} (lần ban hành ${revision ?? '?'}): đã ghi bước ${stepName('vi', step)} — ${name}, ${title}, ${date}.`, `${shown} (revision ${revision ?? '?'}): recorded the ${step} step — ${name}, ${title}, ${date}.`)),
      ...(staleEffective !== null
        ? [tr(language, bi(`Đã bỏ ngày hiệu lực cũ ${staleEffective} (của lần ban hành trước): ngày hiệu lực mới ghi bằng qms publish.`, `Removed the old effective date ${staleEffective} (of the previous revision): qms publish records the new one.`))]
        : []),
      ...(fingerprint ? [tr(language, bi(`Dấu vân tay nội dung: ${fingerprint}`, `Content fingerprint: ${fingerprint}`))] : []),
      complete
        ? tr(language, bi(`Đủ ba bước: trạng thái approved. Tiếp theo: qms publish ${quote(shown)} --effective <YYYY-MM-DD>`, `All three steps recorded: status approved. Next: qms publish ${quote(shown)} --effective <YYYY-MM-DD>`))
        : tr(language, bi(`Tiếp theo: qms approve ${quote(shown)} --step ${nextStep} --name … --title …`, `Next: qms approve ${quote(shown)} --step ${nextStep} --name … --title …`)),
    ],
  };
}
