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
import { refuse } from '../util/errors.js';
import { quote } from './new.js';
import type { Outcome } from './apply.js';
import { parseDateOption, textOption } from '../i18n/option-values.js';
import type { Workspace } from '../workspace/open.js';
import { both, t as msg } from '../i18n/messages/index.js';

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
    refuse(language, 'usage', both('approve.step-takes-prepared-reviewed', { value: options.step ?? '' }));
  }
  const name = textOption(options.name, '--name', language);
  const title = textOption(options.title, '--title', language);
  const date = parseDateOption(options.date, '--date', language, session.today);
  const { document, text } = findDocument(session, code, language);
  const shown = document.code!.value;
  const status = document.status?.value;
  if (status === 'obsolete') {
    refuse(language, 'obsolete', both('approve.obsolete-obsolete-document-approved', { shown }), { code: shown });
  }
  if (status === 'effective') {
    refuse(
      language,
      'effective',
      both('approve.effective-change-start-new', { shownQuote: quote(shown), shown }),
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
      both('approve.already-records-step-step', { step, names, shown }),
      { code: shown, step, later },
    );
  }
  const previousStep = index > 0 ? STEPS[index - 1] : undefined;
  const previous: ApprovalStep | undefined = previousStep ? document.approval[previousStep] : undefined;
  if (previousStep && !previous) {
    refuse(
      language,
      'step-order',
      both('approve.has-no-step-yet', { previousStep, shownQuote: quote(shown), shown }),
      { code: shown, step, missing: previousStep },
    );
  }
  if (previousStep && previous) {
    if (previous.date === undefined) {
      refuse(language, 'step-order', both('approve.approval-has-no-valid', { shown, previousStep }), { code: shown, step });
    }
    if (date < previous.date) {
      refuse(
        language,
        'date-order',
        both('approve.before-order-prepared-reviewed', { date: previous.date, previousStep, date2: date, step }),
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
      both('approve.before-revision-s-history', { step, date, revision: revisionRow.revision!, revisionDate: revisionRow.date }),
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
        both('approve.title-may-allowed-are', { title, step, type: typeName!, allowed, key }),
        { code: shown, step, title, allowed },
      );
    }
  }
  const preparer = document.approval.prepared?.name;
  if (step === 'approved' && preparer && sameName(preparer, name) && !config.approval.allow_self_approval && config.rules['approval/self'] !== 'off') {
    refuse(
      language,
      'self-approval',
      both('approve.prepared-so-may-approve', { shown, name }),
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
    if (!computed.ok) refuse(language, 'front-matter', { vi: msg('vi', 'approve.cannot-compute-fingerprint', { reason: computed.message.vi }), en: msg('en', 'approve.cannot-compute-fingerprint', { reason: computed.message.en }) });
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
      msg(language, 'approve.revision-recorded-step', { code: shown, revision: String(revision ?? '?'), step, name, title, date }),
      ...(staleEffective !== null
        ? [msg(language, 'approve.removed-old-effective-date', { staleEffective })]
        : []),
      ...(fingerprint ? [msg(language, 'approve.content-fingerprint', { fingerprint })] : []),
      complete
        ? msg(language, 'approve.all-three-steps-recorded', { shownQuote: quote(shown) })
        : msg(language, 'approve.next-approve-step-name', { nextStep: nextStep!, shownQuote: quote(shown) }),
    ],
  };
}
