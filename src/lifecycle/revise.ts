/**
 * `qms revise <code>`: a new revision — revision + 1, a history row (with the legal document that
 * triggered it), status draft, the review and approval of the previous revision removed (the
 * preparer stays), the effective date removed until the new revision is published.
 */
import type { FrontMatterEdit } from '../yaml-edit/frontmatter-edit.js';
import { requireLegalEntry } from '../lookup/legal.js';
import type { Register } from '../model/register.js';
import { renderChange } from './apply.js';
import { findDocument } from './find.js';
import { editFields, frontMatterData, keyIn } from './frontmatter.js';
import { refuse } from '../util/errors.js';
import { type Language } from '../i18n/language.js';
import { quote } from './new.js';
import type { Outcome } from './apply.js';
import { parseDateOption, textOption } from '../i18n/option-values.js';
import type { Workspace } from '../workspace/open.js';
import { both, t } from '../i18n/messages/index.js';

export interface ReviseOptions {
  summary?: string;
  trigger?: string;
  date?: string;
}

export function planRevise(session: Workspace, code: string, options: ReviseOptions): Outcome {
  const { language, repository } = session;
  const { document, text } = findDocument(session, code, language);
  const shown = document.code!.value;
  const status = document.status?.value;
  if (status === 'obsolete') {
    refuse(language, 'obsolete', both('revise.obsolete-obsolete-document-revised', { shown }), { code: shown });
  }
  const from = document.revision?.value;
  if (from === undefined || !Number.isInteger(from) || from < 1) {
    refuse(language, 'revision', both('revise.has-no-valid-revision', { shown }), { code: shown });
  }
  const summary = textOption(options.summary, '--summary', language);
  const trigger = options.trigger === undefined ? undefined : resolveTrigger(repository.register, options.trigger, language);
  const date = parseDateOption(options.date, '--date', language, session.today);
  const lastDate = document.history.map((row) => row.date).filter((d): d is string => d !== undefined).sort().at(-1);
  if (lastDate !== undefined && date < lastDate) {
    refuse(
      language,
      'date-order',
      both('revise.date-earlier-than-last', { lastDate, date }),
      { date, last: lastDate },
    );
  }

  const to = from + 1;
  const data = frontMatterData(text, language);
  const approval = data[keyIn(data, 'approval') ?? 'approval'];
  const has = (key: string): boolean => typeof approval === 'object' && approval !== null && keyIn(approval as Record<string, unknown>, key) !== undefined;
  const removed = [...(has('reviewed') ? ['approval.reviewed'] : []), ...(has('approved') ? ['approval.approved'] : []), ...(keyIn(data, 'effective') !== undefined ? ['effective'] : [])];
  // The revision in force stays known while the next one is drafted: its effective date moves to its
  // history row (where qms publish records it) before the document's own date is removed.
  const currentRow = document.history.findIndex((row) => row.revision === from);
  const keepEffective: FrontMatterEdit[] =
    status === 'effective' && document.effective && currentRow >= 0 && document.history[currentRow]!.effective === undefined
      ? [{ op: 'set', path: ['history', currentRow, 'effective'], value: document.effective.value }]
      : [];
  const edits: FrontMatterEdit[] = [
    ...keepEffective,
    { op: 'set', path: ['revision'], value: to },
    { op: 'append', path: ['history'], item: { revision: to, date, summary, ...(trigger !== undefined ? { trigger } : {}) } },
    { op: 'set', path: ['status'], value: 'draft' },
    { op: 'delete', path: ['approval', 'approved'] },
    { op: 'delete', path: ['approval', 'reviewed'] },
    { op: 'delete', path: ['effective'] },
  ];
  const change = renderChange(session, document.file, text, editFields(text, edits, language));
  return {
    change,
    result: { file: document.file, code: shown, fromRevision: from, revision: to, status: 'draft', date, summary, trigger: trigger ?? null, removed },
    lines: [
      t(language, 'revise.revision-status-draft', { file: document.file, to, from, shown }),
      t(language, 'revise.history', { date, summary, trigger: trigger ?? '' }),
      ...(removed.length > 0 ? [t(language, 'revise.removed', { valueJoin: removed.join(', ') })] : []),
      t(language, 'revise.next-revise-text-then', { shownQuote: quote(shown) }),
    ],
  };
}

/** The registered id `--trigger` names (the one legal lookup); refuses an unknown or ambiguous one. */
export function resolveTrigger(register: Register, argument: string, language: Language): string {
  const entry = requireLegalEntry(argument, register, language, { option: '--trigger' });
  return entry.id?.value ?? entry.key!;
}
