/** Rule change/deleted: a controlled document is not deleted since the base, but kept and marked obsolete. */
import { ruleMeta, type Rule } from '../rule.js';

/** Controlled documents are withdrawn by marking them obsolete, never by deleting them. */
export const changeDeleted: Rule = {
  meta: ruleMeta({
    id: 'change/deleted',
    severity: 'error',
    isoClause: '7.5.3.2 d',
    comparesWithBase: true,
    outOfScope: 'nothing',
  }),
  checkRepository({ repository, report }) {
    for (const change of repository.change?.documents ?? []) {
      if (change.status !== 'deleted') continue;
      const code = change.baseDocument?.code?.value;
      report({
        file: change.baseFile,
        position: { line: 1, column: 1 },
        ...(code === undefined ? { messageId: 'change/deleted.no-code' as const, data: {} } : { messageId: 'change/deleted' as const, data: { code } }),
      });
    }
  },
};
