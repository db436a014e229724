/**
 * `qms publish <code> --effective <date>`: an approved document comes into force. Refused when a
 * step is missing, when the content no longer matches the fingerprint recorded at approval, or when
 * the date would break the record (before the approval or the last history row). A date still to
 * come is a scheduled issue: the document is issued now and takes effect on that day.
 */
import { renderChange } from './apply.js';
import { findDocument } from './find.js';
import { editFields, putRootScalar } from './frontmatter.js';
import { STEPS } from './messages.js';
import { refuse } from '../util/errors.js';
import { quote } from './new.js';
import type { Outcome } from './apply.js';
import { parseDateOption } from '../i18n/option-values.js';
import type { Workspace } from '../workspace/open.js';
import { both, t } from '../i18n/messages/index.js';

export interface PublishOptions {
  effective?: string;
}

/** Top-level keys before which a new `effective` goes (so it sits near `status`). */
const EFFECTIVE_BEFORE = ['owner', 'approval', 'legal_basis', 'references', 'tthc', 'history', 'last_review', 'obsolete'];

export function planPublish(session: Workspace, code: string, options: PublishOptions): Outcome {
  const { language } = session;
  if (options.effective === undefined) refuse(language, 'usage', both('publish.effective-yyyy-mm-dd', {}));
  const effective = parseDateOption(options.effective, '--effective', language, session.today);
  const { document, text } = findDocument(session, code, language);
  const shown = document.code!.value;
  const status = document.status?.value;
  if (status === 'obsolete') refuse(language, 'obsolete', both('publish.obsolete-published-again', { shown }), { code: shown });
  if (status === 'effective') {
    refuse(language, 'effective', both('publish.already-effective-since', { value: document.effective?.value ?? '?', shown }), { code: shown });
  }
  const missing = STEPS.filter((s) => {
    const record = document.approval[s];
    return !record || !record.name || !record.title || !record.date;
  });
  if (missing.length > 0) {
    refuse(
      language,
      'step-missing',
      both('publish.lacks-step-name-title', { shown, missing: [...missing], shownQuote: quote(shown) }),
      { code: shown, missing },
    );
  }
  if (status !== 'approved') {
    refuse(language, 'not-approved', both('publish.approved-record-approval-approve', { shown, status: status ?? '' }), { code: shown, status });
  }
  const approved = document.approval.approved!;
  const recorded = approved.fingerprint?.trim().toLowerCase();
  if (!recorded) {
    refuse(
      language,
      'fingerprint',
      both('publish.has-no-content-fingerprint', { shown }),
      { code: shown },
    );
  }
  if (recorded !== document.fingerprint) {
    refuse(
      language,
      'fingerprint',
      both('publish.content-changed-after-approval', { shown, actual: document.fingerprint.slice(0, 19), recorded: recorded.slice(0, 19) }),
      { code: shown, recorded, actual: document.fingerprint },
    );
  }
  if (effective < approved.date!) {
    refuse(language, 'date-order', both('publish.effective-date-before-approval', { date: approved.date!, effective }), { effective, approved: approved.date });
  }
  const lastHistory = document.history.map((row) => row.date).filter((d): d is string => d !== undefined).sort().at(-1);
  if (lastHistory !== undefined && effective < lastHistory) {
    refuse(language, 'date-order', both('publish.effective-date-before-last', { lastHistory, effective }), { effective, history: lastHistory });
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
        ? t(language, 'publish.revision-issued-takes-effect', { shown, revision: String(revision ?? '?'), effective, file: document.file })
        : t(language, 'publish.revision-effective-from', { shown, revision: String(revision ?? '?'), effective, file: document.file }),
    ],
  };
}
