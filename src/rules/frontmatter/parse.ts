import { ruleMeta, type Rule } from '../types.js';

/** Front matter that cannot be read at all: missing, unterminated, invalid YAML, not YAML. */
export const frontmatterParse: Rule = {
  meta: ruleMeta({
    id: 'frontmatter/parse',
    description: 'Every controlled document and register entry starts with readable YAML front matter.',
    severity: 'error',
    isoClause: '7.5.2',
  }),
  check({ repository, report }) {
    for (const file of [...repository.documents, ...repository.legal]) {
      for (const problem of file.problems) report({ file: file.file, position: problem.position, message: problem.message });
    }
  },
};
