/**
 * The citation recognizer's scanners do work linear in their input, proved by counting steps (thread
 * visits of the token automaton, trie moves), never by reading a clock: for the worst case of each
 * pattern, doubling the input at most doubles the steps (with a little slack for the fixed part).
 */
import { describe, expect, it } from 'vitest';
import { articlesBefore, MAX_WINDOW_TOKENS } from '../../src/legal/article-scan.js';
import { parseArticleRefs } from '../../src/legal/articles.js';
import { createCitationRecognizer } from '../../src/legal/citations.js';
import { foldForSearch } from '../../src/legal/fold.js';
import { HANG_LIMIT_MS } from '../helpers/index.js';

const SIZES = [16, 32, 64, 128, 256];

/** Each size's steps per unit of size stay within 25% of the smallest size's: linear work. */
export function expectLinear(steps: (size: number) => number, sizes = SIZES): void {
  const ratios = sizes.map((size) => steps(size) / size);
  expect(ratios[0]).toBeGreaterThan(0);
  for (const ratio of ratios) expect(ratio, `steps per unit ${ratios.map((r) => r.toFixed(1)).join(', ')}`).toBeLessThanOrEqual(ratios[0]! * 1.25);
}

const LEXICON = [
  { key: '61/2018/ND-CP', kind: 'Nghị định', aliases: ['Nghị định về một cửa'] },
  { key: '59/2020/QH14', kind: 'Luật', aliases: ['Luật Doanh nghiệp'] },
];

/** Worst cases of the article scanner: lists that every parse could split many ways, then a failure. */
const ARTICLE_WORST: Record<string, (k: number) => string> = {
  'Điều k, … then a stray word, then a number': (k) => `${Array.from({ length: k }, (_, i) => `Điều ${i + 1}`).join(', ')} @ 61/2018/NĐ-CP`,
  'Điều k, … then a comma and a kind word': (k) => `${Array.from({ length: k }, (_, i) => `Điều ${i + 1}`).join(', ')}, @ Nghị định số 61/2018/NĐ-CP`,
  'khoản k, … then Điều without a number': (k) => `${Array.from({ length: k }, (_, i) => `khoản ${i + 1}`).join(', ')} Điều Nghị định 61/2018/NĐ-CP`,
  'điểm a, b, … then Điều and a stray word': (k) => `điểm a${', b'.repeat(k)} Điều 1 @ Nghị định số 61/2018/NĐ-CP`,
  'Điều 1, 2, … , và … before a law name': (k) => `Điều 1${', và 2'.repeat(k)} Luật Doanh nghiệp ${'tên '.repeat(12)}số 59/2020/QH14`,
};

describe('the article-reference scanner does linear work', () => {
  it.each(Object.entries(ARTICLE_WORST))('before a citation: %s', (_name, line) => {
    // One window, no byte limit: the steps grow with the tokens up to the item limit, and stop there.
    const steps = (k: number): number => {
      const counter = { steps: 0 };
      const folded = foldForSearch(line(k)).text;
      const lead = folded.search(/\d+\/2018|59\/2020/);
      articlesBefore(folded, 0, lead, true, counter);
      articlesBefore(folded, 0, lead, false, counter);
      return counter.steps;
    };
    expectLinear(steps, [4, 8, 16, 32]); // up to 32 items (≤ 100 tokens: under the item limit)
    // Bounded in items, however long the list: 10,000 items cost what the item limit costs.
    expect(steps(10_000)).toBeLessThanOrEqual(steps(MAX_WINDOW_TOKENS) * 1.1);
  }, HANG_LIMIT_MS);

  it.each(Object.entries(ARTICLE_WORST))('through the recognizer, many such lines: %s', (_name, line) => {
    const recognizer = createCitationRecognizer(LEXICON);
    expectLinear((k) => {
      const counter = { steps: 0 };
      recognizer.find(Array.from({ length: k }, () => line(20)).join('\n'), { counter });
      return counter.steps;
    });
  }, HANG_LIMIT_MS);

  it.each(Object.entries(ARTICLE_WORST))('in a whole text (parseArticleRefs): %s', (_name, line) => {
    expectLinear((k) => {
      const counter = { steps: 0 };
      parseArticleRefs(line(k), counter);
      return counter.steps;
    });
  }, HANG_LIMIT_MS);

  it('reads a reference list of any length before a citation, up to the item limit', () => {
    const recognizer = createCitationRecognizer(LEXICON);
    const [citation] = recognizer.find(`${Array.from({ length: 30 }, (_, i) => `Điều ${i + 1}`).join(', ')} Nghị định 61/2018/NĐ-CP`);
    expect(citation!.articles.map((a) => a.article)).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
    // A stray word breaks the list: no article belongs to the citation.
    expect(recognizer.find('Điều 1, Điều 2 @ 61/2018/NĐ-CP')[0]!.articles).toEqual([]);
  });
});
