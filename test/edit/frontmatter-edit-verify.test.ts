/**
 * editFrontMatter reads its result back with the fast reader where it can (document/yaml-fast.ts)
 * instead of parsing it again: every outcome — the text, or the refusal and its message — must be
 * the one of reading it back with the full parser only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { editFrontMatter, type FrontMatterEdit } from '../../src/yaml-edit/frontmatter-edit.js';
import { DEMO_AGENCY } from '../helpers/index.js';

const reader = vi.hoisted(() => ({ fast: true, used: 0 }));
vi.mock('../../src/document/yaml-fast.js', async (original) => {
  const actual = await original<typeof import('../../src/document/yaml-fast.js')>();
  return {
    ...actual,
    readYamlFast: (source: string) => {
      if (!reader.fast) return null;
      reader.used++;
      return actual.readYamlFast(source);
    },
  };
});

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

function demoTexts(): string[] {
  const folder = join(DEMO_AGENCY, 'procedures');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .map((file) => readFileSync(join(folder, file), 'utf8'));
}

const POOL: FrontMatterEdit[] = [
  { op: 'replace-item', path: ['legal_basis', 0], item: { id: '118/2025/NĐ-CP' } },
  { op: 'append', path: ['legal_basis'], item: '107/2021/NĐ-CP' },
  { op: 'delete', path: ['legal_basis', 1] },
  { op: 'set', path: ['revision'], value: 3 },
  { op: 'append', path: ['history'], item: { revision: 3, date: '2026-11-27', summary: 'Cập nhật: "x" # y', trigger: '107/2021/NĐ-CP' } },
  { op: 'set', path: ['status'], value: 'draft' },
  { op: 'delete', path: ['effective'] },
  { op: 'delete', path: ['approval', 'approved'] },
  { op: 'delete', path: ['approval', 'reviewed'] },
  { op: 'set', path: ['owner'], value: 'yes' },
  { op: 'set', path: ['title'], value: '0012' },
  { op: 'set', path: ['approval', 'prepared', 'by'], value: 'C' },
];

/** The outcome of some edits: the text, or the refusal's whole message. */
function outcome(text: string, edits: readonly FrontMatterEdit[], fast: boolean): string {
  reader.fast = fast;
  try {
    return editFrontMatter(text, edits);
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  } finally {
    reader.fast = true;
  }
}

describe('editFrontMatter reading its result back', () => {
  const texts = [...SAMPLES, ...demoTexts()];

  it('decides with the fast reader as with the full parser, for any edits in any order', () => {
    reader.used = 0;
    let written = 0;
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(fc.constantFrom(...POOL), { maxLength: 8 }), (text, edits) => {
        const full = outcome(text, edits, false);
        expect(outcome(text, edits, true)).toBe(full);
        if (!full.startsWith('refused')) written++;
      }),
      { seed: 11, numRuns: 400 },
    );
    // The fast reader did the reading back, and most edits were written.
    expect(reader.used).toBeGreaterThan(100);
    expect(written).toBeGreaterThan(100);
  });

  it("writes qms impact's plan on every demo procedure as the full parser would", () => {
    const plan = POOL.slice(3, 9);
    for (const text of texts) expect(outcome(text, plan, true)).toBe(outcome(text, plan, false));
  });
});
