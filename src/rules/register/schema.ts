/** Rule register/schema: the shape of a legal register entry's front matter (id, kind, title, issuer, dates, relations). */
import { FieldReader } from '../../document/fields.js';
import { checkShape, type Shape, type ShapeProblem } from '../../util/shape.js';
import { ruleMeta, type Rule } from '../rule.js';

const relation: Shape = {
  kind: 'list',
  orSingle: true,
  of: { kind: 'record', orString: true, fields: { id: { shape: { kind: 'string' }, required: true }, articles: { shape: { kind: 'list', of: { kind: 'string' }, orSingle: true } } } },
};

/** The front matter of a legal register entry (docs/file-formats.md). */
export const LEGAL_SHAPE: Shape = {
  kind: 'record',
  fields: {
    id: { shape: { kind: 'string' }, required: true },
    kind: { shape: { kind: 'string' }, required: true },
    title: { shape: { kind: 'string' }, required: true },
    issuer: { shape: { kind: 'string' }, required: true },
    signed: { shape: { kind: 'date' }, required: true },
    effective: { shape: { kind: 'date' }, required: true },
    expired: { shape: { kind: 'date' } },
    aliases: { shape: { kind: 'list', of: { kind: 'string' }, orSingle: true } },
    amends: { shape: relation },
    replaces: { shape: relation },
    repeals: { shape: relation },
    guides: { shape: relation },
  },
};

/** Register entries carry the fields the rules and reports need, well typed. */
export const registerSchema: Rule = {
  meta: ruleMeta({
    id: 'register/schema',
    severity: 'error',
    isoClause: '7.5.3.2 (documents of external origin)',
    outOfScope: 'nothing',
    reportsOn: 'register',
  }),
  checkRepository({ repository, report }) {
    for (const entry of repository.legal) {
      if (!entry.frontMatter) continue;
      const problems: ShapeProblem[] = [];
      checkShape(entry.frontMatter.data, LEGAL_SHAPE, '', problems);
      const fields = new FieldReader(entry.frontMatter);
      for (const problem of problems) {
        report({ ...problem, file: entry.file, position: fields.position(problem.path), ...(problem.mild ? { severity: 'warning' as const } : {}) });
      }
    }
  },
};
