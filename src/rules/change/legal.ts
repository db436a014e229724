/** Rule change/legal: a register entry changed since the base is reported on each document citing it that has not followed it yet. */
import { changedLegalImpacts } from '../../change/legal-impact.js';
import { ruleMeta, type Rule } from '../rule.js';

/** A change to the legal register shows on the documents it affects. */
export const changeLegal: Rule = {
  meta: ruleMeta({
    id: 'change/legal',
    severity: 'warning',
    isoClause: '7.5.3.2; QĐ 19/2014/QĐ-TTg Điều 4',
    comparesWithBase: true,
    outOfScope: 'nothing',
  }),
  checkRepository({ repository, report }) {
    for (const { file, entry, open } of changedLegalImpacts(repository)) {
      for (const affected of open) {
        const first = affected.citations[0];
        if (!first) continue;
        report({
          file: affected.file,
          position: { line: first.line, column: first.column },
          messageId: 'change/legal',
          data: { entry: file, cited: affected.cited, relation: affected.relation, by: affected.by, ...(affected.due ? { due: affected.due } : {}), id: entry.id?.value ?? entry.key },
        });
      }
    }
  },
};
