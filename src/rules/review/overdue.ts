/** Rule review/overdue: an effective document was approved or last reviewed within the configured review interval. */
import { addMonths } from '../../util/dates.js';
import { ruleMeta, type Rule } from '../rule.js';
import { readable, revisionInForce, statusOn } from '../../model/documents.js';

/** Effective documents are reviewed at the configured interval. */
export const reviewOverdue: Rule = {
  meta: ruleMeta({
    id: 'review/overdue',
    severity: 'warning',
    isoClause: '7.5.2 c, 9.3',
  }),
  checkDocuments({ repository, report }) {
    const months = repository.config.review.interval_months;
    for (const document of readable(repository)) {
      // A document is reviewed while a revision of it is in use, also while the next one is drafted.
      const inForce = revisionInForce(document, repository.today);
      if (statusOn(document, repository.today) !== 'effective' && inForce === null) continue;
      // While the next revision is drafted, the approval of the one in force is no longer recorded: its history row dates it.
      const inForceRow = inForce && inForce.revision !== document.revision?.value ? document.history.find((row) => row.revision === inForce.revision)?.date : undefined;
      const dates = [document.approval.approved?.date, document.lastReview?.value, inForceRow].filter((d): d is string => d !== undefined);
      if (dates.length === 0) continue;
      const last = dates.sort().at(-1)!;
      const due = addMonths(last, months);
      if (due < repository.today) {
        report({
          file: document.file,
          position: document.lastReview?.position ?? document.status!.position,
          messageId: 'review/overdue',
          data: { last, due, months, code: document.code?.value ?? document.file },
        });
      }
    }
  },
};
