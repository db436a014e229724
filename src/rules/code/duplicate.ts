/** Rule code/duplicate: no two documents carry the same code. */
import { ruleMeta, type Rule } from '../rule.js';

/** Each code identifies exactly one document. */
export const codeDuplicate: Rule = {
  meta: ruleMeta({
    id: 'code/duplicate',
    severity: 'error',
    isoClause: '7.5.2 a',
    outOfScope: 'front-matter',
  }),
  checkRepository({ repository, report }) {
    for (const [code, documents] of repository.byCode) {
      if (documents.length < 2) continue;
      for (const document of documents) {
        const others = documents.filter((d) => d !== document).map((d) => d.file);
        report({ file: document.file, position: document.code!.position, messageId: 'code/duplicate', data: { code, others } });
      }
    }
  },
};
