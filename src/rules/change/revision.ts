/** Rule change/revision: a document changed since the base is at the base revision + 1 with a history row; a new one starts at 1. */
import { comparedDocuments, substanceChanged } from '../../change/compare.js';
import { ruleMeta, type Rule } from '../rule.js';

/** A changed document is re-revised: revision + 1 and a history row; a new one starts at 1. */
export const changeRevision: Rule = {
  meta: ruleMeta({
    id: 'change/revision',
    description: 'A document whose substance changed since the base is at the base revision + 1 with a history row for it; a new document starts at revision 1 with one row.',
    severity: 'error',
    isoClause: '7.5.3.2 c',
  }),
  checkRepository({ repository, report }) {
    for (const change of repository.change?.documents ?? []) {
      if (change.status !== 'added') continue;
      const head = repository.read(change.file);
      if (!head?.revision) continue;
      if (head.revision.value !== 1) {
        report({ file: head.file, position: head.revision.position, message: `a new document starts at revision 1, not ${head.revision.value}` });
      } else if (head.history.length !== 1) {
        report({ file: head.file, position: head.revision.position, message: `a new document has exactly one history row (revision 1), not ${head.history.length}` });
      }
    }
    for (const { base, head } of comparedDocuments(repository)) {
      const from = base.revision?.value;
      const to = head.revision?.value;
      if (from === undefined || to === undefined) continue;
      const where = { file: head.file, position: head.revision!.position };
      const changed = substanceChanged(base, head);
      if (to < from) report({ ...where, message: `revision went down from ${from} to ${to}: a revision only ever goes up by one` });
      else if (to > from + 1) report({ ...where, message: `revision jumped from ${from} to ${to}: a change is one revision, ${from + 1}` });
      else if (changed && to === from) report({ ...where, message: `the content changed since the base but the revision is still ${from}: make it ${from + 1} and add a history row saying what changed` });
      else if (to === from + 1 && !head.history.some((row) => row.revision === to)) report({ ...where, message: `revision ${to} has no history row: add one saying what changed` });
      else if (!changed && to === from + 1) report({ ...where, severity: 'warning', message: `the revision went up to ${to} but the content did not change since the base (only editorial fields did)` });
    }
  },
};
