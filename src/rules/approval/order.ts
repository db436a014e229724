/** Rule approval/order: steps are dated in order (prepared ≤ reviewed ≤ approved ≤ effective) and no step is dated in the future. */
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';

/** Prepared, reviewed, approved and effective follow each other in time. */
export const approvalOrder: Rule = {
  meta: ruleMeta({
    id: 'approval/order',
    severity: 'error',
    isoClause: '7.5.2 c',
  }),
  checkDocuments({ repository, report }) {
    for (const document of readable(repository)) {
      const sequence = [
        { label: 'prepared', date: document.approval.prepared?.date, position: document.approval.prepared?.position },
        { label: 'reviewed', date: document.approval.reviewed?.date, position: document.approval.reviewed?.position },
        { label: 'approved', date: document.approval.approved?.date, position: document.approval.approved?.position },
        { label: 'effective', date: document.effective?.value, position: document.effective?.position },
      ].filter((s): s is { label: string; date: string; position: NonNullable<typeof s.position> } => s.date !== undefined && s.position !== undefined);
      for (const step of sequence) {
        if (step.label !== 'effective' && step.date > repository.today) {
          report({ file: document.file, position: step.position, messageId: 'approval/order.future', data: { step: step.label, date: step.date } });
        }
      }
      for (let i = 1; i < sequence.length; i++) {
        const before = sequence[i - 1]!;
        const after = sequence[i]!;
        if (after.date < before.date) {
          report({ file: document.file, position: after.position, messageId: 'approval/order.order', data: { after: after.label, afterDate: after.date, before: before.label, beforeDate: before.date } });
        }
      }
    }
  },
};
