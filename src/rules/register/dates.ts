/** Rule register/dates: signed ≤ effective < expired, and an entry acts only on legal documents signed no later than it. */
import { RELATION_FIELDS } from '../../document/read-legal.js';
import { ruleMeta, type Rule } from '../rule.js';

/** Register dates are consistent in themselves and with the relations. */
export const registerDates: Rule = {
  meta: ruleMeta({
    id: 'register/dates',
    severity: 'error',
    isoClause: '7.5.3.2 (documents of external origin)',
    outOfScope: 'nothing',
    reportsOn: 'register',
  }),
  checkRepository({ repository, report }) {
    for (const entry of repository.legal) {
      const { signed, effective, expired } = entry;
      if (signed && effective && effective.value < signed.value) {
        report({ file: entry.file, position: effective.position, messageId: 'register/dates.effective-before-signed', data: { effective: effective.value, signed: signed.value } });
      }
      if (expired && effective && expired.value <= effective.value) {
        report({ file: entry.file, position: expired.position, messageId: 'register/dates.expired-not-after', data: { expired: expired.value, effective: effective.value } });
      }
      for (const field of RELATION_FIELDS) {
        for (const relation of entry[field]) {
          const target = repository.register.get(relation.key);
          if (!target || target === entry || !signed || !target.signed) continue;
          if (target.signed.value > signed.value) {
            report({ file: entry.file, position: relation.position, messageId: 'register/dates.acts-on-newer', data: { relation: field, target: relation.id, targetSigned: target.signed.value, signed: signed.value } });
          }
        }
      }
    }
  },
};
