/** Rule status/lifecycle: the status agrees with the record (effective: approved and dated; obsolete: a date and a reason). */
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';

/** Status values agree with the rest of the record. */
export const statusLifecycle: Rule = {
  meta: ruleMeta({
    id: 'status/lifecycle',
    severity: 'error',
    isoClause: '7.5.3.2 d',
  }),
  checkDocuments({ repository, report }) {
    for (const document of readable(repository)) {
      const status = document.status;
      if (!status) continue;
      const where = { file: document.file, position: status.position };
      const code = document.code?.value ?? document.file;
      if (status.value === 'effective') {
        // A malformed date is frontmatter/schema's; only an absent one is reported here.
        // A date still to come is a scheduled issue (qms publish --effective <later>), not a mistake.
        if (isBlank(document.frontMatter?.data.effective)) report({ ...where, messageId: 'status/lifecycle.no-effective-date', data: { code } });
        if (!document.approval.approved) report({ ...where, messageId: 'status/lifecycle.no-approval', data: { code } });
      }
      if (status.value === 'obsolete') {
        if (!document.obsolete?.date || !document.obsolete.reason) {
          report({ ...where, messageId: 'status/lifecycle.no-obsolete-record', data: { code } });
        }
      } else if (document.obsolete) {
        report({ ...where, position: document.obsolete.position, messageId: 'status/lifecycle.stray-obsolete-record', data: { status: status.value, code } });
      }
    }
  },
};

function isBlank(value: unknown): boolean {
  return value === undefined || value === null;
}
