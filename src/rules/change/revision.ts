/** Rule change/revision: a document changed since the base is at the base revision + 1 with a history row; a new one starts at 1. */
import { comparedDocuments, substanceChanged } from '../../change/compare.js';
import { ruleMeta, type Rule } from '../rule.js';

/** A changed document is re-revised: revision + 1 and a history row; a new one starts at 1. */
export const changeRevision: Rule = {
  meta: ruleMeta({
    id: 'change/revision',
    severity: 'error',
    isoClause: '7.5.3.2 c',
    comparesWithBase: true,
    outOfScope: 'nothing',
  }),
  checkRepository({ repository, report }) {
    for (const change of repository.change?.documents ?? []) {
      if (change.status !== 'added') continue;
      const head = repository.read(change.file, { citations: false });
      if (!head?.revision) continue;
      if (head.revision.value !== 1) {
        report({ file: head.file, position: head.revision.position, messageId: 'change/revision.new-start', data: { revision: head.revision.value } });
      } else if (head.history.length !== 1) {
        report({ file: head.file, position: head.revision.position, messageId: 'change/revision.new-rows', data: { rows: head.history.length } });
      }
    }
    for (const { base, head } of comparedDocuments(repository)) {
      const from = base.revision?.value;
      const to = head.revision?.value;
      if (from === undefined || to === undefined) continue;
      const where = { file: head.file, position: head.revision!.position };
      const changed = substanceChanged(base, head);
      if (to < from) report({ ...where, messageId: 'change/revision.down', data: { from, to } });
      else if (to > from + 1) report({ ...where, messageId: 'change/revision.jump', data: { from, to, next: from + 1 } });
      else if (changed && to === from) report({ ...where, messageId: 'change/revision.unchanged', data: { from, next: from + 1, code: head.code?.value ?? head.file } });
      else if (to === from + 1 && !head.history.some((row) => row.revision === to)) report({ ...where, messageId: 'change/revision.no-row', data: { to } });
      else if (!changed && to === from + 1) report({ ...where, severity: 'warning', messageId: 'change/revision.editorial', data: { to } });
    }
  },
};
