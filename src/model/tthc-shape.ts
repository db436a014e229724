/** The front matter a TTHC record must have (docs/tthc.md; schemas/tthc.schema.json says the same for editors). */
import { TIME_UNITS } from './tthc.js';
import type { Shape } from '../util/shape.js';

const text: Shape = { kind: 'string' };
const texts: Shape = { kind: 'list', of: text, orSingle: true };

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

