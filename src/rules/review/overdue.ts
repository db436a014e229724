/** Rule review/overdue: an effective document was approved or last reviewed within the configured review interval. */
import { addMonths } from '../../util/dates.js';
import { ruleMeta, type Rule } from '../rule.js';
import { readable, statusOn } from '../../model/documents.js';

/** Effective documents are reviewed at the configured interval. */
export const reviewOverdue: Rule = {
  meta: ruleMeta({
    id: 'review/overdue',
    description: 'An effective document was approved or last reviewed within the configured review interval.',
    severity: 'warning',
    isoClause: '7.5.2 c, 9.3',
  }),
  checkDocuments({ repository, report }) {
    const months = repository.config.review.interval_months;
    for (const document of readable(repository)) {
      if (statusOn(document, repository.today) !== 'effective') continue;
      const dates = [document.approval.approved?.date, document.lastReview?.value].filter((d): d is string => d !== undefined);
      if (dates.length === 0) continue;
      const last = dates.sort().at(-1)!;
      const due = addMonths(last, months);
      if (due < repository.today) {
        report({
          file: document.file,
          position: document.lastReview?.position ?? document.status!.position,
          message: `last approved or reviewed on ${last}; a review was due by ${due} (every ${months} months): review it and record last_review: ${repository.today}`,
        });
      }
    }
  },
};
