/**
 * editFrontMatter reads its result back with the fast reader where it can (document/yaml-fast.ts)
 * instead of parsing it again: every outcome — the text, or the refusal and its message — must be
 * the one of reading it back with the full parser only (`readBack: 'full'`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readYamlFast } from '../../src/document/yaml-fast.js';
import { editFrontMatter, type FrontMatterEdit } from '../../src/yaml-edit/frontmatter-edit.js';
import { demoProcedureTexts, EDIT_POOL } from './documents.js';

const SAMPLES = [
  `---\ncode: QT-A-01\nrevision: 2\nstatus: effective\neffective: 2024-01-01\nlegal_basis:\n  - 61/2018/NĐ-CP\napproval:\n  reviewed: { by: A, date: 2024-01-01 }\n  approved: { by: B, date: 2024-01-02 }\nhistory:\n  - { revision: 2, date: 2024-01-01, summary: x }\n---\n# x\n`,
  `---\r\ncode: QT-A-02\r\nrevision: 1\r\napproval:\r\n  approved: { by: B, date: 2024-01-02 }\r\nstatus: approved # kept\r\nhistory: [{ revision: 1, date: 2024-01-01, summary: x }]\r\n---\r\nbody\r\n`,
  `---\rcode: QT-A-05\rrevision: 1\rstatus: effective\rhistory:\r  - revision: 1\r---\rbody\r`,
  // Anchors, aliases, block scalars, tags: outside what the fast reader reads.
  `---\ncode: &c QT-A-06\nowner: *c\nrevision: 1\nsummary: |\n  two\n  lines\nstatus: !!str effective\nhistory: []\n---\n`,
  // A key written twice, an empty front matter, a list for front matter: refused either way.
  `---\ncode: QT-A-07\nrevision: 1\nrevision: 2\n---\n`,
  `---\n---\nbody\n`,
  `---\n- a\n- b\n---\n`,
  `---\ncode: "QT-A-08"\nrevision: '1'\nstatus: effective\nlegal_basis: []\napproval: { approved: { by: B } }\n---\n`,
];

/** The pool of the other editing tests, and values a careless writer would not quote. */
const POOL: FrontMatterEdit[] = [
  ...EDIT_POOL,
  { op: 'append', path: ['history'], item: { revision: 3, date: '2026-11-27', summary: 'Cập nhật: "x" # y', trigger: '107/2021/NĐ-CP' } },
  { op: 'set', path: ['owner'], value: 'yes' },
  { op: 'set', path: ['title'], value: '0012' },
];

/** The outcome of some edits: the text, or the refusal's whole message. */
function outcome(text: string, edits: readonly FrontMatterEdit[], readBack: 'fast' | 'full'): string {
  try {
    return editFrontMatter(text, edits, readBack === 'full' ? { readBack } : {});
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

describe('editFrontMatter reading its result back', () => {
  const texts = [...SAMPLES, ...demoProcedureTexts()];

  it('decides with the fast reader as with the full parser, for any edits in any order', () => {
    let written = 0;
    let fast = 0;
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(fc.constantFrom(...POOL), { maxLength: 8 }), (text, edits) => {
        const full = outcome(text, edits, 'full');
        expect(outcome(text, edits, 'fast')).toBe(full);
        if (full.startsWith('refused')) return;
        written++;
        // The front matter written is one the fast reader reads: the reading back was its.
        const yaml = /^\uFEFF?---\r?\n?([\s\S]*?)^---/m.exec(full.replace(/\r(?!\n)/g, '\n'))?.[1];
        if (yaml !== undefined && readYamlFast(yaml) !== null) fast++;
      }),
      { seed: 11, numRuns: 400 },
    );
    // Most edits were written, most of them read back by the fast reader.
    expect(written).toBeGreaterThan(100);
    expect(fast).toBeGreaterThan(written / 2);
  });

  it("writes qms impact's plan on every demo procedure as the full parser would", () => {
    const plan = EDIT_POOL.slice(3, 9);
    for (const text of texts) expect(outcome(text, plan, 'fast')).toBe(outcome(text, plan, 'full'));
  });
});
