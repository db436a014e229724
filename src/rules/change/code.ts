/** Rule change/code: a document's code does not change between base and head (a new code is a new document). */
import { comparedDocuments } from '../../change/compare.js';
import { ruleMeta, type Rule } from '../rule.js';

/** A code names one document for life; a new code is a new document. */
export const changeCode: Rule = {
  meta: ruleMeta({
    id: 'change/code',
    severity: 'error',
    isoClause: '7.5.2 a',
    comparesWithBase: true,
    outOfScope: 'nothing',
  }),
  checkRepository({ repository, report }) {
    for (const { base, head } of comparedDocuments(repository)) {
      const from = base.code?.value;
      const to = head.code?.value;
      if (from === undefined || to === undefined || from.normalize('NFC') === to.normalize('NFC')) continue;
      report({
        file: head.file,
        position: head.code!.position,
        messageId: 'change/code',
        data: { from, to },
      });
    }
  },
};
