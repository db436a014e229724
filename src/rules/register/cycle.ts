/** Rule register/cycle: the amends, replaces and repeals relations of the legal register form no cycle. */
import type { LegalEntry } from '../../model/document.js';
import { ruleMeta, type Rule } from '../rule.js';

/** A document cannot, through a chain of relations, amend, replace or repeal itself. */
export const registerCycle: Rule = {
  meta: ruleMeta({
    id: 'register/cycle',
    severity: 'error',
    isoClause: '7.5.3.2 (documents of external origin)',
    outOfScope: 'nothing',
    reportsOn: 'register',
  }),
  checkRepository({ repository, report }) {
    const { register } = repository;
    const next = (entry: LegalEntry): LegalEntry[] =>
      [...entry.amends, ...entry.replaces, ...entry.repeals].map((r) => register.get(r.key)).filter((e): e is LegalEntry => e !== undefined && e !== entry);
    const state = new Map<LegalEntry, 'open' | 'done'>();
    const reported = new Set<LegalEntry>();
    const visit = (entry: LegalEntry, path: LegalEntry[]): void => {
      state.set(entry, 'open');
      for (const target of next(entry)) {
        const mark = state.get(target);
        if (mark === 'open') {
          const cycle = [...path.slice(path.indexOf(target)), entry, target];
          if (!reported.has(target) && entry.id) {
            reported.add(target);
            report({ file: entry.file, position: entry.id.position, messageId: 'register/cycle', data: { cycle: cycle.map((e) => e.id?.value ?? e.file) } });
          }
        } else if (mark === undefined) {
          visit(target, [...path, entry]);
        }
      }
      state.set(entry, 'done');
    };
    for (const entry of repository.legal) if (!state.has(entry)) visit(entry, []);
  },
};
