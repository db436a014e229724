import { describe, expect, it } from 'vitest';
import { summarizeDocument, type DocumentSummary } from '../../src/model/document.js';
import { compactFinding, compactSummary, CompactPool } from '../../src/model/compact.js';
import { runRules } from '../../src/lint/run.js';
import { fixtureRepositories } from '../helpers/index.js';

/** Each of `originals` (more than a hundred), compacted through one pool, equals it value for value and gives the same JSON (the cache keeps them as JSON). */
function expectKept<T>(originals: readonly T[], compact: (original: T, pool: CompactPool) => T): void {
  expect(originals.length).toBeGreaterThan(100);
  const pool = new CompactPool();
  for (const original of originals) {
    const kept = compact(original, pool);
    expect(kept).toStrictEqual(original);
    expect(JSON.stringify(kept)).toBe(JSON.stringify(original));
  }
}

describe('compactSummary', () => {
  const summaries: DocumentSummary[] = fixtureRepositories().flatMap(([, repository]) => repository.documents.map(summarizeDocument));

  it('keeps every value of every summary of the demo agency and the rule fixtures, in the same order', () => {
    expectKept(summaries, (summary, pool) => compactSummary(summary, summary.file, pool));
  });

  it('holds equal positions once, frozen, across summaries', () => {
    const pool = new CompactPool();
    const compacted = summaries.filter((s) => s.code).map((summary) => compactSummary(summary, summary.file, pool));
    const [first, second] = compacted.filter((s) => s.code!.position.line === compacted[0]!.code!.position.line && s.code!.position.column === compacted[0]!.code!.position.column);
    expect(second).toBeDefined();
    expect(first!.code!.position).toBe(second!.code!.position);
    expect(Object.isFrozen(first!.code!.position)).toBe(true);
  });

  it('takes the file name it is given (the caller\'s own string for the same path)', () => {
    const summary = summaries[0]!;
    expect(compactSummary(summary, 'other/path.md', new CompactPool()).file).toBe('other/path.md');
  });

  it('keeps lines and columns too large to share exactly', () => {
    const pool = new CompactPool();
    const far = { line: 3_000_000, column: 5 };
    expect(pool.position(far)).toEqual(far);
    expect(pool.position({ line: 2, column: 0x200000 })).toEqual({ line: 2, column: 0x200000 });
    expect(pool.position({ line: 2, column: 7 })).toBe(pool.position({ line: 2, column: 7 }));
  });
});

describe('compactFinding', () => {
  it('keeps every value of every finding on the demo agency and the rule fixtures, in the same order', () => {
    const findings = fixtureRepositories().flatMap(([, repository]) => runRules(repository));
    expectKept(findings, (finding, pool) => compactFinding(finding, finding.file, pool));
    // A finding named after another file keeps its own.
    expect(compactFinding(findings[0]!, 'other.md', new CompactPool()).file).toBe(findings[0]!.file);
  });
});

describe('CompactPool.field', () => {
  it('is one frozen object for one value at one position, another for another value or position', () => {
    const pool = new CompactPool();
    const form = pool.field({ value: 'form', position: { line: 4, column: 7 } });
    expect(pool.field({ value: 'form', position: { line: 4, column: 7 } })).toBe(form);
    expect(Object.isFrozen(form)).toBe(true);
    expect(pool.field({ value: 'form', position: { line: 5, column: 7 } })).not.toBe(form);
    expect(pool.field({ value: 'procedure', position: { line: 4, column: 7 } })).toEqual({ value: 'procedure', position: { line: 4, column: 7 } });
    // A revision 1 and a text "1" at one place are different values.
    expect(pool.field({ value: 1, position: { line: 4, column: 7 } }).value).toBe(1);
    expect(pool.field({ value: '1', position: { line: 4, column: 7 } }).value).toBe('1');
  });
});

describe('a CompactPool with a limit', () => {
  it('keeps at most that many of each, and still gives equal values past it', () => {
    const pool = new CompactPool(1);
    expect(pool.text('Đơn đề nghị')).toBe('Đơn đề nghị');
    expect(pool.text('Bản chính')).toBe('Bản chính');
    const first = pool.position({ line: 2, column: 7 });
    expect(pool.position({ line: 2, column: 7 })).toBe(first);
    // Past the limit: an equal position, not the kept one.
    const past = pool.position({ line: 3, column: 1 });
    expect(past).toEqual({ line: 3, column: 1 });
    expect(pool.position({ line: 3, column: 1 })).not.toBe(past);
    expect(pool['strings'].size).toBe(1);
  });
});
