/**
 * Which record stands for a TTHC code that several records carry (byPreferredRecord: the one named
 * after it, else the first), and Register.tthcRecord without the cache's index, which reads the
 * record named after a code before any other: the same record as the catalogue and the cache's
 * index give, on random registers of misnamed, duplicated, code-less and NFD-named records.
 */
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { checkOpened, runRules } from '../../src/lint/run.js';
import { Register } from '../../src/model/register.js';
import { byPreferredRecord, codeOfFileName, TthcCatalogue, type TthcIndexEntry, type TthcRecord } from '../../src/model/tthc.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { openRepository } from '../../src/workspace/read-indexed.js';
import { copyDemoAgency, TODAY } from '../helpers/index.js';

function record(file: string, code: string | undefined): TthcRecord {
  return { kind: 'tthc', file, problems: [], shapeProblems: [], ...(code === undefined ? {} : { code: { value: code, position: { line: 2, column: 7 } } }), fees: [], dossier: [], conditions: [], legalBasis: [], changes: [] };
}

describe('the record that stands for a code', () => {
  it('is the one named after it, else the first; codes keep the order they first occur in', () => {
    const items = [
      { file: 'tthc/A-copy.md', code: 'A' },
      { file: 'tthc/B.md', code: 'B' },
      { file: 'tthc/a/A.md', code: 'A' },
      { file: 'tthc/b/A.md', code: 'A' },
      { file: 'tthc/C.md', code: 'B' },
      { file: 'tthc/D.md', code: null },
    ];
    const chosen = byPreferredRecord(items, (item) => item.code);
    expect([...chosen.entries()].map(([code, item]) => [code, item.file])).toEqual([
      ['A', 'tthc/a/A.md'],
      ['B', 'tthc/B.md'],
    ]);
    expect(byPreferredRecord([items[4]!, items[1]!], (item) => item.code).get('B')!.file).toBe('tthc/B.md');
    expect(byPreferredRecord([items[0]!, items[4]!], (item) => item.code).get('A')!.file).toBe('tthc/A-copy.md');
  });
});

/** A small random register: names and codes drawn from a few, so that misnamed and duplicated records are common. */
function randomRecords(seed: number): TthcRecord[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const names = ['A', 'B', 'C', 'A-copy', 'x/A', 'x/B', 'Đ.1', 'Đ.1'.normalize('NFD'), 'y/C'];
  const codes = ['A', 'B', 'C', 'Đ.1', 'Đ.1'.normalize('NFD'), undefined];
  const files = new Set<string>();
  for (let i = 0, count = 1 + next(7); i < count; i++) files.add(`tthc/${names[next(names.length)]!}.md`);
  return [...files].sort().map((file) => record(file, codes[next(codes.length)]));
}

describe('a TTHC code looked up without the cache’s index', () => {
  it('gives the record the catalogue and the index give, reading the named record alone when it holds the code', () => {
    const asked = ['A', 'B', 'C', 'D', 'Đ.1', 'Đ.1'.normalize('NFD')];
    let byNameAnswers = 0;
    let catalogueAnswers = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const records = randomRecords(seed);
      const catalogue = new TthcCatalogue(records);
      const byFile = new Map(records.map((r) => [r.file, r]));
      const read: string[] = [];
      const byName = (): Register => new Register([], () => records, undefined, { files: records.map((r) => r.file), read: (file) => (read.push(file), byFile.get(file)!) });
      const entries: TthcIndexEntry[] = records.map((r) => ({ file: r.file, code: r.code?.value.normalize('NFC') ?? null, keys: [] }));
      const indexed = new Register([], () => records, { entries, read: (file) => byFile.get(file)! });
      for (const code of asked) {
        const expected = catalogue.get(code);
        expect(indexed.tthcRecord(code), `seed ${seed}, ${code}, index`).toBe(expected);
        const fresh = byName();
        read.length = 0;
        expect(fresh.tthcRecord(code), `seed ${seed}, ${code}, by name`).toBe(expected);
        if (fresh.tthcLoaded) {
          catalogueAnswers++;
          continue;
        }
        // Found through its name: that record alone was read.
        byNameAnswers++;
        expect(read, `seed ${seed}, ${code}`).toEqual([expected!.file]);
        expect(codeOfFileName(expected!.file)).toBe(code.normalize('NFC'));
      }
      const register = byName();
      expect(register.tthcCount()).toBe(records.length);
      expect(register.tthcCodes()).toEqual([...catalogue.byCode.keys()]);
      expect(indexed.tthcCodes()).toEqual([...catalogue.byCode.keys()]);
    }
    // Both ways were taken, many times.
    expect(byNameAnswers).toBeGreaterThan(100);
    expect(catalogueAnswers).toBeGreaterThan(100);
  });
});

describe('a scoped check without a cache', () => {
  it('reads the TTHC records its checked documents name, not the others, and reports what a whole check reports on them', () => {
    const root = copyDemoAgency();
    const checked = 'procedures/QT-KHCN-06.md';
    // The record the checked procedure names, and one that cannot be read (tthc/schema, outside the report).
    const sample = readFileSync(join(root, 'tthc/VD.000101.md'), 'utf8');
    writeFileSync(join(root, 'tthc/1.004230.md'), sample.replaceAll('VD.000101', '1.004230'));
    writeFileSync(join(root, 'tthc/VD.000999.md'), '---\ncode: [VD.000999\n---\n');
    const config = loadConfig(root);
    const whole = runRules(loadRepository(root, config, TODAY));
    expect(whole.some((f) => f.file === 'tthc/VD.000999.md' && f.ruleId === 'tthc/schema')).toBe(true);
    const only = (file: string): boolean => file === checked;
    for (const workers of [0, 2]) {
      const opened = openRepository(root, config, TODAY, undefined, { findings: only, frontMatterOnly: (file) => !only(file), workers });
      const findings = checkOpened(opened, only);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings, `workers ${workers}`).toEqual(whole.filter((f) => only(f.file)));
      expect(opened.index.register.tthcLoaded, `workers ${workers}`).toBe(false);
    }
  });
});
