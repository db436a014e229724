/** Rule tthc/schema: a TTHC record (tthc/<code>.md) can be read, has the fields docs/tthc.md asks for, is named after its code and is the only record of it. */
import { ruleMeta, type Rule } from '../rule.js';

// The shape the records are checked against as they are read (document/read-tthc.ts).
export { TTHC_SHAPE } from '../../model/tthc-shape.js';

/** TTHC records are readable, well formed, named `<code>.md` and unique by code. */
export const tthcSchema: Rule = {
  meta: ruleMeta({
    id: 'tthc/schema',
    severity: 'error',
    isoClause: '7.5.3.2 (documents of external origin); Nghị định 63/2010/NĐ-CP Điều 8',
    outOfScope: 'nothing',
    reportsOn: 'register',
  }),
  checkRepository({ repository, report }) {
    const catalogue = repository.register.tthc;
    for (const record of catalogue.records) {
      for (const problem of record.problems) report({ ...problem, file: record.file });
      for (const problem of record.shapeProblems) report({ ...problem, file: record.file, ...(problem.mild ? { severity: 'warning' as const } : {}) });
      const code = record.code;
      if (!code) continue;
      const name = record.file.slice(record.file.lastIndexOf('/') + 1).replace(/\.md$/i, '');
      if (name.normalize('NFC') !== code.value.normalize('NFC')) report({ file: record.file, position: code.position, messageId: 'tthc/schema.file-name', data: { code: code.value, name } });
      const first = catalogue.get(code.value);
      if (first && first !== record) report({ file: record.file, position: code.position, messageId: 'tthc/schema.duplicate', data: { code: code.value, first: first.file } });
    }
  },
};
