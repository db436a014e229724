/** Rule frontmatter/parse: reports the reading problems of documents and register entries (missing, unclosed or invalid front matter). */
import { ruleMeta, type Rule } from '../rule.js';

/** Front matter that cannot be read at all: missing, unterminated, invalid YAML, not YAML. */
export const frontmatterParse: Rule = {
  meta: ruleMeta({
    id: 'frontmatter/parse',
    severity: 'error',
    isoClause: '7.5.2',
    outOfScope: 'nothing',
    reportsOn: 'register',
  }),
  checkDocuments({ repository, report }) {
    for (const document of repository.documents) {
      for (const problem of document.problems) report({ ...problem, file: document.file });
    }
  },
  checkRepository({ repository, report }) {
    for (const entry of repository.legal) {
      for (const problem of entry.problems) report({ ...problem, file: entry.file });
    }
  },
};
