/** Rule ref/obsolete: a document in use does not reference an obsolete document (and is told its successor). */
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';
import { resolveReferences } from './resolve.js';

/** Documents in use do not send readers to withdrawn ones. */
export const refObsolete: Rule = {
  meta: ruleMeta({
    id: 'ref/obsolete',
    severity: 'error',
    isoClause: '7.5.3.2 d',
    outOfScope: 'front-matter',
  }),
  checkRepository({ repository, report, reports }) {
    for (const document of readable(repository)) {
      if (document.status?.value === 'obsolete' || reports?.(document.file) === false) continue;
      for (const reference of resolveReferences(document, repository)) {
        // With a duplicated code (code/duplicate's finding), obsolete only when every holder is.
        const target = reference.targets[0];
        if (!target || reference.targets.includes(document) || !reference.targets.every((t) => t.status?.value === 'obsolete')) continue;
        const successor = target.obsolete?.replacedBy;
        report({
          file: document.file,
          position: reference.position,
          messageId: 'ref/obsolete',
          data: { code: reference.code, ...(target.obsolete?.date ? { since: target.obsolete.date } : {}), ...(successor ? { successor } : {}) },
        });
      }
    }
  },
};
