/** Rule approval/role: the reviewer and approver hold titles the config allows for the document's type. */
import { ruleMeta, type Rule } from '../rule.js';
import { readable, sameName, typeOf } from '../../model/documents.js';

/** Reviewers and approvers hold a title the config allows for the document type. */
export const approvalRole: Rule = {
  meta: ruleMeta({
    id: 'approval/role',
    severity: 'error',
    isoClause: '5.3, 7.5.2 c',
  }),
  checkDocuments({ repository, report }) {
    for (const document of readable(repository)) {
      const type = typeOf(document, repository);
      if (!type) continue;
      const checks = [
        { step: 'reviewed', allowed: type.reviewers, record: document.approval.reviewed, key: 'reviewers' },
        { step: 'approved', allowed: type.approvers, record: document.approval.approved, key: 'approvers' },
      ] as const;
      for (const { step, allowed, record, key } of checks) {
        if (!record?.title || allowed.length === 0) continue;
        if (!allowed.some((title) => sameName(title, record.title!))) {
          report({
            file: document.file,
            position: record.position,
            messageId: 'approval/role',
            data: { step, title: record.title, type: document.type!.value, allowed: [...allowed], key },
          });
        }
      }
    }
  },
};
