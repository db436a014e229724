/** Rule register/id: a register id is a plausible document number (61/2018/NĐ-CP, 45/2013/QH13, 101/QĐ-BKHCN); standards are exempt. */
import { isNumberedId, parseNumberedId } from '../../legal/key.js';
import { ruleMeta, type Rule } from '../rule.js';

/** Kinds whose ids are not numbered like legal documents (standards are named). */
const NAMED_KINDS = /^(tiêu chuẩn|tcvn|iso|standard)/i;

/** Register ids are numbers people and the recognizer can cite. */
export const registerId: Rule = {
  meta: ruleMeta({
    id: 'register/id',
    severity: 'error',
    isoClause: '7.5.3.2 (documents of external origin)',
    outOfScope: 'nothing',
    reportsOn: 'register',
  }),
  checkRepository({ repository, report }) {
    for (const entry of repository.legal) {
      if (!entry.id) continue;
      const id = entry.id.value;
      if (NAMED_KINDS.test(entry.docKind?.normalize('NFC') ?? '')) continue;
      const parsed = parseNumberedId(id);
      // Real symbols have at most a handful of groups of a few letters (TTLT-VKSNDTC-BCA-BQP).
      if (parsed && (id.length > 80 || parsed.symbol.split('-').some((group) => group.length > 16))) {
        report({ file: entry.file, position: entry.id.position, messageId: 'register/id.implausible', data: { id: id.length > 60 ? `${id.slice(0, 60)}…` : id } });
        continue;
      }
      if (!isNumberedId(id)) {
        report({ file: entry.file, position: entry.id.position, messageId: 'register/id.not-number', data: { id } });
      }
    }
  },
};
