/** Rule status/orphan: a form or document named after another (BM-01/QT-VP-01) is withdrawn when that one is. */
import { codeKey, namedAfter, readable } from '../../model/documents.js';
import { ruleMeta, type Rule } from '../rule.js';

/** A document named after an obsolete one is obsolete too. */
export const statusOrphan: Rule = {
  meta: ruleMeta({
    id: 'status/orphan',
    severity: 'error',
    isoClause: '7.5.3.2 d',
    outOfScope: 'front-matter',
  }),
  checkRepository({ repository, report }) {
    for (const document of readable(repository)) {
      const code = document.code?.value;
      const parentCode = code === undefined ? undefined : namedAfter(code);
      if (code === undefined || parentCode === undefined || document.status?.value === 'obsolete') continue;
      const parents = repository.byCode.get(codeKey(parentCode)) ?? [];
      // Only a parent that exists and is withdrawn everywhere: an unknown one is ref/unknown's business.
      if (parents.length === 0 || parents.some((parent) => parent.status?.value !== 'obsolete')) continue;
      const since = parents[0]!.obsolete?.date;
      report({
        file: document.file,
        position: document.code!.position,
        messageId: 'status/orphan',
        data: { code, parent: parentCode, since: since ?? '' },
      });
    }
  },
};
