/** Rule approval/self: the preparer does not also approve the document (unless approval.allow_self_approval). */
import { ruleMeta, type Rule } from '../rule.js';
import { readable, sameName } from '../../model/documents.js';

/** The person who prepared a document does not approve it. */
export const approvalSelf: Rule = {
  meta: ruleMeta({
    id: 'approval/self',
    severity: 'error',
    isoClause: '7.5.2 c',
  }),
  checkDocuments({ repository, report }) {
    if (repository.config.approval.allow_self_approval) return;
    for (const document of readable(repository)) {
      const { prepared, approved } = document.approval;
      if (prepared?.name && approved?.name && sameName(prepared.name, approved.name)) {
        report({ file: document.file, position: approved.position, messageId: 'approval/self', data: { name: approved.name } });
      }
    }
  },
};
