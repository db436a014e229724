/**
 * `qms review <code> --by … --title … [--outcome no-change|revise]`: records a periodic review of a
 * document in use (ISO 9001:2015 7.5.2 c, 9.3): `last_review` and a row in `reviews`, which
 * satisfies review/overdue. A review concluding that the document must change says so and names the
 * `qms revise` to run.
 */
import { renderChange } from './apply.js';
import { findDocument } from './find.js';
import { editFields, putRootScalar } from './frontmatter.js';
import { quote } from './new.js';
import type { Outcome } from './apply.js';
import { refuse } from '../util/errors.js';

import { parseDateOption, textOption } from '../i18n/option-values.js';
import { revisionInForce } from '../model/documents.js';
import type { Workspace } from '../workspace/open.js';
import { both, t } from '../i18n/messages/index.js';

export const REVIEW_OUTCOMES = ['no-change', 'revise'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export interface ReviewOptions {
  by?: string;
  title?: string;
  outcome?: string;
  note?: string;
  date?: string;
}

/** Top-level keys before which a new `last_review` goes. */
const LAST_REVIEW_BEFORE = ['obsolete'];

export function planReview(session: Workspace, code: string, options: ReviewOptions): Outcome {
  const { language } = session;
  const by = textOption(options.by, '--by', language);
  const title = textOption(options.title, '--title', language);
  const outcome = outcomeOption(options.outcome, language);
  const date = parseDateOption(options.date, '--date', language, session.today);
  const { document, text } = findDocument(session, code, language);
  const shown = document.code!.value;
  if (document.status?.value === 'obsolete') refuse(language, 'obsolete', both('review.obsolete-withdrawn-document-reviewed', { shown }), { code: shown });
  // The current revision once in effect, or an earlier one while the next is drafted.
  if (revisionInForce(document, date) === null) {
    refuse(
      language,
      'not-in-use',
      both('review.has-no-revision-force', { date, shown }),
      { code: shown, date },
    );
  }
  const last = [document.lastReview?.value, document.approval.approved?.date].filter((d): d is string => d !== undefined).sort().at(-1);
  if (last !== undefined && date < last) {
    refuse(language, 'date-order', both('review.review-date-before-last', { last, date }), { date, last });
  }
  const row = { date, by, title, outcome, ...(options.note !== undefined ? { note: textOption(options.note, '--note', language) } : {}) };
  const withRow = editFields(text, [{ op: 'append', path: ['reviews'], item: row }], language);
  const change = renderChange(session, document.file, text, putRootScalar(withRow, 'last_review', date, language, LAST_REVIEW_BEFORE));
  const next =
    outcome === 'revise'
      ? [t(language, 'review.outcome-must-change-next', { shownQuote: quote(shown) })]
      : [t(language, 'review.outcome-no-change-needed', {})];
  return {
    change,
    result: { file: document.file, code: shown, date, by, title, outcome },
    lines: [t(language, 'review.review-recorded', { title, by, date, shown }), ...next],
  };
}

function outcomeOption(value: string | undefined, language: 'vi' | 'en'): ReviewOutcome {
  if (value === undefined) return 'no-change';
  if ((REVIEW_OUTCOMES as readonly string[]).includes(value)) return value as ReviewOutcome;
  return refuse(language, 'usage', both('review.outcome-takes-no-change', { value }));
}
