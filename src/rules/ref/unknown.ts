/** Rule ref/unknown: every internal code in references or the body is the code of a controlled document, with a "did you mean". */
import { CodeHints } from '../hints.js';
import { ruleMeta, type Rule } from '../rule.js';
import { readable } from '../../model/documents.js';
import { resolveReferences } from './resolve.js';

/** Codes named in references and in the body belong to documents of the repository. */
export const refUnknown: Rule = {
  meta: ruleMeta({
    id: 'ref/unknown',
    severity: 'error',
    isoClause: '7.5.3.1',
    outOfScope: 'front-matter',
  }),
  checkRepository({ repository, report, reports }) {
    const hints = new CodeHints(repository.byCode.keys());
    for (const document of readable(repository)) {
      if (reports?.(document.file) === false) continue;
      for (const reference of resolveReferences(document, repository)) {
        if (reference.targets.length > 0) continue;
        const hint = hints.closest(reference.code);
        report({ file: document.file, position: reference.position, messageId: 'ref/unknown', data: { code: reference.code, source: reference.source, ...(hint ? { hint } : {}) } });
      }
    }
  },
};
