/** Rule register/duplicate: one register entry per legal document, and each alias names one document. */
import { ruleMeta, type Rule } from '../rule.js';
import { foldPlain } from '../../legal/fold.js';

/** One entry per legal document, and each alias names one document. */
export const registerDuplicate: Rule = {
  meta: ruleMeta({
    id: 'register/duplicate',
    severity: 'error',
    isoClause: '7.5.3.2 (documents of external origin)',
    outOfScope: 'nothing',
    reportsOn: 'register',
  }),
  checkRepository({ repository, report }) {
    // Within one register: a copy in another register (legal.shared) is register/conflict's business.
    const byKey = new Map<string, string>();
    const byAlias = new Map<string, { file: string; key: string }>();
    for (const entry of repository.legal) {
      if (!entry.key || !entry.id) continue;
      const where = `${entry.register ?? ''}\0${entry.key}`;
      const first = byKey.get(where);
      if (first) report({ file: entry.file, position: entry.id.position, messageId: 'register/duplicate.id', data: { id: entry.id.value, first } });
      else byKey.set(where, entry.file);
      for (const alias of entry.aliases) {
        // Compared as citations are matched: without case or diacritics.
        const folded = foldPlain(alias);
        const owner = byAlias.get(folded);
        if (owner && owner.file !== entry.file && owner.key !== entry.key) report({ file: entry.file, position: entry.id.position, messageId: 'register/duplicate.alias', data: { alias, owner: owner.file } });
        else if (!owner) byAlias.set(folded, { file: entry.file, key: entry.key });
      }
    }
  },
};
