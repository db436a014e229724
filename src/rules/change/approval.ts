/** Rule change/approval: a document changed since the base and released has an approval fingerprint matching its content. */
import { comparedDocuments, substanceChanged } from '../../change/compare.js';
import { ruleMeta, type Rule } from '../rule.js';
import { isReleased } from '../../model/documents.js';

/** A document changed in this change and released carries an approval of this very content. */
export const changeApproval: Rule = {
  meta: ruleMeta({
    id: 'change/approval',
    severity: 'error',
    isoClause: '7.5.2 c',
    comparesWithBase: true,
    outOfScope: 'nothing',
  }),
  checkRepository({ repository, report }) {
    for (const { base, head } of comparedDocuments(repository)) {
      if (!isReleased(head) || !substanceChanged(base, head)) continue;
      const recorded = head.approval.approved?.fingerprint;
      if (recorded?.trim().toLowerCase() === head.fingerprint) continue;
      report({
        file: head.file,
        position: head.approval.approved?.position ?? head.status!.position,
        ...(recorded
          ? { messageId: 'change/approval.other-content' as const, data: { status: head.status!.value, code: head.code?.value ?? head.file } }
          : { messageId: 'change/approval.no-fingerprint' as const, data: { status: head.status!.value, code: head.code?.value ?? head.file, file: head.file } }),
      });
    }
  },
};
