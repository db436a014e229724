/** Rule frontmatter/schema: the shape of a controlled document's front matter (fields, types, statuses, dates) and known document types. */
import { MAX_REVISION, type ControlledDocument } from '../../model/document.js';
import { FieldReader } from '../../document/fields.js';
import { checkShape, type Shape, type ShapeProblem } from '../../util/shape.js';
import { ruleMeta, type Rule } from '../rule.js';

const step: Shape = {
  kind: 'record',
  // Absent name, title or date are approval/missing's to report (it knows when they are required).
  fields: { name: { shape: { kind: 'string' } }, title: { shape: { kind: 'string' } }, date: { shape: { kind: 'date' } } },
};
const approvedStep: Shape = { kind: 'record', fields: { ...(step as { fields: Record<string, { shape: Shape }> }).fields, fingerprint: { shape: { kind: 'string' } } } };

/** The front matter of a controlled document (docs/file-formats.md). */
export const DOCUMENT_SHAPE: Shape = {
  kind: 'record',
  fields: {
    code: { shape: { kind: 'string' }, required: true },
    title: { shape: { kind: 'string' }, required: true },
    type: { shape: { kind: 'string' }, required: true },
    revision: { shape: { kind: 'integer', min: 1, max: MAX_REVISION }, required: true },
    status: { shape: { kind: 'enum', values: ['draft', 'approved', 'effective', 'obsolete'] }, required: true },
    effective: { shape: { kind: 'date' } },
    owner: { shape: { kind: 'string' } },
    approval: { shape: { kind: 'record', fields: { prepared: { shape: step }, reviewed: { shape: step }, approved: { shape: approvedStep } } } },
    legal_basis: {
      shape: {
        kind: 'list',
        of: { kind: 'record', orString: true, fields: { id: { shape: { kind: 'string' }, required: true }, articles: { shape: { kind: 'list', of: { kind: 'string' }, orSingle: true } } } },
      },
    },
    references: { shape: { kind: 'list', of: { kind: 'string' } } },
    tthc: { shape: { kind: 'list', of: { kind: 'string' } } },
    history: {
      shape: {
        kind: 'list',
        of: {
          kind: 'record',
          fields: {
            revision: { shape: { kind: 'integer', min: 1, max: MAX_REVISION }, required: true },
            date: { shape: { kind: 'date' }, required: true },
            summary: { shape: { kind: 'string' }, required: true },
            trigger: { shape: { kind: 'string' } },
            effective: { shape: { kind: 'date' } },
          },
        },
      },
    },
    last_review: { shape: { kind: 'date' } },
    reviews: {
      shape: {
        kind: 'list',
        of: {
          kind: 'record',
          fields: {
            date: { shape: { kind: 'date' }, required: true },
            by: { shape: { kind: 'string' }, required: true },
            title: { shape: { kind: 'string' } },
            outcome: { shape: { kind: 'enum', values: ['no-change', 'revise'] } },
            note: { shape: { kind: 'string' } },
          },
        },
      },
    },
    obsolete: {
      shape: { kind: 'record', fields: { date: { shape: { kind: 'date' } }, reason: { shape: { kind: 'string' } }, replaced_by: { shape: { kind: 'string' } } } },
    },
  },
};

/** Missing or mistyped fields of a controlled document; unknown fields as warnings. */
export const frontmatterSchema: Rule = {
  meta: ruleMeta({
    id: 'frontmatter/schema',
    severity: 'error',
    isoClause: '7.5.2',
  }),
  checkDocuments({ repository, report }) {
    for (const document of repository.documents) {
      if (!document.frontMatter) continue;
      const fields = new FieldReader(document.frontMatter);
      for (const problem of documentShapeProblems(document)) {
        report({ ...problem, file: document.file, position: fields.position(problem.path), ...(problem.mild ? { severity: 'warning' as const } : {}) });
      }
      const type = document.type?.value;
      if (type !== undefined && !Object.hasOwn(repository.config.types, type)) {
        report({ file: document.file, position: document.type!.position, messageId: 'frontmatter/schema.unknown-type', data: { type, types: Object.keys(repository.config.types) } });
      }
    }
  },
};

function documentShapeProblems(document: ControlledDocument): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const frontMatter = document.frontMatter!;
  checkShape(frontMatter.data, DOCUMENT_SHAPE, '', problems);
  // An unquoted TTHC code is read as a number and loses its trailing zeros (1.001190 → 1.00119).
  const tthc = frontMatter.data.tthc;
  if (Array.isArray(tthc)) {
    tthc.forEach((value, index) => {
      if (typeof value === 'number') {
        const source = frontMatter.rawScalars[`tthc.${index}`] ?? String(value);
        problems.push({ path: `tthc.${index}`, messageId: 'frontmatter/schema.tthc-number', data: { source } });
      }
    });
  }
  return problems;
}
