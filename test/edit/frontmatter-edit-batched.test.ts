/**
 * editFrontMatter shares one parse among edits of different fields that lie apart: the result must
 * be, byte for byte, the one of making the edits one at a time (or the same refusal).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editFrontMatter, type FrontMatterEdit } from '../../src/yaml-edit/frontmatter-edit.js';
import { demoProcedureTexts, EDIT_POOL } from './documents.js';

const SAMPLES = [
  `---\ncode: QT-A-01\nrevision: 2\nstatus: effective\neffective: 2024-01-01\nlegal_basis:\n  - 61/2018/NĐ-CP\napproval:\n  reviewed: { by: A, date: 2024-01-01 }\n  approved: { by: B, date: 2024-01-02 }\nhistory:\n  - { revision: 2, date: 2024-01-01, summary: x }\n---\n# x\n`,
  // The field edited last is the last of the mapping; an approval holding only what is deleted.
  `---\r\ncode: QT-A-02\r\nrevision: 1\r\napproval:\r\n  approved: { by: B, date: 2024-01-02 }\r\nstatus: approved # kept\r\nhistory: [{ revision: 1, date: 2024-01-01, summary: x }]\r\n---\r\nbody\r\n`,
  // Fields missing: created at the end of the mapping, where another edit appends.
  `---\ncode: QT-A-03\nstatus: draft\nlegal_basis: [61/2018/NĐ-CP, { id: 107/2021/NĐ-CP, articles: [Điều 2] }]\n---\n`,
  `---\n# comment\ncode: QT-A-04\neffective: 2020-01-01\nrevision: 1\n\nhistory:\n  - revision: 1\n    date: 2020-01-01\n    summary: y\n# trailing comment\n---\n`,
  // The approvals a plan deletes, on adjacent lines, with comments nested under them and between them.
  `---\ncode: QT-A-05\nstatus: effective\neffective: 2024-01-01\napproval:\n  prepared: { by: C }\n  reviewed: { by: A }\n    # nested under reviewed\n  # between\n  approved:\n    by: B\n    date: 2024-01-02\nrevision: 1\n---\n`,
  // Deleting both empties the mapping ({}), and approved comes first.
  `---\ncode: QT-A-06\nrevision: 1\napproval:\n  approved: { by: B }\n  reviewed: { by: A }\nowner: X\n---\n`,
  // One entry shares its line with a sequence dash; a flow approval.
  `---\ncode: QT-A-07\nrevision: 1\napproval: { prepared: C, reviewed: A, approved: B }\nhistory:\n  - revision: 1\n    summary: z\neffective: 2024-01-01\nowner: Y\n---\n`,
];

/** The outcome of some edits: the text, or the refusal's message. */
function outcome(make: () => string): string {
  try {
    return make();
  } catch (error) {
    return `refused: ${(error as Error).message.split(':')[0]}`;
  }
}

function oneAtATime(text: string, edits: readonly FrontMatterEdit[]): string {
  return edits.reduce((current, edit) => editFrontMatter(current, [edit]), text);
}

describe('editFrontMatter with many edits', () => {
  const texts = [...SAMPLES, ...demoProcedureTexts()];

  it('writes what the edits made one at a time write (the plan of qms impact --apply, on every demo procedure)', () => {
    const plan = EDIT_POOL.slice(3, 9);
    let compared = 0;
    for (const text of texts) {
      const expected = outcome(() => oneAtATime(text, plan));
      expect(outcome(() => editFrontMatter(text, plan))).toBe(expected);
      if (!expected.startsWith('refused')) compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('does so for any edits in any order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(fc.constantFrom(...EDIT_POOL), { maxLength: 8 }), (text, edits) => {
        const expected = outcome(() => oneAtATime(text, edits));
        // One at a time may refuse an intermediate state the whole edit never reaches; a text it makes must match.
        if (expected.startsWith('refused')) return;
        expect(outcome(() => editFrontMatter(text, edits))).toBe(expected);
      }),
      { seed: 7, numRuns: 400 },
    );
  });
});
