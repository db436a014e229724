/** Rule status/lifecycle: the status agrees with the record (effective: approved and dated; obsolete: a date and a reason). */
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';

/** Status values agree with the rest of the record. */
export const statusLifecycle: Rule = {
  meta: ruleMeta({
    id: 'status/lifecycle',
    description: 'The status agrees with the record: effective documents are approved and dated; obsolete ones carry a date and a reason.',
    severity: 'error',
    isoClause: '7.5.3.2 d',
  }),
  checkDocuments({ repository, report }) {
    for (const document of readable(repository)) {
      const status = document.status;
      if (!status) continue;
      const where = { file: document.file, position: status.position };
      if (status.value === 'effective') {
        // A malformed date is frontmatter/schema's; only an absent one is reported here.
        // A date still to come is a scheduled issue (qms publish --effective <later>), not a mistake.
        if (isBlank(document.frontMatter?.data.effective)) report({ ...where, message: 'an effective document needs its effective date: add effective: YYYY-MM-DD' });
        if (!document.approval.approved) report({ ...where, message: 'an effective document needs a recorded approval (approval.approved)' });
      }
      if (status.value === 'obsolete') {
        if (!document.obsolete?.date || !document.obsolete.reason) {
          report({ ...where, message: 'an obsolete document needs obsolete: { date: YYYY-MM-DD, reason: … } so it is identified as withdrawn' });
        }
      } else if (document.obsolete) {
        report({ ...where, position: document.obsolete.position, message: `the document has an obsolete record but its status is ${status.value}: set status: obsolete or remove the record` });
      }
    }
  },
};

function isBlank(value: unknown): boolean {
  return value === undefined || value === null;
}
