/** Rule tthc/unknown: a procedure's `tthc` codes have records in the TTHC folder (once the repository keeps any). */
import { readable } from '../../model/documents.js';
import { NearIndex } from '../../lookup/near.js';
import { ruleMeta, type Rule } from '../rule.js';

/**
 * Every TTHC code a document names in `tthc` has a record. A repository that keeps no records at
 * all has not taken TTHC records up yet, and is not told about each code.
 */
export const tthcUnknown: Rule = {
  meta: ruleMeta({
    id: 'tthc/unknown',
    severity: 'error',
    isoClause: '7.5.3.2; QĐ 19/2014/QĐ-TTg Điều 3',
    outOfScope: 'nothing',
  }),
  checkRepository({ repository, report, reports }) {
    const { register } = repository;
    // Through the register, not its catalogue: with the cache's index, only the records named are read.
    if (register.tthcCount() === 0) return;
    // An index, not every code compared with every unknown one (a repository may write thousands of codes as numbers).
    let hints: NearIndex | undefined;
    for (const document of readable(repository)) {
      if (reports?.(document.file) === false) continue;
      for (const { value: code, position } of document.tthc ?? []) {
        if (register.tthcRecord(code)) continue;
        hints ??= new NearIndex(register.tthcCodes(), (known) => known.toLowerCase());
        const hint = hints.closest(code, Math.max(2, Math.floor(code.length / 3)));
        report({
          file: document.file,
          position,
          messageId: 'tthc/unknown',
          data: { code, folder: repository.config.tthc.folder, hint: hint ?? '' },
        });
      }
    }
  },
};
