/** Rule register/target: every amends, replaces, repeals and guides target is another entry of the register. */
import { RELATION_FIELDS } from '../../document/read-legal.js';
import { ruleMeta, type Rule } from '../rule.js';

/** Relations point at registered documents other than the entry itself. */
export const registerTarget: Rule = {
  meta: ruleMeta({
    id: 'register/target',
    severity: 'error',
    isoClause: '7.5.3.2 (documents of external origin)',
    outOfScope: 'nothing',
    reportsOn: 'register',
  }),
  checkRepository({ repository, report }) {
    for (const entry of repository.legal) {
      for (const field of RELATION_FIELDS) {
        for (const relation of entry[field]) {
          if (relation.key && relation.key === entry.key) {
            report({ file: entry.file, position: relation.position, messageId: 'register/target.self', data: { id: entry.id?.value ?? entry.file, relation: field } });
          } else if (!repository.register.get(relation.key)) {
            report({ file: entry.file, position: relation.position, messageId: 'register/target.missing', data: { relation: field, target: relation.id } });
          }
        }
      }
    }
  },
};
