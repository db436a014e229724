/** Rule register/duplicate: one register entry per legal document, and each alias names one document. */
import { ruleMeta, type Rule } from '../rule.js';
import { foldPlain } from '../../legal/fold.js';

/** One entry per legal document, and each alias names one document. */
export const registerDuplicate: Rule = {
  meta: ruleMeta({
    id: 'register/duplicate',
    description: 'Each legal document has one register entry, and each alias names one document.',
    severity: 'error',
    isoClause: '7.5.3.2 (documents of external origin)',
  }),
  checkRepository({ repository, report }) {
    const byKey = new Map<string, string>();
    const byAlias = new Map<string, string>();
    for (const entry of repository.legal) {
      if (!entry.key || !entry.id) continue;
      const first = byKey.get(entry.key);
      if (first) report({ file: entry.file, position: entry.id.position, messageId: 'register/duplicate.id', data: { id: entry.id.value, first } });
      else byKey.set(entry.key, entry.file);
      for (const alias of entry.aliases) {
        // Compared as citations are matched: without case or diacritics.
        const key = foldPlain(alias);
        const owner = byAlias.get(key);
        if (owner && owner !== entry.file) report({ file: entry.file, position: entry.id.position, messageId: 'register/duplicate.alias', data: { alias, owner } });
        else byAlias.set(key, entry.file);
      }
    }
  },
};
