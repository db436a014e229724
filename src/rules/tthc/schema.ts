/** Rule tthc/schema: a TTHC record (tthc/<code>.md) can be read, has the fields docs/tthc.md asks for, is named after its code and is the only record of it. */
import { FieldReader } from '../../document/fields.js';
import { TIME_UNITS } from '../../model/tthc.js';
import { checkShape, type Shape, type ShapeProblem } from '../../util/shape.js';
import { ruleMeta, type Rule } from '../rule.js';

const text: Shape = { kind: 'string' };
const texts: Shape = { kind: 'list', of: text, orSingle: true };

/** The front matter of a TTHC record (schemas/tthc.schema.json says the same for editors). */
export const TTHC_SHAPE: Shape = {
  kind: 'record',
  fields: {
    code: { shape: text, required: true },
    name: { shape: text, required: true },
    level: { shape: text },
    field: { shape: text },
    agency: { shape: text, required: true },
    time_limit: {
      shape: { kind: 'record', fields: { value: { shape: { kind: 'integer', min: 0 }, required: true }, unit: { shape: { kind: 'enum', values: TIME_UNITS }, required: true } } },
      required: true,
    },
    fees: { shape: { kind: 'list', of: { kind: 'record', fields: { name: { shape: text, required: true }, amount: { shape: text, required: true } } } } },
    dossier: {
      shape: {
        kind: 'list',
        of: { kind: 'record', orString: true, fields: { name: { shape: text, required: true }, kind: { shape: text }, count: { shape: { kind: 'integer', min: 1 } }, form: { shape: text } } },
      },
    },
    conditions: { shape: texts },
    result: { shape: text },
    legal_basis: { shape: { kind: 'list', of: { kind: 'record', orString: true, fields: { id: { shape: text, required: true }, articles: { shape: texts } } } } },
    announced_by: { shape: { kind: 'record', fields: { id: { shape: text, required: true }, date: { shape: { kind: 'date' } } } } },
    changes: { shape: { kind: 'list', of: { kind: 'record', fields: { date: { shape: { kind: 'date' }, required: true }, summary: { shape: text, required: true }, trigger: { shape: text } } } } },
  },
};

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
      if (!record.frontMatter) continue;
      const fields = new FieldReader(record.frontMatter);
      const problems: ShapeProblem[] = [];
      checkShape(record.frontMatter.data, TTHC_SHAPE, '', problems);
      for (const problem of problems) {
        report({ ...problem, file: record.file, position: fields.position(problem.path), ...(problem.mild ? { severity: 'warning' as const } : {}) });
      }
      const code = record.code;
      if (!code) continue;
      const name = record.file.slice(record.file.lastIndexOf('/') + 1).replace(/\.md$/i, '');
      if (name.normalize('NFC') !== code.value.normalize('NFC')) report({ file: record.file, position: code.position, messageId: 'tthc/schema.file-name', data: { code: code.value, name } });
      const first = catalogue.get(code.value);
      if (first && first !== record) report({ file: record.file, position: code.position, messageId: 'tthc/schema.duplicate', data: { code: code.value, first: first.file } });
    }
  },
};
