/** The published JSON Schema of TTHC records and the rule tthc/schema agree: on the fixture records and on records qms writes. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { newRecordText } from '../../src/tthc/record-text.js';
import { checkShape, type ShapeProblem } from '../../src/util/shape.js';
import { TTHC_SHAPE } from '../../src/rules/tthc/schema.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/tthc.schema.json'), 'utf8')) as object);

/** The front matter of a record as JSON data (dates as text, as JSON Schema sees them). */
function frontMatter(text: string): unknown {
  return parse(text.split('---')[1]!, { schema: 'core' }) as unknown;
}

function ruleProblems(data: unknown): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  checkShape(data, TTHC_SHAPE, '', problems);
  return problems;
}

describe('schemas/tthc.schema.json', () => {
  const folder = (variant: string): string => join(ROOT, 'fixtures/rules/tthc/schema', variant, 'tthc');
  it('accepts the records the rule accepts, and rejects the broken one the rule rejects', () => {
    for (const name of readdirSync(folder('pass'))) {
      const data = frontMatter(readFileSync(join(folder('pass'), name), 'utf8'));
      expect(ruleProblems(data)).toEqual([]);
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    }
    const broken = frontMatter(readFileSync(join(folder('fail'), 'VD.000101.md'), 'utf8'));
    expect(ruleProblems(broken).length).toBeGreaterThan(0);
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => e.params)).toEqual(expect.arrayContaining([{ missingProperty: 'agency' }]));
  });

  it('accepts a record qms tthc add writes', () => {
    const text = newRecordText('VD.000009', { name: 'Mẫu', agency: 'Sở', timeLimit: { value: 3, unit: 'hours' }, dossier: [{ name: 'Đơn', count: 1 }], legalBasis: [{ id: '76/2018/NĐ-CP', articles: [] }], announcedBy: { id: '1/QĐ-UBND', date: '2026-01-02' } });
    expect(validate(frontMatter(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(ruleProblems(frontMatter(text))).toEqual([]);
  });
});
