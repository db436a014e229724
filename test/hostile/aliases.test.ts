/**
 * Register aliases at hostile scale (issue 20, item 7). They were once matched as one alternation of
 * every alias: a few thousand aliases of one entry took minutes on a 100 KB body, and a few
 * thousand more did not compile (V8: "Regular expression too large"; on Node v20.20.2, 5,000 aliases
 * with a year). They go through an Aho–Corasick index over tokens now (src/legal/alias-index.ts):
 * the work counted — tokens read, automaton moves and failure steps, building included — grows
 * linearly with the body and the aliases. Counted, never timed.
 */
import { describe, expect, it } from 'vitest';
import { createAliasIndex } from '../../src/legal/alias-index.js';
import { createCitationRecognizer } from '../../src/legal/citations.js';
import { foldForSearch, foldPlain } from '../../src/legal/fold.js';
import { HANG_LIMIT_MS } from '../helpers/index.js';

/** Names that share long prefixes and differ at the end, so a body of the prefix keeps the automaton deep and failing. */
const alias = (i: number): string => `Luật ${'tổ chức '.repeat(i % 20)}cơ quan số ${i} năm ${1990 + (i % 30)}`;

/** A body of about `kb` KB: runs of the shared prefix that never complete a name, then one that does. */
function body(kb: number, hit: number): string {
  const line = `Luật ${'tổ chức '.repeat(25)}cơ quan khác; `;
  return `${line.repeat(Math.ceil((kb * 1024) / line.length))}Theo ${alias(hit)}.`;
}

/** Per unit of size, each size's steps stay within 25% of the smallest size's: linear work. */
function expectLinear(sizes: number[], steps: (size: number) => number): void {
  const ratios = sizes.map((size) => steps(size) / size);
  for (const ratio of ratios) expect(ratio, `steps per unit ${ratios.map((r) => r.toFixed(2)).join(', ')}`).toBeLessThanOrEqual(ratios[0]! * 1.25);
}

describe('register aliases at hostile scale', () => {
  it('thousands of aliases in one entry: scanning a body of 12.5…100 KB costs steps linear in the body', () => {
    const aliases = Array.from({ length: 4000 }, (_, i) => alias(i));
    const recognizer = createCitationRecognizer([{ key: '1/2020/QH14', kind: 'Luật', aliases }]);
    const found: string[] = [];
    expectLinear([12.5, 25, 50, 100], (kb) => {
      const text = body(kb, 3999);
      const counter = { steps: 0 };
      const citations = recognizer.find(text, { counter });
      found.push(...citations.map((c) => c.text));
      return counter.steps;
    });
    // Each body ends in the one name it holds (with its year as written), found whole.
    expect(found).toEqual(Array.from({ length: 4 }, () => alias(3999)));
  }, HANG_LIMIT_MS);

  it('building the index and scanning cost steps linear in the aliases plus the body, at growing sizes', () => {
    expectLinear([500, 1000, 2000, 4000], (count) => {
      const counter = { steps: 0 };
      const names = Array.from({ length: count }, (_, i) => [foldPlain(alias(i)), `K${i}`] as const);
      const index = createAliasIndex(names, counter)!;
      const folded = foldForSearch(body(count / 40, count - 1)).text; // 12.5 KB … 100 KB
      const cursor = index.scan(folded, counter);
      expect(cursor.next(0)?.keys).toEqual([`K${count - 1}`]);
      return counter.steps;
    });
  }, HANG_LIMIT_MS);

  it('a register with more aliases than a regex could hold (20,000 in one entry) still finds each', () => {
    const aliases = Array.from({ length: 20_000 }, (_, i) => `Luật mẫu số ${i} năm 2013`);
    const recognizer = createCitationRecognizer([{ key: '45/2013/QH13', kind: 'Luật', aliases }, { key: '59/2020/QH14', kind: 'Luật', aliases: ['Luật Doanh nghiệp'] }]);
    const text = 'Căn cứ Luật mẫu số 19999 ngày 29 tháng 11 năm 2013, Luật mẫu số 7 năm 2013 và Luật Doanh nghiệp.';
    expect(recognizer.find(text).map((c) => [c.text, c.key])).toEqual([
      ['Luật mẫu số 19999 ngày 29 tháng 11 năm 2013', '45/2013/QH13'],
      ['Luật mẫu số 7 năm 2013', '45/2013/QH13'],
      ['Luật Doanh nghiệp', '59/2020/QH14'],
    ]);
    // Another year is another edition: not this entry.
    expect(recognizer.find('Luật mẫu số 7 năm 2014')).toEqual([]);
  }, HANG_LIMIT_MS);

  it('an alias of ten thousand words, and a body that repeats its beginning, cost steps linear in both', () => {
    expectLinear([2500, 5000, 10_000], (words) => {
      const counter = { steps: 0 };
      const long = `luat ${'a '.repeat(words)}b`;
      const index = createAliasIndex([[long, 'LONG'], ['luat a', 'SHORT']], counter)!;
      const cursor = index.scan(`${'luat '}${'a '.repeat(words * 4)}`, counter);
      expect(cursor.next(0)?.keys).toEqual(['SHORT']);
      return counter.steps;
    });
  }, HANG_LIMIT_MS);
});
