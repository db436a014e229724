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
import { bi, tr } from '../i18n/language.js';
import { parseDateOption, textOption } from '../i18n/option-values.js';
import { revisionInForce } from '../model/documents.js';
import type { Workspace } from '../workspace/open.js';

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
  if (document.status?.value === 'obsolete') refuse(language, 'obsolete', bi(`${shown} đã hết hiệu lực: không rà soát tài liệu đã hủy bỏ`, `${shown} is obsolete: a withdrawn document is not reviewed`), { code: shown });
  // The current revision once in effect, or an earlier one while the next is drafted.
  if (revisionInForce(document, date) === null) {
    refuse(
      language,
      'not-in-use',
      bi(`${shown} chưa có lần ban hành nào đang hiệu lực vào ngày ${date}: rà soát định kỳ dành cho tài liệu đang áp dụng`, `${shown} has no revision in force on ${date}: a periodic review is of a document in use`),
      { code: shown, date },
    );
  }
  const last = [document.lastReview?.value, document.approval.approved?.date].filter((d): d is string => d !== undefined).sort().at(-1);
  if (last !== undefined && date < last) {
    refuse(language, 'date-order', bi(`ngày rà soát ${date} sớm hơn lần phê duyệt hoặc rà soát gần nhất (${last})`, `the review date ${date} is before the last approval or review (${last})`), { date, last });
  }
  const row = { date, by, title, outcome, ...(options.note !== undefined ? { note: textOption(options.note, '--note', language) } : {}) };
  const withRow = editFields(text, [{ op: 'append', path: ['reviews'], item: row }], language);
  const change = renderChange(session, document.file, text, putRootScalar(withRow, 'last_review', date, language, LAST_REVIEW_BEFORE));
  const next =
    outcome === 'revise'
      ? [tr(language, bi(`Kết luận: cần sửa đổi. Tiếp theo: qms revise ${quote(shown)} --summary "…"`, `Outcome: it must change. Next: qms revise ${quote(shown)} --summary "…"`))]
      : [tr(language, bi('Kết luận: không cần sửa đổi.', 'Outcome: no change needed.'))];
  return {
    change,
    result: { file: document.file, code: shown, date, by, title, outcome },
    lines: [tr(language, bi(`${shown}: đã ghi rà soát ngày ${date} (${by}, ${title}).`, `${shown}: review recorded on ${date} (${by}, ${title}).`)), ...next],
  };
}

function outcomeOption(value: string | undefined, language: 'vi' | 'en'): ReviewOutcome {
  if (value === undefined) return 'no-change';
  if ((REVIEW_OUTCOMES as readonly string[]).includes(value)) return value as ReviewOutcome;
  return refuse(language, 'usage', bi(`--outcome nhận no-change hoặc revise, không phải "${value}"`, `--outcome takes no-change or revise, not "${value}"`));
}
