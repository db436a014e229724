import { analyzeImpact } from '../../impact/analyze.js';
import { ruleMeta, type Rule } from '../types.js';

/** A change to the legal register shows on the documents it affects. */
export const changeLegal: Rule = {
  meta: ruleMeta({
    id: 'change/legal',
    description: 'A register entry added or changed since the base is reported on every controlled document it affects that has not followed it yet.',
    severity: 'warning',
    isoClause: '7.5.3.2; QĐ 19/2014/QĐ-TTg Điều 4',
  }),
  check({ repository, report }) {
    for (const change of repository.change?.legal ?? []) {
      if (change.status === 'deleted') continue;
      const entry = repository.legal.find((l) => l.file === change.file);
      if (!entry?.key || repository.register.get(entry.key) !== entry) continue;
      const impact = analyzeImpact(repository, entry.key, entry.id?.value ?? entry.key);
      for (const affected of impact.affected) {
        if (affected.acknowledged) continue;
        const document = repository.documents.find((d) => d.file === affected.file);
        const first = affected.citations[0];
        if (!document || !first) continue;
        report({
          file: affected.file,
          position: { line: first.line, column: first.column },
          message: `the register entry ${change.file} changed: this document cites ${affected.cited}, ${affected.relation} by ${affected.by}${affected.due ? ` (update due ${affected.due})` : ''} — run qms impact ${entry.id?.value ?? entry.key}`,
        });
      }
    }
  },
};
